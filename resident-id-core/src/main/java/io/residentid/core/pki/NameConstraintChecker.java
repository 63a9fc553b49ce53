package io.residentid.core.pki;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.NameConstraints;

/**
 * RFC 5280 6.1.3 (b)-(c) and 6.1.4 (g): the name constraints of every CA above a certificate apply to it. Instead of
 * intersecting subtrees, each CA's constraints are kept as a level and a name must satisfy every level, which is
 * equivalent and simpler. Work is bounded: more than {@value #MAX_COMPARISONS} name-to-constraint comparisons on one
 * path fail the path (the quadratic blow-up attack).
 */
final class NameConstraintChecker {

    static final int MAX_COMPARISONS = 1 << 20;

    private final List<NameConstraints> levels = new ArrayList<>();
    private long comparisons;

    void add(NameConstraints constraints) {
        levels.add(constraints);
    }

    /** A violation description, or {@code null} when every name of the certificate is within the constraints. */
    String check(CertificateInfo cert) {
        if (levels.isEmpty()) {
            return null;
        }
        List<GeneralName> names = new ArrayList<>();
        if (cert.subject.getRDNs().length > 0) {
            names.add(new GeneralName(cert.subject));
            for (RDN rdn : cert.subject.getRDNs()) {
                for (AttributeTypeAndValue atv : rdn.getTypesAndValues()) {
                    if (atv.getType().equals(PKCSObjectIdentifiers.pkcs_9_at_emailAddress)
                            && atv.getValue() instanceof ASN1String s) {
                        names.add(new GeneralName(GeneralName.rfc822Name, s.getString()));
                    }
                }
            }
        }
        if (cert.subjectAltNames != null) {
            names.addAll(Arrays.asList(cert.subjectAltNames.getNames()));
        }
        for (NameConstraints level : levels) {
            GeneralSubtree[] permitted = orEmpty(level.getPermittedSubtrees());
            GeneralSubtree[] excluded = orEmpty(level.getExcludedSubtrees());
            comparisons += (long) names.size() * (permitted.length + excluded.length);
            if (comparisons > MAX_COMPARISONS) {
                return "too many name constraint comparisons (" + comparisons + ")";
            }
            for (GeneralName name : names) {
                String problem = checkName(name, permitted, excluded);
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    private static GeneralSubtree[] orEmpty(GeneralSubtree[] subtrees) {
        return subtrees == null ? new GeneralSubtree[0] : subtrees;
    }

    private static String checkName(GeneralName name, GeneralSubtree[] permitted, GeneralSubtree[] excluded) {
        int type = name.getTagNo();
        boolean constrained = false;
        boolean allowed = false;
        for (GeneralSubtree subtree : permitted) {
            if (subtree.getBase().getTagNo() == type) {
                constrained = true;
                Boolean match = matches(name, subtree.getBase(), false);
                if (match == null) {
                    return "name form " + type + " cannot be checked against its constraint";
                }
                if (match) {
                    allowed = true;
                    break;
                }
            }
        }
        if (constrained && !allowed) {
            return describe(name) + " is outside the permitted subtrees";
        }
        for (GeneralSubtree subtree : excluded) {
            if (subtree.getBase().getTagNo() == type) {
                Boolean match = matches(name, subtree.getBase(), true);
                if (match == null) {
                    return "name form " + type + " cannot be checked against its constraint";
                }
                if (match) {
                    return describe(name) + " is in an excluded subtree";
                }
            }
        }
        return null;
    }

    private static String describe(GeneralName name) {
        return name.toString();
    }

    /**
     * Whether {@code name} lies in the subtree {@code base}; {@code null} for name forms that cannot be compared.
     * For exclusions a wildcard DNS name matches when any name it stands for could be excluded.
     */
    private static Boolean matches(GeneralName name, GeneralName base, boolean exclusion) {
        switch (name.getTagNo()) {
            case GeneralName.dNSName:
                return dnsMatches(GeneralNameSyntax.lower(GeneralNameSyntax.text(name)),
                        GeneralNameSyntax.lower(GeneralNameSyntax.text(base)), exclusion);
            case GeneralName.rfc822Name:
                return mailMatches(GeneralNameSyntax.text(name), GeneralNameSyntax.text(base));
            case GeneralName.iPAddress:
                return ipMatches(ASN1OctetString.getInstance(name.getName()).getOctets(),
                        ASN1OctetString.getInstance(base.getName()).getOctets());
            case GeneralName.directoryName:
                return dnMatches(X500Name.getInstance(name.getName()), X500Name.getInstance(base.getName()));
            case GeneralName.uniformResourceIdentifier:
                return uriMatches(GeneralNameSyntax.text(name), GeneralNameSyntax.text(base));
            default:
                return null;
        }
    }

    private static boolean dnsMatches(String dns, String constraint, boolean exclusion) {
        if (constraint.isEmpty()) {
            return true;
        }
        if (dns.startsWith("*.")) {
            String base = dns.substring(2);
            if (exclusion) {
                // *.example.com stands for bar.example.com too, so excluding bar.example.com must reject it.
                return inSubtree(base, constraint) || constraint.endsWith("." + base);
            }
            // Permitted only when every name the wildcard stands for is inside the subtree.
            return inSubtree(base, constraint);
        }
        return inSubtree(dns, constraint);
    }

    private static boolean inSubtree(String dns, String constraint) {
        return dns.equals(constraint) || dns.endsWith("." + constraint);
    }

    private static boolean mailMatches(String mail, String constraint) {
        int at = mail.lastIndexOf('@');
        if (at < 0) {
            return false;
        }
        String host = GeneralNameSyntax.lower(mail.substring(at + 1));
        if (constraint.indexOf('@') >= 0) {
            int cat = constraint.lastIndexOf('@');
            return mail.substring(0, at).equals(constraint.substring(0, cat))
                    && host.equals(GeneralNameSyntax.lower(constraint.substring(cat + 1)));
        }
        String c = GeneralNameSyntax.lower(constraint);
        if (c.startsWith(".")) {
            return host.endsWith(c);
        }
        return host.equals(c);
    }

    private static boolean ipMatches(byte[] ip, byte[] constraint) {
        if (ip.length == 16 && constraint.length == 8 && isIpv4Mapped(ip)) {
            // ::ffff:a.b.c.d is the IPv4 address a.b.c.d on a dual-stack host: IPv4 constraints apply to it.
            ip = Arrays.copyOfRange(ip, 12, 16);
        } else if (ip.length == 4 && constraint.length == 32) {
            ip = ipv4Mapped(ip);
        }
        if (constraint.length != ip.length * 2) {
            return false;
        }
        for (int i = 0; i < ip.length; i++) {
            int mask = constraint[ip.length + i];
            if ((ip[i] & mask) != (constraint[i] & mask)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIpv4Mapped(byte[] ip) {
        for (int i = 0; i < 10; i++) {
            if (ip[i] != 0) {
                return false;
            }
        }
        return ip[10] == (byte) 0xff && ip[11] == (byte) 0xff;
    }

    private static byte[] ipv4Mapped(byte[] ipv4) {
        byte[] out = new byte[16];
        out[10] = (byte) 0xff;
        out[11] = (byte) 0xff;
        System.arraycopy(ipv4, 0, out, 12, 4);
        return out;
    }

    private static boolean dnMatches(X500Name name, X500Name constraint) {
        RDN[] n = name.getRDNs();
        RDN[] c = constraint.getRDNs();
        if (c.length > n.length) {
            return false;
        }
        for (int i = 0; i < c.length; i++) {
            if (!new X500Name(new RDN[] {n[i]}).equals(new X500Name(new RDN[] {c[i]}))) {
                return false;
            }
        }
        return true;
    }

    /**
     * RFC 5280 4.2.1.10: a URI constraint is a host ("host.example.com", exact) or a domain (".example.com", any
     * host below it). A URI whose host cannot be determined ({@link UriHost#of}) matches nothing and checks nothing:
     * {@code null}, which makes it a violation of any URI constraint, permitted or excluded.
     */
    private static Boolean uriMatches(String uri, String rawConstraint) {
        String host = UriHost.of(uri);
        if (host == null) {
            return null;
        }
        String constraint = UriHost.constraint(rawConstraint);
        if (constraint.startsWith(".")) {
            return host.endsWith(constraint);
        }
        return host.equals(constraint);
    }
}
