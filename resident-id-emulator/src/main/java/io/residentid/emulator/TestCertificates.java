package io.residentid.emulator;

import java.math.BigInteger;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Certificates for tests, demos and benchmarks: a CA (key usage certificate and CRL signing) or a signer (digital
 * signature) certificate with key identifiers, signed with ECDSA/SHA-256 through Bouncy Castle.
 */
public final class TestCertificates {

    private TestCertificates() {
    }

    /**
     * Issues a certificate.
     *
     * @param subject     the subject's name
     * @param issuer      the issuer's name ({@code subject} for a self-signed CA)
     * @param subjectKeys the subject's key pair (its public key is certified)
     * @param issuerKeys  the issuer's EC key pair (signs, and names the authority key)
     * @param serial      the serial number
     * @param ca          a CA certificate (else a signer's)
     * @param notBefore   start of validity
     * @param notAfter    end of validity
     * @return the certificate
     */
    public static X509CertificateHolder issue(X500Name subject, X500Name issuer, KeyPair subjectKeys,
            KeyPair issuerKeys, BigInteger serial, boolean ca, Instant notBefore, Instant notAfter) {
        try {
            JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer, serial, Date.from(notBefore),
                    Date.from(notAfter), subject, subjectKeys.getPublic());
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            b.addExtension(Extension.subjectKeyIdentifier, false,
                    ext.createSubjectKeyIdentifier(subjectKeys.getPublic()));
            b.addExtension(Extension.authorityKeyIdentifier, false,
                    ext.createAuthorityKeyIdentifier(issuerKeys.getPublic()));
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            b.addExtension(Extension.keyUsage, true,
                    new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature));
            return b.build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(IssuerCredentials.BC)
                    .build(issuerKeys.getPrivate()));
        } catch (Exception e) {
            throw new IllegalStateException("certificate generation failed", e);
        }
    }
}
