package io.residentid.mdoc.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.model.Bytes;
import io.residentid.core.pki.Certificates;
import io.residentid.core.pki.TrustStore;
import io.residentid.core.report.Verdict;
import io.residentid.mdoc.AnnexD;
import io.residentid.mdoc.MdocCode;
import io.residentid.mdoc.cbor.CborDecoder;
import io.residentid.mdoc.cose.CoseCurve;
import io.residentid.mdoc.cose.CoseSign1;
import io.residentid.mdoc.cose.MdocKeyPair;
import io.residentid.mdoc.request.DeviceRequest;
import io.residentid.mdoc.session.SessionTranscript;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnnexDResponseTest {
    static final Instant SIGNED = Instant.parse("2020-10-01T13:30:02Z");

    static DeviceResponseVerifier verifier() {
        return DeviceResponseVerifier.builder()
                .trustStore(TrustStore.of(List.of(Certificates.parseDer(AnnexD.certificate("utopia-iaca")
                        .toByteArray())))).build();
    }

    static VerificationInput input() {
        return VerificationInput.of(SessionTranscript.parse(AnnexD.vector("SESSION_TRANSCRIPT_BYTES")))
                .withReaderKey(MdocKeyPair.ofPrivateScalar(CoseCurve.P_256,
                        AnnexD.vector("EPHEMERAL_READER_KEY_D").toByteArray()))
                .withRequest(DeviceRequest.parse(AnnexD.vector("DEVICE_REQUEST")))
                .at(SIGNED);
    }

    @Test
    void annexDResponseVerifiesAtItsSigningTime() {
        MdocReport report = verifier().verify(AnnexD.vector("DEVICE_RESPONSE"), input());
        assertEquals(Verdict.VALID, report.verdict(), report.findings().toString());
        assertEquals(1, report.documents().size());
        DocumentReport doc = report.documents().get(0);
        assertEquals("org.iso.18013.5.1.mDL", doc.docType());
        assertTrue(doc.issuerAuthValid());
        assertEquals("CN=utopia ds,C=US", doc.signer().orElseThrow());
        assertEquals(DeviceAuthMethod.MAC, doc.deviceAuthMethod());
        assertTrue(doc.deviceAuthValid());
        assertEquals(SIGNED, doc.validity().orElseThrow().signed());
        assertEquals(Instant.parse("2021-10-01T13:30:02Z"), doc.validity().orElseThrow().validUntil());
        Map<String, ElementValue> e = doc.elements().get("org.iso.18013.5.1");
        assertEquals(6, e.size());
        assertEquals("Doe", e.get("family_name").text().orElseThrow());
        assertEquals("123456789", e.get("document_number").text().orElseThrow());
        assertEquals(LocalDate.of(2019, 10, 20), e.get("issue_date").date().orElseThrow());
        assertEquals(LocalDate.of(2024, 10, 20), e.get("expiry_date").date().orElseThrow());
        assertEquals(AnnexD.vector("DEVICE_RESPONSE_PORTRAIT_DATA").toHex(),
                e.get("portrait").bytes().orElseThrow().toHex());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> privileges = (List<Map<String, Object>>) e.get("driving_privileges").toJava();
        assertEquals(2, privileges.size());
        assertEquals("A", privileges.get(0).get("vehicle_category_code"));
        assertEquals(LocalDate.of(2018, 8, 9), privileges.get(0).get("issue_date"));
        assertTrue(doc.withheld().isEmpty());
        assertEquals(6, doc.requested().get("org.iso.18013.5.1").size());
        // Utopia (US) is not a GCC issuer: no IdentityDocument mapping.
        assertTrue(doc.identityDocument().isEmpty());
    }

    @Test
    void annexDResponseIsExpiredToday() {
        MdocReport report = verifier().verify(AnnexD.vector("DEVICE_RESPONSE"), input().at(Instant.now()));
        assertEquals(Verdict.INVALID, report.verdict());
        assertTrue(report.has(MdocCode.MSO_EXPIRED) || report.has(MdocCode.ISSUER_CHAIN_INVALID));
    }

    @Test
    void issuerAuthIsTheCoseTestsVectorAndVerifiesWithTheDsCertificate() throws Exception {
        Bytes issuerAuth = AnnexD.derived("IssuerAuth");
        CoseSign1 sign1 = CoseSign1.parse(CborDecoder.strict().decode(issuerAuth), "issuerAuth");
        assertEquals(AnnexD.vector("DS_CERT"), sign1.x5chain("issuerAuth").get(0));
        var key = org.bouncycastle.crypto.util.PublicKeyFactory.createKey(
                Certificates.parseDer(AnnexD.vector("DS_CERT").toByteArray()).getSubjectPublicKeyInfo());
        assertTrue(sign1.verify(key, null, "issuerAuth"));
        MobileSecurityObject mso = MobileSecurityObject.parseBytes(sign1.payload().orElseThrow());
        assertEquals(AnnexD.derived("MobileSecurityObjectBytes"), sign1.payload().orElseThrow());
        assertEquals("SHA-256", mso.digestAlgorithm());
        assertEquals(AnnexD.vector("STATIC_DEVICE_KEY_X"), mso.deviceKey().x());
        assertEquals(List.of("org.iso.18013.5.1", "org.iso.18013.5.1.US"), List.copyOf(mso.valueDigests().keySet()));
    }

    @Test
    void deviceAuthenticationBytesAndEMacKeyAreTheDerivedValues() {
        SessionTranscript t = SessionTranscript.parse(AnnexD.vector("SESSION_TRANSCRIPT_BYTES"));
        MdocKeyPair reader = MdocKeyPair.ofPrivateScalar(CoseCurve.P_256,
                AnnexD.vector("EPHEMERAL_READER_KEY_D").toByteArray());
        MdocKeyPair device = MdocKeyPair.ofPrivateScalar(CoseCurve.P_256,
                AnnexD.vector("STATIC_DEVICE_KEY_D").toByteArray());
        assertEquals(AnnexD.derived("EMacKey"),
                Bytes.of(DeviceAuthentication.eMacKey(reader, device.publicKey(), t)));
        // And from the mdoc's side.
        assertEquals(AnnexD.derived("EMacKey"),
                Bytes.of(DeviceAuthentication.eMacKey(device, reader.publicKey(), t)));
        assertEquals(AnnexD.derived("DeviceAuthenticationBytes"), DeviceAuthentication.bytes(t,
                "org.iso.18013.5.1.mDL", (io.residentid.mdoc.cbor.CborTag) CborDecoder.strict()
                        .decode(Bytes.fromHex("d81841a0"))));
    }

    @Test
    void tamperedFamilyNameFailsItsDigest() {
        Bytes mutated = AnnexD.mutate(AnnexD.vector("DEVICE_RESPONSE"), 200, 0x44, 0x46);
        MdocReport report = verifier().verify(mutated, input());
        assertEquals(Verdict.INVALID, report.verdict());
        DocumentReport doc = report.documents().get(0);
        assertTrue(doc.has(MdocCode.DIGEST_MISMATCH));
        assertTrue(doc.issuerAuthValid());
        assertTrue(doc.deviceAuthValid());
        assertFalse(doc.elements().get("org.iso.18013.5.1").containsKey("family_name"));
        assertEquals(5, doc.elements().get("org.iso.18013.5.1").size());
        assertTrue(doc.withheld().get("org.iso.18013.5.1").contains("family_name"));
    }

    @Test
    void tamperedDeviceMacFails() {
        Bytes mutated = AnnexD.mutate(AnnexD.vector("DEVICE_RESPONSE"), 3522, 0xe9, 0xe8);
        DocumentReport doc = verifier().verify(mutated, input()).documents().get(0);
        assertEquals(Verdict.INVALID, doc.verdict());
        assertTrue(doc.has(MdocCode.DEVICE_MAC_INVALID));
        assertTrue(doc.issuerAuthValid());
        assertFalse(doc.deviceAuthValid());
    }

    @Test
    void tamperedIssuerSignatureFailsAndNothingIsReported() {
        Bytes mutated = AnnexD.mutate(AnnexD.vector("DEVICE_RESPONSE"), 3398, 0x59, 0x5a);
        DocumentReport doc = verifier().verify(mutated, input()).documents().get(0);
        assertEquals(Verdict.INVALID, doc.verdict());
        assertTrue(doc.has(MdocCode.ISSUER_SIGNATURE_INVALID));
        assertFalse(doc.issuerAuthValid());
        assertEquals("org.iso.18013.5.1.mDL", doc.docType());
        assertTrue(doc.elements().isEmpty());
    }

    @Test
    void tamperedReaderSignatureFails() throws Exception {
        SessionTranscript t = SessionTranscript.parse(AnnexD.vector("SESSION_TRANSCRIPT_BYTES"));
        DeviceRequest good = DeviceRequest.parse(AnnexD.vector("DEVICE_REQUEST"));
        assertTrue(good.docRequests().get(0).verifyReaderAuth(t));
        assertEquals(AnnexD.vector("ITEMS_REQUEST"), CborDecoder.strict().decodeEmbedded(
                good.docRequests().get(0).itemsRequestBytes(), "itemsRequest").encoded());
        assertEquals(AnnexD.vector("READER_CERT").toHex(), Bytes.of(good.docRequests().get(0).readerCertificate()
                .orElseThrow().getEncoded()).toHex());
        assertEquals(Boolean.FALSE, good.docRequests().get(0).itemsRequest().namespaces()
                .get("org.iso.18013.5.1").get("portrait"));
        DeviceRequest bad = DeviceRequest.parse(AnnexD.mutate(AnnexD.vector("DEVICE_REQUEST"), 655, 0x1f, 0x1e));
        assertFalse(bad.docRequests().get(0).verifyReaderAuth(t));
    }

    @Test
    void macWithTheWrongReaderKeyFails() {
        VerificationInput wrong = input().withReaderKey(MdocKeyPair.generate(CoseCurve.P_256));
        DocumentReport doc = verifier().verify(AnnexD.vector("DEVICE_RESPONSE"), wrong).documents().get(0);
        assertTrue(doc.has(MdocCode.DEVICE_MAC_INVALID));
        VerificationInput none = new VerificationInput(input().sessionTranscript(), null, null, SIGNED);
        assertTrue(verifier().verify(AnnexD.vector("DEVICE_RESPONSE"), none).documents().get(0)
                .has(MdocCode.DEVICE_MAC_NEEDS_READER_KEY));
    }

    @Test
    void anUntrustedIacaIsAChainFailure() {
        DeviceResponseVerifier other = DeviceResponseVerifier.builder()
                .trustStore(TrustStore.of(List.of(Certificates.parseDer(AnnexD.certificate("reader-root")
                        .toByteArray())))).build();
        MdocReport report = other.verify(AnnexD.vector("DEVICE_RESPONSE"), input());
        assertFalse(report.isValid());
        assertTrue(report.has(MdocCode.ISSUER_CHAIN_INVALID) || report.has(MdocCode.ISSUER_CHAIN_INDETERMINATE));
    }
}
