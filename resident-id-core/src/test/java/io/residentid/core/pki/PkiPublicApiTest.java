package io.residentid.core.pki;

import static io.residentid.core.pki.TestPki.NOW;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.report.Severity;
import io.residentid.core.report.Verdict;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.icao.DataGroupHash;
import org.bouncycastle.asn1.icao.LDSSecurityObject;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.junit.jupiter.api.Test;

/** The JDK-typed parts of the pki API: OIDs as strings, hashes copied, keys from DER, revocation outcomes. */
class PkiPublicApiTest {

    private static final byte[] DG1 = "P<OMNDOE<<JOHN".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] DG2 = {1, 2, 3, 4};

    private static byte[] ldsContent() throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        return new LDSSecurityObject(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), new DataGroupHash[] {
            new DataGroupHash(2, new DEROctetString(sha256.digest(DG2))),
            new DataGroupHash(1, new DEROctetString(sha256.digest(DG1)))}).getEncoded();
    }

    @Test
    void ldsSecurityObjectExposesTheAlgorithmAsADottedOidAndNumbersInOrder() throws Exception {
        LdsSecurityObject lds = LdsSecurityObject.parse(ldsContent());
        assertEquals("2.16.840.1.101.3.4.2.1", lds.hashAlgorithmOid());
        assertEquals("SHA256", lds.hashAlgorithmName().replace("-", ""));
        assertEquals(List.of(1, 2), List.copyOf(lds.dataGroupNumbers()));
        assertTrue(lds.matches(1, DG1));
        assertFalse(lds.matches(1, DG2));
        assertFalse(lds.matches(3, DG1), "an unlisted data group never matches");
        assertEquals(LdsSecurityObject.parse(ldsContent()), lds);
        assertFalse(lds.toString().contains("2.16.840"), lds.toString());
    }

    @Test
    void ldsSecurityObjectHandsOutCopiesThatCannotChangeIt() throws Exception {
        LdsSecurityObject lds = LdsSecurityObject.parse(ldsContent());
        byte[] hash = lds.hashOf(1).orElseThrow();
        hash[0] ^= 1;
        assertTrue(lds.matches(1, DG1), "mutating a returned hash must not change the object");
        assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(DG1), lds.hashOf(1).orElseThrow());
        assertTrue(lds.hashOf(5).isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> lds.dataGroupNumbers().add(7));
    }

    @Test
    void extendedKeyUsagesAndPoliciesAreDottedOidsCheckedAtConfiguration() {
        CertificatePathValidator.Builder builder = CertificatePathValidator.builder();
        assertThrows(IllegalArgumentException.class, () -> builder.extendedKeyUsages(List.of("serverAuth")));
        assertThrows(IllegalArgumentException.class, () -> builder.policies(List.of("1..2"), false, false, false));
        assertEquals(Set.of(), PurposeProfile.DOCUMENT_SIGNER.defaultExtendedKeyUsages());
    }

    @Test
    void aRequiredExtendedKeyUsageGivenAsStringIsEnforced() {
        TestPki.Issued root = TestPki.root("EKU Root", TestPki.p256());
        TestPki.Issued leaf = new TestPki.Builder("EKU Leaf", TestPki.p256())
                .keyUsage(org.bouncycastle.asn1.x509.KeyUsage.digitalSignature)
                .extension(eku(org.bouncycastle.asn1.x509.KeyPurposeId.id_kp_serverAuth)).issuedBy(root).build();
        TrustStore anchors = TrustStore.of(List.of(root.certificate()));
        ValidationReport serverAuth = CertificatePathValidator.builder().trustStore(anchors)
                .extendedKeyUsages(List.of("1.3.6.1.5.5.7.3.1")).build().validate(leaf.certificate(), List.of(), NOW);
        assertEquals(Verdict.VALID, serverAuth.verdict(), serverAuth.toString());
        ValidationReport emailProtection = CertificatePathValidator.builder().trustStore(anchors)
                .extendedKeyUsages(List.of("1.3.6.1.5.5.7.3.4")).build().validate(leaf.certificate(), List.of(), NOW);
        assertTrue(emailProtection.has(PathCode.EXTENDED_KEY_USAGE_MISSING), emailProtection.toString());
    }

    private static org.bouncycastle.asn1.x509.Extension eku(org.bouncycastle.asn1.x509.KeyPurposeId purpose) {
        try {
            return new org.bouncycastle.asn1.x509.Extension(org.bouncycastle.asn1.x509.Extension.extendedKeyUsage,
                    false, new org.bouncycastle.asn1.x509.ExtendedKeyUsage(purpose).getEncoded());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void rawSignaturesReadsAPublicKeyFromItsDerEncoding() throws Exception {
        KeyPair keys = TestPki.p256();
        PublicKey key = RawSignatures.publicKey(keys.getPublic().getEncoded());
        byte[] message = {9, 8, 7};
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(keys.getPrivate());
        signer.update(message);
        assertTrue(RawSignatures.verifyEcdsa(key, "SHA-256", message, signer.sign(), RawSignatures.EcdsaFormat.DER));
        assertThrows(PkiException.class, () -> RawSignatures.publicKey(null));
        assertThrows(PkiException.class, () -> RawSignatures.publicKey(new byte[] {0x30, 0x03, 0x02, 0x01, 0x01}));
        assertThrows(PkiException.class, () -> RawSignatures.publicKey(new byte[] {0x04, 0x00}));
    }

    @Test
    void certificatesBridgeToAndFromTheJdkTypes() throws Exception {
        TestPki.Issued root = TestPki.root("Bridge Root", TestPki.p256());
        java.security.cert.X509Certificate jdk = Certificates.toJdk(root.certificate());
        assertArrayEquals(root.certificate().getEncoded(), jdk.getEncoded());
        assertEquals(root.certificate(), Certificates.fromJdk(jdk));
        assertArrayEquals(root.keys().getPublic().getEncoded(), Certificates.publicKey(root.certificate()).getEncoded());
        assertThrows(PkiException.class, () -> Certificates.fromJdk(null));
        assertThrows(PkiException.class, () -> Certificates.toJdk(null));
        assertThrows(PkiException.class, () -> Certificates.publicKey(null));
    }

    @Test
    void unknownRevocationIsIndeterminateUnderHardFailAndAWarningUnderSoftFail() {
        TestPki.Issued root = TestPki.root("Revocation Root", TestPki.p256());
        TestPki.Issued leaf = TestPki.leaf("Revocation Leaf", root);
        TrustStore anchors = TrustStore.of(List.of(root.certificate()));
        ValidationReport hard = CertificatePathValidator.builder().trustStore(anchors)
                .revocation(RevocationPolicy.crl(true)).build().validate(leaf.certificate(), List.of(), NOW);
        assertEquals(Verdict.INDETERMINATE, hard.verdict(), hard.toString());
        assertEquals(Severity.ERROR, hard.findings().get(0).severity());
        ValidationReport soft = CertificatePathValidator.builder().trustStore(anchors)
                .revocation(RevocationPolicy.crl(false)).build().validate(leaf.certificate(), List.of(), NOW);
        assertEquals(Verdict.VALID, soft.verdict(), soft.toString());
        assertTrue(soft.has(PathCode.REVOCATION_UNKNOWN), soft.toString());
        ValidationReport revoked = CertificatePathValidator.builder().trustStore(anchors)
                .revocation(RevocationPolicy.crl(true))
                .crls(List.of(TestPki.crl(root, NOW.minusSeconds(60), NOW.plusSeconds(3600),
                        leaf.certificate().getSerialNumber())))
                .build().validate(leaf.certificate(), List.of(), NOW);
        assertTrue(revoked.has(PathCode.REVOKED), revoked.toString());
        assertEquals(Verdict.INVALID, revoked.verdict());
    }
}
