package io.residentid.core.pki;

import static io.residentid.core.pki.TestPki.NOW;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.report.Verdict;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CmsVerifierTest {

    static final byte[] CONTENT = "LDS security object stand-in".getBytes(StandardCharsets.US_ASCII);
    static final ASN1ObjectIdentifier LDS = new ASN1ObjectIdentifier("2.23.136.1.1.1");

    static byte[] sign(String algorithm, KeyPair keys, X509CertificateHolder cert, boolean encapsulate,
                       boolean includeCert) throws Exception {
        CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
        gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                new JcaDigestCalculatorProviderBuilder().setProvider(Bc.PROVIDER).build())
                .build(new JcaContentSignerBuilder(algorithm).setProvider(Bc.PROVIDER).build(keys.getPrivate()), cert));
        if (includeCert) {
            gen.addCertificate(cert);
        }
        return gen.generate(new CMSProcessableByteArray(LDS, CONTENT), encapsulate).getEncoded();
    }

    @ParameterizedTest
    @CsvSource({
        "SHA256withRSAandMGF1, RSA",
        "SHA512withRSA, RSA",
        "SHA224withRSA, RSA",
        "SHA384withECDSA, secp384r1",
        "SHA256withECDSA, brainpoolP256r1",
        "SHA512withECDSA, secp521r1",
    })
    void verifiesEverySupportedSignatureAlgorithmAndChainsToTheCsca(String algorithm, String keyType)
            throws Exception {
        KeyPair keys = keyType.equals("RSA") ? TestPki.rsa(2048) : TestPki.ecKeys(keyType);
        TestPki.Issued csca = TestPki.root("CSCA", TestPki.p256());
        TestPki.Issued ds = new TestPki.Builder("DS", keys).keyUsage(KeyUsage.digitalSignature).issuedBy(csca).build();
        byte[] cms = sign(algorithm, keys, ds.certificate(), true, true);
        CmsReport report = CmsVerifier.builder().trustStore(TrustStore.of(List.of(csca.certificate()))).build()
                .verify(cms, NOW);
        assertEquals(Verdict.VALID, report.verdict(), report.toString());
        assertArrayEquals(CONTENT, report.content());
        assertEquals(LDS.getId(), report.contentType());
        assertEquals(ds.certificate(), report.signer().orElseThrow());
    }

    @Test
    void detachedContentAndSuppliedSignerCertificate() throws Exception {
        TestPki.Issued csca = TestPki.root("CSCA", TestPki.p256());
        KeyPair keys = TestPki.p256();
        TestPki.Issued ds = new TestPki.Builder("DS", keys).keyUsage(KeyUsage.digitalSignature).issuedBy(csca).build();
        byte[] cms = sign("SHA256withECDSA", keys, ds.certificate(), false, false);
        CmsVerifier verifier = CmsVerifier.builder().certificates(List.of(ds.certificate())).build();
        CmsReport report = verifier.verify(cms, CONTENT, NOW);
        assertTrue(report.signatureValid(), report.toString());
        CmsReport tampered = verifier.verify(cms, "other content".getBytes(StandardCharsets.US_ASCII), NOW);
        assertFalse(tampered.signatureValid());
        assertTrue(tampered.has(PathCode.MESSAGE_DIGEST_MISMATCH));
        CmsReport missing = verifier.verify(cms, NOW);
        assertTrue(missing.has(PathCode.CONTENT_MISSING));
        CmsReport noCert = CmsVerifier.builder().build().verify(cms, CONTENT, NOW);
        assertTrue(noCert.has(PathCode.SIGNER_CERTIFICATE_MISSING));
    }

    @Test
    void signerFromAnotherCountryDoesNotChain() throws Exception {
        TestPki.Issued csca = TestPki.root("CSCA", TestPki.p256());
        TestPki.Issued other = TestPki.root("Other CSCA", TestPki.p256());
        KeyPair keys = TestPki.p256();
        TestPki.Issued ds = new TestPki.Builder("DS", keys).keyUsage(KeyUsage.digitalSignature).issuedBy(csca).build();
        CmsReport report = CmsVerifier.builder().trustStore(TrustStore.of(List.of(other.certificate()))).build()
                .verify(sign("SHA256withECDSA", keys, ds.certificate(), true, true), NOW);
        assertTrue(report.signatureValid());
        assertEquals(Verdict.INVALID, report.verdict());
        assertTrue(report.has(PathCode.SIGNER_CHAIN_INVALID));
    }
}
