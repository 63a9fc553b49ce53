package io.residentid.qr.seal;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A small CSCA → seal signer chain generated with Bouncy Castle for tests (no outside data). */
final class SealTestPki {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    /** The CSCA key pair and certificate. */
    final KeyPair cscaKeys;
    final X509CertificateHolder csca;
    /** The seal signer key pair and certificate (C=AE, CN=SE..., serial 1A2B). */
    final KeyPair signerKeys;
    final X509CertificateHolder signer;

    private static SealTestPki p256;

    private SealTestPki(String curve) {
        try {
            cscaKeys = keys(curve);
            signerKeys = keys(curve);
            csca = certificate(new X500Name("C=AE,O=Test,CN=Seal Test CSCA"), new X500Name(
                    "C=AE,O=Test,CN=Seal Test CSCA"), cscaKeys, cscaKeys, BigInteger.ONE, true);
            signer = certificate(new X500Name("C=AE,O=Test,CN=SE Seal Signer"), csca.getSubject(), signerKeys,
                    cscaKeys, BigInteger.valueOf(0x1A2B), false);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static synchronized SealTestPki p256() {
        if (p256 == null) {
            p256 = new SealTestPki("secp256r1");
        }
        return p256;
    }

    static SealTestPki of(String curve) {
        return new SealTestPki(curve);
    }

    SealIssuer issuer() {
        return SealIssuer.builder().key(signerKeys.getPrivate()).certificate(signer).issuingCountry("ARE").build();
    }

    private static KeyPair keys(String curve) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC", BC);
        g.initialize(new ECGenParameterSpec(curve), new SecureRandom());
        return g.generateKeyPair();
    }

    private static X509CertificateHolder certificate(X500Name subject, X500Name issuer, KeyPair subjectKeys,
                                                     KeyPair issuerKeys, BigInteger serial, boolean ca)
            throws Exception {
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer, serial,
                Date.from(Instant.parse("2020-01-01T00:00:00Z")), Date.from(Instant.parse("2040-01-01T00:00:00Z")),
                subject, subjectKeys.getPublic());
        JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
        b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(subjectKeys.getPublic()));
        b.addExtension(Extension.authorityKeyIdentifier, false,
                ext.createAuthorityKeyIdentifier(issuerKeys.getPublic()));
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                : KeyUsage.digitalSignature));
        return b.build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(BC)
                .build(issuerKeys.getPrivate()));
    }
}
