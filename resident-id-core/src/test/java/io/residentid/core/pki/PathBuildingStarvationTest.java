package io.residentid.core.pki;

import static io.residentid.core.pki.TestPki.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.report.Verdict;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.bc.BcX509ExtensionUtils;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 item 13: 40 look-alike intermediates (same subject and key identifiers, bad signatures) offered before
 * the real one used to exhaust the candidate budget (INDETERMINATE); they must not consume it.
 */
class PathBuildingStarvationTest {

    private static final TestPki.Issued ROOT = TestPki.root("Starve Root", TestPki.p256());
    private static final TestPki.Issued CA = TestPki.intermediate("Starve CA", ROOT);
    private static final TestPki.Issued LEAF = TestPki.leaf("Starve Leaf", CA);
    private static final int LOOK_ALIKES = 40;

    /** The certificate with its signature bits flipped: it no longer verifies under anyone's key. */
    static X509CertificateHolder corruptSignature(X509CertificateHolder cert) {
        Certificate c = cert.toASN1Structure();
        byte[] sig = c.getSignature().getBytes();
        sig[sig.length / 2] ^= 0x5A;
        ASN1EncodableVector v = new ASN1EncodableVector();
        v.add(c.getTBSCertificate());
        v.add(c.getSignatureAlgorithm());
        v.add(new DERBitString(sig));
        return new X509CertificateHolder(Certificate.getInstance(new DERSequence(v)));
    }

    /** Same subject, same key (a copy of the real CA's public key), new serial, broken signature. */
    private static List<X509CertificateHolder> copiesWithBrokenSignatures() {
        List<X509CertificateHolder> out = new ArrayList<>();
        for (int i = 0; i < LOOK_ALIKES; i++) {
            TestPki.Issued copy = new TestPki.Builder("Starve CA", CA.keys()).ca(null)
                    .serial(BigInteger.valueOf(900_000 + i)).issuedBy(ROOT).build();
            out.add(corruptSignature(copy.certificate()));
        }
        return out;
    }

    /** Same subject and key identifiers as the real CA, but another key: the leaf's signature fails under it. */
    private static List<X509CertificateHolder> impostorsWithOtherKeys() throws Exception {
        BcX509ExtensionUtils utils = new BcX509ExtensionUtils();
        SubjectKeyIdentifier realSki = utils.createSubjectKeyIdentifier(CA.certificate().getSubjectPublicKeyInfo());
        AuthorityKeyIdentifier rootAki = utils.createAuthorityKeyIdentifier(
                ROOT.certificate().getSubjectPublicKeyInfo());
        List<X509CertificateHolder> out = new ArrayList<>();
        for (int i = 0; i < LOOK_ALIKES; i++) {
            TestPki.Issued impostor = new TestPki.Builder("Starve CA", TestPki.p256()).ca(null)
                    .withoutKeyIdentifiers().issuedBy(ROOT)
                    .extension(new Extension(Extension.subjectKeyIdentifier, false,
                            new DEROctetString(realSki.getEncoded())))
                    .extension(new Extension(Extension.authorityKeyIdentifier, false,
                            new DEROctetString(rootAki.getEncoded())))
                    .build();
            out.add(corruptSignature(impostor.certificate()));
        }
        return out;
    }

    private static CertificatePathValidator validator() {
        return CertificatePathValidator.builder().trustStore(TrustStore.of(List.of(ROOT.certificate())))
                .signatureResultCache(false).build();
    }

    @Test
    void fortyBrokenCopiesBeforeTheRealIntermediateDoNotStarveIt() {
        List<X509CertificateHolder> offered = new ArrayList<>(copiesWithBrokenSignatures());
        offered.add(CA.certificate());
        ValidationReport report = validator().validate(LEAF.certificate(), offered, NOW);
        assertEquals(Verdict.VALID, report.verdict(), report.findings().toString());
        assertEquals(List.of(LEAF.certificate(), CA.certificate(), ROOT.certificate()), report.chain());
    }

    @Test
    void fortyImpostorsWithTheRightKeyIdentifiersBeforeTheRealIntermediateDoNotStarveIt() throws Exception {
        List<X509CertificateHolder> offered = new ArrayList<>(impostorsWithOtherKeys());
        offered.add(CA.certificate());
        ValidationReport report = validator().validate(LEAF.certificate(), offered, NOW);
        assertEquals(Verdict.VALID, report.verdict(), report.findings().toString());
    }

    @Test
    void orderDoesNotMatterEitherWay() throws Exception {
        List<X509CertificateHolder> offered = new ArrayList<>();
        offered.add(CA.certificate());
        offered.addAll(copiesWithBrokenSignatures());
        offered.addAll(impostorsWithOtherKeys());
        assertEquals(Verdict.VALID, validator().validate(LEAF.certificate(), offered, NOW).verdict());
    }

    @Test
    void onlyBrokenCopiesStillReportTheBadSignature() {
        ValidationReport report = validator().validate(LEAF.certificate(), copiesWithBrokenSignatures(), NOW);
        assertEquals(Verdict.INVALID, report.verdict(), report.findings().toString());
        assertTrue(report.has(PathCode.SIGNATURE_INVALID), report.findings().toString());
    }

    @Test
    void aSmallCandidateBudgetIsStillEnoughForTheRealPath() throws Exception {
        List<X509CertificateHolder> offered = new ArrayList<>(impostorsWithOtherKeys());
        offered.addAll(copiesWithBrokenSignatures());
        offered.add(CA.certificate());
        ValidationReport report = CertificatePathValidator.builder()
                .trustStore(TrustStore.of(List.of(ROOT.certificate()))).maxCandidates(200).build()
                .validate(LEAF.certificate(), offered, NOW);
        assertEquals(Verdict.VALID, report.verdict(), report.findings().toString());
    }
}
