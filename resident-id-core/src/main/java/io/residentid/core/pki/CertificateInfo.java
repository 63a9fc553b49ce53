package io.residentid.core.pki;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * A certificate with its extensions decoded once, and the RFC 5280 profile defects found while decoding. Decoding
 * never throws: a malformed extension becomes a defect, so one bad certificate fails its path and not the call.
 */
final class CertificateInfo {

    /** Extensions this validator processes; any other critical extension fails the path. */
    static final Set<ASN1ObjectIdentifier> KNOWN_EXTENSIONS = Set.of(
            Extension.basicConstraints, Extension.keyUsage, Extension.extendedKeyUsage,
            Extension.subjectAlternativeName, Extension.issuerAlternativeName, Extension.nameConstraints,
            Extension.subjectKeyIdentifier, Extension.authorityKeyIdentifier, Extension.certificatePolicies,
            Extension.policyConstraints, Extension.policyMappings, Extension.inhibitAnyPolicy,
            Extension.cRLDistributionPoints, Extension.authorityInfoAccess, Extension.subjectInfoAccess,
            Extension.freshestCRL, Extension.privateKeyUsagePeriod, Extension.subjectDirectoryAttributes);

    final X509CertificateHolder holder;
    final byte[] encoded;
    final X500Name subject;
    final X500Name issuer;
    final boolean selfIssued;
    private String subjectText;
    final java.util.Date notBefore;
    final java.util.Date notAfter;
    /** Decoding problems and profile violations: each entry is {code, detail}. */
    final List<String[]> defects = new ArrayList<>();
    final List<ASN1ObjectIdentifier> unknownCritical = new ArrayList<>();

    BasicConstraints basicConstraints;
    boolean basicConstraintsCritical;
    KeyUsage keyUsage;
    ExtendedKeyUsage extendedKeyUsage;
    GeneralNames subjectAltNames;
    NameConstraints nameConstraints;
    byte[] subjectKeyId;
    byte[] authorityKeyId;
    Extensions extensions;

    private final byte[] fingerprint;

    /**
     * @throws PkiException when the subject or issuer name is not a sequence of (OID, value) attributes, which
     *                      nothing could compare or print, or when its validity is not a date
     */
    CertificateInfo(X509CertificateHolder holder) {
        this.holder = holder;
        this.encoded = encode(holder);
        this.subject = holder.getSubject();
        this.issuer = holder.getIssuer();
        Names.requireStructure(subject);
        Names.requireStructure(issuer);
        this.selfIssued = Names.same(subject, issuer);
        try {
            this.notBefore = holder.getNotBefore();
            this.notAfter = holder.getNotAfter();
        } catch (RuntimeException e) {
            // A holder the caller parsed itself may carry a Time that is not a date (e.g. "2501301200ZZ").
            throw new PkiException("certificate validity is not a valid date", e);
        }
        this.fingerprint = sha256(encoded);
        this.extensions = holder.getExtensions();
        decode();
    }

    private static byte[] encode(X509CertificateHolder holder) {
        try {
            return holder.getEncoded();
        } catch (java.io.IOException e) {
            throw new PkiException("certificate cannot be re-encoded", e);
        }
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private void defect(PathCode code, String detail) {
        defects.add(new String[] {code.name(), detail});
    }

    private void decode() {
        checkSerial();
        if (issuer.getRDNs().length == 0) {
            defect(PathCode.EMPTY_NAME, "issuer");
        }
        if (!holder.toASN1Structure().getSignatureAlgorithm()
                .equals(holder.toASN1Structure().getTBSCertificate().getSignature())) {
            defect(PathCode.SIGNATURE_ALGORITHM_MISMATCH, "signatureAlgorithm differs from tbsCertificate.signature");
        }
        if (extensions == null) {
            return;
        }
        for (ASN1ObjectIdentifier oid : extensions.getExtensionOIDs()) {
            Extension extension = extensions.getExtension(oid);
            try {
                decodeExtension(oid, extension);
            } catch (RuntimeException e) {
                defect(PathCode.MALFORMED_EXTENSION, oid.getId());
            }
        }
    }

    private void decodeExtension(ASN1ObjectIdentifier oid, Extension extension) {
        boolean critical = extension.isCritical();
        if (!KNOWN_EXTENSIONS.contains(oid)) {
            if (critical) {
                unknownCritical.add(oid);
            }
            return;
        }
        Object value = extension.getParsedValue();
        if (oid.equals(Extension.basicConstraints)) {
            basicConstraints = BasicConstraints.getInstance(value);
            basicConstraintsCritical = critical;
        } else if (oid.equals(Extension.keyUsage)) {
            keyUsage = KeyUsage.getInstance(value);
        } else if (oid.equals(Extension.extendedKeyUsage)) {
            extendedKeyUsage = ExtendedKeyUsage.getInstance(value);
            if (extendedKeyUsage.getUsages().length == 0) {
                defect(PathCode.EXTENDED_KEY_USAGE_EMPTY, "");
            }
        } else if (oid.equals(Extension.subjectAlternativeName)) {
            subjectAltNames = GeneralNames.getInstance(value);
            if (subjectAltNames.getNames().length == 0) {
                defect(PathCode.MALFORMED_EXTENSION, "subjectAltName is empty");
            }
            if (subject.getRDNs().length == 0 && !critical) {
                defect(PathCode.EXTENSION_CRITICALITY, "subjectAltName must be critical when the subject is empty");
            }
            for (GeneralName name : subjectAltNames.getNames()) {
                String problem = GeneralNameSyntax.checkName(name);
                if (problem != null) {
                    defect(PathCode.MALFORMED_NAME, problem);
                }
            }
        } else if (oid.equals(Extension.nameConstraints)) {
            nameConstraints = NameConstraints.getInstance(value);
            if (!critical) {
                defect(PathCode.EXTENSION_CRITICALITY, "nameConstraints must be critical");
            }
            String problem = GeneralNameSyntax.checkConstraints(nameConstraints);
            if (problem != null) {
                defect(PathCode.MALFORMED_NAME, problem);
            }
        } else if (oid.equals(Extension.subjectKeyIdentifier)) {
            subjectKeyId = SubjectKeyIdentifier.getInstance(value).getKeyIdentifier();
            if (critical) {
                defect(PathCode.EXTENSION_CRITICALITY, "subjectKeyIdentifier must not be critical");
            }
        } else if (oid.equals(Extension.authorityKeyIdentifier)) {
            authorityKeyId = AuthorityKeyIdentifier.getInstance(value).getKeyIdentifierOctets();
            if (critical) {
                defect(PathCode.EXTENSION_CRITICALITY, "authorityKeyIdentifier must not be critical");
            }
        } else if (oid.equals(Extension.authorityInfoAccess) || oid.equals(Extension.subjectInfoAccess)) {
            if (critical) {
                defect(PathCode.EXTENSION_CRITICALITY, oid.getId() + " must not be critical");
            }
            org.bouncycastle.asn1.ASN1Sequence.getInstance(value);
        } else if (oid.equals(Extension.policyConstraints)) {
            if (!critical) {
                defect(PathCode.EXTENSION_CRITICALITY, "policyConstraints must be critical");
            }
            org.bouncycastle.asn1.x509.PolicyConstraints.getInstance(value);
        } else if (oid.equals(Extension.certificatePolicies)) {
            org.bouncycastle.asn1.x509.CertificatePolicies.getInstance(value);
        }
    }

    private void checkSerial() {
        ASN1Integer serial = holder.toASN1Structure().getTBSCertificate().getSerialNumber();
        BigInteger value = serial.getValue();
        int octets = value.toByteArray().length;
        if (value.signum() < 0) {
            defect(PathCode.MALFORMED_SERIAL_NUMBER, "negative");
        } else if (value.signum() == 0) {
            defect(PathCode.MALFORMED_SERIAL_NUMBER, "zero");
        } else if (octets > 20) {
            defect(PathCode.MALFORMED_SERIAL_NUMBER, octets + " octets");
        }
    }

    private int keyBits = -1;

    /** Modulus or prime size of an RSA or DSA key; 0 for other keys or inherited DSA parameters. */
    int rsaOrDsaBits() {
        if (keyBits < 0) {
            int bits = 0;
            try {
                org.bouncycastle.asn1.x509.SubjectPublicKeyInfo spki = holder.getSubjectPublicKeyInfo();
                ASN1ObjectIdentifier alg = spki.getAlgorithm().getAlgorithm();
                if (alg.equals(org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.rsaEncryption)
                        || alg.equals(org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.id_RSASSA_PSS)) {
                    bits = org.bouncycastle.asn1.pkcs.RSAPublicKey.getInstance(spki.parsePublicKey())
                            .getModulus().bitLength();
                } else if (alg.equals(org.bouncycastle.asn1.x9.X9ObjectIdentifiers.id_dsa)
                        && spki.getAlgorithm().getParameters() != null
                        && !(spki.getAlgorithm().getParameters() instanceof org.bouncycastle.asn1.ASN1Null)) {
                    bits = org.bouncycastle.asn1.x509.DSAParameter.getInstance(spki.getAlgorithm().getParameters())
                            .getP().bitLength();
                }
            } catch (Exception e) {
                bits = 0;
            }
            keyBits = bits;
        }
        return keyBits;
    }

    /** The URIs of the cRLDistributionPoints extension. */
    List<String> distributionPointUrls() {
        List<String> urls = new ArrayList<>();
        for (GeneralName name : distributionPointNames()) {
            if (name.getTagNo() == GeneralName.uniformResourceIdentifier) {
                urls.add(GeneralNameSyntax.text(name));
            }
        }
        return urls;
    }

    /**
     * The names of a distribution point: its full names, or the name relative to {@code base} (the CRL issuer)
     * expanded to a directory name (RFC 5280 4.2.1.13).
     */
    static List<GeneralName> fullNames(org.bouncycastle.asn1.x509.DistributionPointName dpn, X500Name base) {
        List<GeneralName> names = new ArrayList<>();
        if (dpn == null) {
            return names;
        }
        if (dpn.getType() == org.bouncycastle.asn1.x509.DistributionPointName.FULL_NAME) {
            names.addAll(java.util.Arrays.asList(GeneralNames.getInstance(dpn.getName()).getNames()));
        } else {
            org.bouncycastle.asn1.x500.RDN[] rdns = base.getRDNs();
            org.bouncycastle.asn1.x500.RDN[] full = java.util.Arrays.copyOf(rdns, rdns.length + 1);
            full[rdns.length] = org.bouncycastle.asn1.x500.RDN.getInstance(dpn.getName());
            names.add(new GeneralName(new X500Name(full)));
        }
        return names;
    }

    /**
     * Who may issue this certificate's CRLs: per distribution point its cRLIssuer, or the certificate's issuer when
     * the point has none; just the issuer when there is no cRLDistributionPoints extension.
     */
    List<X500Name> acceptableCrlIssuers() {
        List<X500Name> names = new ArrayList<>();
        try {
            org.bouncycastle.asn1.x509.CRLDistPoint points = extensions == null ? null
                    : org.bouncycastle.asn1.x509.CRLDistPoint.fromExtensions(extensions);
            if (points == null || points.getDistributionPoints().length == 0) {
                names.add(issuer);
                return names;
            }
            for (org.bouncycastle.asn1.x509.DistributionPoint dp : points.getDistributionPoints()) {
                if (dp.getCRLIssuer() == null) {
                    names.add(issuer);
                    continue;
                }
                for (GeneralName n : dp.getCRLIssuer().getNames()) {
                    if (n.getTagNo() == GeneralName.directoryName) {
                        names.add(X500Name.getInstance(n.getName()));
                    }
                }
            }
        } catch (RuntimeException e) {
            names.add(issuer);
        }
        return names;
    }

    /** The directory names of the cRLIssuer fields of the cRLDistributionPoints extension (indirect CRLs). */
    List<X500Name> crlIssuerNames() {
        List<X500Name> names = new ArrayList<>();
        try {
            org.bouncycastle.asn1.x509.CRLDistPoint points = extensions == null ? null
                    : org.bouncycastle.asn1.x509.CRLDistPoint.fromExtensions(extensions);
            if (points != null) {
                for (org.bouncycastle.asn1.x509.DistributionPoint dp : points.getDistributionPoints()) {
                    if (dp.getCRLIssuer() != null) {
                        for (GeneralName n : dp.getCRLIssuer().getNames()) {
                            if (n.getTagNo() == GeneralName.directoryName) {
                                names.add(X500Name.getInstance(n.getName()));
                            }
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            return names;
        }
        return names;
    }

    /** The names of every distribution point of the cRLDistributionPoints extension. */
    List<GeneralName> distributionPointNames() {
        List<GeneralName> names = new ArrayList<>();
        if (extensions == null) {
            return names;
        }
        try {
            org.bouncycastle.asn1.x509.CRLDistPoint points =
                    org.bouncycastle.asn1.x509.CRLDistPoint.fromExtensions(extensions);
            if (points == null) {
                return names;
            }
            for (org.bouncycastle.asn1.x509.DistributionPoint dp : points.getDistributionPoints()) {
                org.bouncycastle.asn1.x509.DistributionPointName dpn = dp.getDistributionPoint();
                X500Name base = issuer;
                if (dp.getCRLIssuer() != null) {
                    for (GeneralName n : dp.getCRLIssuer().getNames()) {
                        if (n.getTagNo() == GeneralName.directoryName) {
                            base = X500Name.getInstance(n.getName());
                        }
                    }
                }
                names.addAll(fullNames(dpn, base));
            }
        } catch (RuntimeException e) {
            return names;
        }
        return names;
    }

    /** The subject DN as text (computed on first use: only findings need it). */
    String subjectText() {
        String text = subjectText;
        if (text == null) {
            try {
                text = subject.toString();
            } catch (RuntimeException e) {
                text = "(unprintable name)"; // checked structure, but a value BC cannot print: say so, do not fail
            }
            subjectText = text;
        }
        return text;
    }

    boolean isCa() {
        return basicConstraints != null && basicConstraints.isCA();
    }

    byte[] fingerprint() {
        return fingerprint;
    }

    private byte[] keyFingerprint;

    /** SHA-256 of the encoded SubjectPublicKeyInfo. */
    byte[] keyFingerprint() {
        byte[] k = keyFingerprint;
        if (k == null) {
            try {
                k = sha256(holder.getSubjectPublicKeyInfo().getEncoded());
            } catch (java.io.IOException e) {
                k = new byte[32];
            }
            keyFingerprint = k;
        }
        return k;
    }

    boolean sameAs(CertificateInfo other) {
        return Arrays.equals(fingerprint, other.fingerprint);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(fingerprint);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CertificateInfo other && sameAs(other);
    }
}
