package io.residentid.examples;

import io.residentid.core.pki.CertificatePathValidator;
import io.residentid.core.pki.PurposeProfile;
import io.residentid.core.pki.TrustStore;
import io.residentid.core.pki.ValidationReport;
import io.residentid.core.report.Finding;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.bc.BcX509ExtensionUtils;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Example: validate a signer certificate against a trusted root through an intermediate CA (RFC 5280 path
 * validation with the SDK's stricter checks), then validate it again after it expired to see a coded finding.
 *
 * <p>Runs offline: {@code java -cp resident-id.jar io.residentid.examples.ValidateCertificateChain}. The three
 * certificates are made on the spot (root, intermediate CA, end entity, as in the x509-limbo test chains).
 */
public final class ValidateCertificateChain {

    private ValidateCertificateChain() {
    }

    /**
     * Makes a small test PKI and validates its end-entity certificate now and after it expired.
     *
     * @param args unused
     * @throws Exception if the test PKI cannot be made
     */
    public static void main(String[] args) throws Exception {
        boolean ok = run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
        System.exit(ok ? 0 : 1);
    }

    /**
     * Validates the test chain now (valid) and two years from now (expired).
     *
     * @param out where to print
     * @return whether the chain validated now and was refused as expired later
     * @throws Exception if the test PKI cannot be made
     */
    // tag::validate[]
    public static boolean run(PrintStream out) throws Exception {
        Instant now = Instant.now();
        TestPki pki = TestPki.create(now);                // root CA -> issuing CA -> signer, made on the spot
        // in production: anchors from TrustStore.builder().addPath(Path.of("anchors/")), the signer and its
        // intermediates from the document you are checking (e.g. Certificates.parse of the bytes you received)
        TrustStore anchors = TrustStore.of(List.of(pki.root()));
        X509CertificateHolder signer = pki.endEntity();
        List<X509CertificateHolder> intermediates = List.of(pki.intermediate());

        CertificatePathValidator validator = CertificatePathValidator.builder()
                .trustStore(anchors)
                .purpose(PurposeProfile.SIGNATURE)
                .build();                                    // immutable, thread-safe: reuse it
        ValidationReport report = validator.validate(signer, intermediates, now);
        out.println("now: " + report.verdict() + ", path of " + report.chain().size() + " certificates");

        ValidationReport later = validator.validate(signer, intermediates, now.plus(730, ChronoUnit.DAYS));
        out.println("in two years: " + later.verdict());
        for (Finding f : later.findings()) {
            out.println(f.code() + ": " + f.message(Locale.ENGLISH));
        }
        return report.isValid() && later.has("EXPIRED");
    }
    // end::validate[]

    /**
     * A three-level test PKI with P-256 keys: root CA, intermediate CA (path length 0), end entity valid one year.
     *
     * @param root         the trust anchor
     * @param intermediate the issuing CA
     * @param endEntity    the signer certificate
     */
    record TestPki(X509CertificateHolder root, X509CertificateHolder intermediate, X509CertificateHolder endEntity) {

        static TestPki create(Instant now) throws GeneralSecurityException, CertIOException,
                OperatorCreationException {
            KeyPair rootKeys = keys();
            KeyPair caKeys = keys();
            KeyPair eeKeys = keys();
            X509CertificateHolder root = cert("Example Root CA", rootKeys, "Example Root CA", rootKeys,
                    new BasicConstraints(1), KeyUsage.keyCertSign | KeyUsage.cRLSign, now, 3650, 1);
            X509CertificateHolder ca = cert("Example Issuing CA", caKeys, "Example Root CA", rootKeys,
                    new BasicConstraints(0), KeyUsage.keyCertSign | KeyUsage.cRLSign, now, 1825, 2);
            X509CertificateHolder ee = cert("Example Signer", eeKeys, "Example Issuing CA", caKeys,
                    null, KeyUsage.digitalSignature, now, 365, 3);
            return new TestPki(root, ca, ee);
        }

        private static KeyPair keys() throws GeneralSecurityException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        }

        private static X509CertificateHolder cert(String subject, KeyPair keys, String issuer, KeyPair issuerKeys,
                BasicConstraints constraints, int keyUsage, Instant now, int days, long serial)
                throws CertIOException, OperatorCreationException {
            SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded());
            X509v3CertificateBuilder b = new X509v3CertificateBuilder(new X500Name("CN=" + issuer + ",C=OM"),
                    BigInteger.valueOf(serial), Date.from(now.minus(1, ChronoUnit.DAYS)),
                    Date.from(now.plus(days, ChronoUnit.DAYS)), new X500Name("CN=" + subject + ",C=OM"), spki);
            BcX509ExtensionUtils utils = new BcX509ExtensionUtils();
            if (constraints != null) {
                b.addExtension(Extension.basicConstraints, true, constraints);
            }
            b.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
            b.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(spki));
            b.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(
                    SubjectPublicKeyInfo.getInstance(issuerKeys.getPublic().getEncoded())));
            return b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate()));
        }
    }
}
