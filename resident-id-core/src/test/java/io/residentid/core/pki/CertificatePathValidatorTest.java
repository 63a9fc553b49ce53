package io.residentid.core.pki;

import static io.residentid.core.pki.TestPki.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.report.Finding;
import io.residentid.core.report.Severity;
import io.residentid.core.report.Verdict;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.jce.spec.ECNamedCurveParameterSpec;
import org.bouncycastle.jce.spec.ECParameterSpec;
import org.junit.jupiter.api.Test;

class CertificatePathValidatorTest {

    static final TestPki.Issued ROOT = TestPki.root("Root", TestPki.p256());
    static final TestPki.Issued CA = TestPki.intermediate("Issuing CA", ROOT);
    static final TestPki.Issued LEAF = TestPki.leaf("Signer", CA);

    static CertificatePathValidator.Builder validator() {
        return CertificatePathValidator.builder().trustStore(TrustStore.of(List.of(ROOT.certificate())));
    }

    @Test
    void threeLevelChainIsValidAndReportsTheChainUsed() {
        ValidationReport report = validator().build().validate(LEAF.certificate(), List.of(CA.certificate()), NOW);
        assertEquals(Verdict.VALID, report.verdict(), report.findings().toString());
        assertEquals(List.of(LEAF.certificate(), CA.certificate(), ROOT.certificate()), report.chain());
    }

    @Test
    void missingIntermediateMeansNoPath() {
        ValidationReport report = validator().build().validate(LEAF.certificate(), List.of(), NOW);
        assertEquals(Verdict.INVALID, report.verdict());
        assertTrue(report.has(PathCode.NO_PATH_TO_TRUST_ANCHOR));
    }

    @Test
    void expiryAndNotYetValidAreReported() {
        CertificatePathValidator v = validator().build();
        assertTrue(v.validate(LEAF.certificate(), List.of(CA.certificate()), NOW.plus(800, ChronoUnit.DAYS))
                .has(PathCode.EXPIRED));
        assertTrue(v.validate(LEAF.certificate(), List.of(CA.certificate()), NOW.minus(800, ChronoUnit.DAYS))
                .has(PathCode.NOT_YET_VALID));
    }

    @Test
    void signatureByAnotherKeyIsInvalid() {
        TestPki.Issued impostor = new TestPki.Builder("Signer", TestPki.p256()).withoutKeyIdentifiers()
                .issuer(null, TestPki.p256(), null).issuerName(ROOT.certificate().getSubject()).build();
        ValidationReport report = validator().build().validate(impostor.certificate(), List.of(), NOW);
        assertTrue(report.has(PathCode.SIGNATURE_INVALID), report.findings().toString());
    }

    @Test
    void revokedCertificateIsInvalidAndMissingCrlIsIndeterminateUnderHardFail() {
        var crl = TestPki.crl(CA, NOW.minus(1, ChronoUnit.DAYS), NOW.plus(6, ChronoUnit.DAYS),
                LEAF.certificate().getSerialNumber());
        var rootCrl = TestPki.crl(ROOT, NOW.minus(1, ChronoUnit.DAYS), NOW.plus(6, ChronoUnit.DAYS));
        ValidationReport revoked = validator().crls(List.of(crl, rootCrl)).revocation(RevocationPolicy.crl(true))
                .build().validate(LEAF.certificate(), List.of(CA.certificate()), NOW);
        assertTrue(revoked.has(PathCode.REVOKED));
        assertEquals(Verdict.INVALID, revoked.verdict());

        ValidationReport unknown = validator().crls(List.of(rootCrl)).revocation(RevocationPolicy.crl(true))
                .build().validate(LEAF.certificate(), List.of(CA.certificate()), NOW);
        assertEquals(Verdict.INDETERMINATE, unknown.verdict());
        assertTrue(unknown.has(PathCode.REVOCATION_UNKNOWN));

        ValidationReport soft = validator().crls(List.of(rootCrl)).revocation(RevocationPolicy.crl(false))
                .build().validate(LEAF.certificate(), List.of(CA.certificate()), NOW);
        assertEquals(Verdict.VALID, soft.verdict());
        assertTrue(soft.has(PathCode.REVOCATION_UNKNOWN));

        var stale = TestPki.crl(CA, NOW.minus(20, ChronoUnit.DAYS), NOW.minus(10, ChronoUnit.DAYS));
        ValidationReport staleReport = validator().crls(List.of(stale, rootCrl))
                .revocation(RevocationPolicy.crl(true)).build()
                .validate(LEAF.certificate(), List.of(CA.certificate()), NOW);
        assertEquals(Verdict.INDETERMINATE, staleReport.verdict());
        assertTrue(staleReport.has(PathCode.REVOCATION_DATA_INVALID));
    }

    @Test
    void explicitParameterEcCertificatesLoadAndVerify() throws Exception {
        ECNamedCurveParameterSpec named = ECNamedCurveTable.getParameterSpec("brainpoolP224r1");
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC", Bc.PROVIDER);
        g.initialize(new ECParameterSpec(named.getCurve(), named.getG(), named.getN(), named.getH()));
        KeyPair cscaKeys = g.generateKeyPair();
        TestPki.Issued csca = TestPki.root("CSCA Explicit", cscaKeys);
        SubjectPublicKeyInfo spki = csca.certificate().getSubjectPublicKeyInfo();
        assertFalse(spki.getAlgorithm().getParameters() instanceof ASN1ObjectIdentifier, "parameters are explicit");
        X509CertificateHolder reparsed = Certificates.parse(csca.certificate().getEncoded());
        TestPki.Issued ds = new TestPki.Builder("Document Signer", TestPki.p256())
                .keyUsage(KeyUsage.digitalSignature).issuedBy(csca).build();
        ValidationReport report = CertificatePathValidator.builder().trustStore(TrustStore.of(List.of(reparsed)))
                .purpose(PurposeProfile.DOCUMENT_SIGNER).build().validate(ds.certificate(), List.of(), NOW);
        assertEquals(Verdict.VALID, report.verdict(), report.findings().toString());
    }

    @Test
    void hundredIntermediatesWithOneSubjectAreRejectedWithinTheCandidateBudget() {
        List<X509CertificateHolder> pool = new ArrayList<>();
        TestPki.Issued previous = TestPki.root("Loop CA", TestPki.p256());
        for (int i = 0; i < 100; i++) {
            previous = new TestPki.Builder("Loop CA", TestPki.p256()).ca(null).withoutKeyIdentifiers()
                    .issuedBy(previous).build();
            pool.add(previous.certificate());
        }
        TestPki.Issued leaf = new TestPki.Builder("Victim", TestPki.p256()).withoutKeyIdentifiers()
                .issuedBy(previous).build();
        CertificatePathValidator v = validator().build();
        v.validate(leaf.certificate(), pool.subList(0, 3), NOW); // warm-up
        long start = System.nanoTime();
        ValidationReport report = v.validate(leaf.certificate(), pool, NOW);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertNotEquals(Verdict.VALID, report.verdict());
        // Typically ~100 ms; the bound here only guards against hangs on a loaded CI machine (JMH measures speed).
        assertTrue(millis < 5000, "took " + millis + " ms");
    }

    @Test
    void candidateBudgetStopsPathBuilding() {
        ValidationReport report = validator().maxCandidates(1).timeLimit(Duration.ZERO).build()
                .validate(LEAF.certificate(), List.of(CA.certificate()), NOW);
        assertEquals(Verdict.INDETERMINATE, report.verdict());
        assertTrue(report.has(PathCode.PATH_BUILDING_LIMIT));
    }

    @Test
    void weakAlgorithmsFailByDefaultAndWarnOnDocumentProfiles() {
        KeyPair smallRsa = TestPki.rsa(1024);
        TestPki.Issued rsaLeaf = new TestPki.Builder("Old Signer", smallRsa).keyUsage(KeyUsage.digitalSignature)
                .signatureAlgorithm("SHA1withECDSA").issuedBy(CA).build();
        ValidationReport strict = validator().build().validate(rsaLeaf.certificate(), List.of(CA.certificate()), NOW);
        assertEquals(Verdict.INVALID, strict.verdict());
        assertTrue(strict.has(PathCode.WEAK_ALGORITHM));
        ValidationReport document = validator().purpose(PurposeProfile.DOCUMENT_SIGNER).build()
                .validate(rsaLeaf.certificate(), List.of(CA.certificate()), NOW);
        assertEquals(Verdict.VALID, document.verdict(), document.findings().toString());
        assertTrue(document.findings().stream().allMatch(f -> f.severity() == Severity.WARNING));

        KeyPair rsaCaKeys = TestPki.rsa(2048);
        TestPki.Issued rsaRoot = TestPki.root("RSA Root", rsaCaKeys);
        TestPki.Issued md5Leaf = new TestPki.Builder("MD5 Signer", TestPki.p256())
                .keyUsage(KeyUsage.digitalSignature).signatureAlgorithm("MD5withRSA").issuedBy(rsaRoot).build();
        ValidationReport md5 = CertificatePathValidator.builder().trustStore(TrustStore.of(List.of(rsaRoot.certificate())))
                .purpose(PurposeProfile.DOCUMENT_SIGNER).build().validate(md5Leaf.certificate(), List.of(), NOW);
        assertEquals(Verdict.INVALID, md5.verdict());
        assertTrue(md5.has(PathCode.WEAK_ALGORITHM));
    }

    @Test
    void unknownCriticalExtensionOnTheTrustAnchorItselfFails() throws Exception {
        KeyPair keys = TestPki.p256();
        TestPki.Issued root = new TestPki.Builder("Odd Root", keys).ca(null)
                .extension(new Extension(new ASN1ObjectIdentifier("1.3.6.1.4.1.55738.666.1"), true,
                        new DEROctetString(new byte[] {5, 0})))
                .issuer("Odd Root", keys, null).build();
        TestPki.Issued leaf = TestPki.leaf("Leaf", root);
        ValidationReport report = CertificatePathValidator.builder().trustStore(TrustStore.of(List.of(root.certificate())))
                .build().validate(leaf.certificate(), List.of(), NOW);
        assertTrue(report.has(PathCode.UNSUPPORTED_CRITICAL_EXTENSION));
    }

    @Test
    void negativeSerialNumberIsMalformed() {
        TestPki.Issued leaf = new TestPki.Builder("Negative", TestPki.p256()).serial(BigInteger.valueOf(-5))
                .keyUsage(KeyUsage.digitalSignature).issuedBy(CA).build();
        assertTrue(validator().build().validate(leaf.certificate(), List.of(CA.certificate()), NOW)
                .has(PathCode.MALFORMED_SERIAL_NUMBER));
    }

    @Test
    void maxDepthAndPurposeProfilesApply() {
        assertTrue(validator().maxIntermediates(0).build()
                .validate(LEAF.certificate(), List.of(CA.certificate()), NOW).has(PathCode.PATH_LENGTH_EXCEEDED));
        assertTrue(validator().purpose(PurposeProfile.CSCA).build()
                .validate(LEAF.certificate(), List.of(CA.certificate()), NOW).has(PathCode.NOT_A_CA));
        TestPki.Issued encipher = new TestPki.Builder("Encipher", TestPki.p256())
                .keyUsage(KeyUsage.keyEncipherment).issuedBy(CA).build();
        assertTrue(validator().purpose(PurposeProfile.SIGNATURE).build()
                .validate(encipher.certificate(), List.of(CA.certificate()), NOW).has(PathCode.KEY_USAGE_MISSING));
        assertTrue(validator().purpose(PurposeProfile.CSCA).build()
                .validate(CA.certificate(), List.of(), NOW).isValid());
    }

    @Test
    void findingsHaveEnglishAndArabicMessages() {
        ValidationReport report = validator().build().validate(LEAF.certificate(), List.of(), NOW);
        Finding finding = report.findings().get(0);
        String english = finding.message(Locale.ENGLISH);
        String arabic = finding.message(Locale.forLanguageTag("ar"));
        assertTrue(english.contains("no chain"), english);
        assertNotEquals(english, arabic);
        assertTrue(arabic.contains("سلسلة"), arabic);
        assertEquals(LEAF.certificate().getSubject().toString(), ValidationReport.certificateOf(finding));
    }

    @Test
    void emptyTrustStoreNeverValidates() {
        ValidationReport report = CertificatePathValidator.builder().trustStore(TrustStore.of(List.of())).build()
                .validate(LEAF.certificate(), List.of(CA.certificate()), Instant.now());
        assertFalse(report.isValid());
    }
}
