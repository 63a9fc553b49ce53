package io.residentid.core.pki;

import java.util.Locale;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.NameConstraints;

/** Syntax rules for names in subjectAltName and name constraints (RFC 5280 4.2.1.6 and 4.2.1.10). */
final class GeneralNameSyntax {

    private GeneralNameSyntax() {
    }

    /** A problem description for a subjectAltName entry, or {@code null} when it is well-formed. */
    static String checkName(GeneralName name) {
        switch (name.getTagNo()) {
            case GeneralName.dNSName: {
                String dns = text(name);
                String host = dns.startsWith("*.") ? dns.substring(2) : dns;
                return isHostname(host) ? null : "dNSName \"" + dns + "\" is not a valid host name";
            }
            case GeneralName.iPAddress: {
                int length = ASN1OctetString.getInstance(name.getName()).getOctets().length;
                return length == 4 || length == 16 ? null : "iPAddress of " + length + " octets";
            }
            case GeneralName.rfc822Name: {
                String mail = text(name);
                int at = mail.indexOf('@');
                boolean ok = at > 0 && at == mail.lastIndexOf('@') && isHostname(mail.substring(at + 1));
                return ok ? null : "rfc822Name \"" + mail + "\" is not a mailbox";
            }
            default:
                return null;
        }
    }

    /** A problem description for a malformed name constraint, or {@code null}. */
    static String checkConstraints(NameConstraints constraints) {
        String problem = checkSubtrees(constraints.getPermittedSubtrees());
        return problem != null ? problem : checkSubtrees(constraints.getExcludedSubtrees());
    }

    private static String checkSubtrees(GeneralSubtree[] subtrees) {
        if (subtrees == null) {
            return null;
        }
        for (GeneralSubtree subtree : subtrees) {
            if (subtree.getMinimum() != null && subtree.getMinimum().signum() != 0 || subtree.getMaximum() != null) {
                return "name constraint with minimum/maximum";
            }
            GeneralName base = subtree.getBase();
            switch (base.getTagNo()) {
                case GeneralName.dNSName: {
                    String dns = text(base);
                    if (!dns.isEmpty() && !isHostname(dns)) {
                        return "dNSName constraint \"" + dns + "\" is not a host name";
                    }
                    break;
                }
                case GeneralName.iPAddress: {
                    byte[] octets = ASN1OctetString.getInstance(base.getName()).getOctets();
                    if (octets.length != 8 && octets.length != 32 || !contiguousMask(octets)) {
                        return "iPAddress constraint is not an address with a CIDR mask";
                    }
                    break;
                }
                case GeneralName.rfc822Name: {
                    String mail = text(base);
                    int at = mail.indexOf('@');
                    if (at >= 0) {
                        if (at == 0 || at != mail.lastIndexOf('@') || !isHostname(mail.substring(at + 1))) {
                            return "rfc822Name constraint \"" + mail + "\" is malformed";
                        }
                    } else {
                        String host = mail.startsWith(".") ? mail.substring(1) : mail;
                        if (!host.isEmpty() && !isHostname(host)) {
                            return "rfc822Name constraint \"" + mail + "\" is malformed";
                        }
                    }
                    break;
                }
                default:
                    break;
            }
        }
        return null;
    }

    private static boolean contiguousMask(byte[] octets) {
        int half = octets.length / 2;
        boolean zeroSeen = false;
        for (int i = half; i < octets.length; i++) {
            for (int bit = 7; bit >= 0; bit--) {
                boolean one = (octets[i] >> bit & 1) == 1;
                if (one && zeroSeen) {
                    return false;
                }
                zeroSeen |= !one;
            }
        }
        return true;
    }

    static String text(GeneralName name) {
        return ASN1IA5String.getInstance(name.getName()).getString();
    }

    /** Preferred name syntax (RFC 1034 3.5, as relaxed by RFC 1123): LDH labels, no empty label. */
    static boolean isHostname(String host) {
        if (host.isEmpty() || host.length() > 253) {
            return false;
        }
        String[] labels = host.split("\\.", -1);
        for (String label : labels) {
            if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
                return false;
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-';
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
