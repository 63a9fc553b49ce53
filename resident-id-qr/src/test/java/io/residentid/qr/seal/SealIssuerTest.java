package io.residentid.qr.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.pki.TrustStore;
import io.residentid.core.report.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SealIssuerTest {

    static final String MRZ = "ATD<<RESIDORCE<<ROLAND<<<<<<<<<<<<<<\n6525845096USA7008038M2201018<<<<<<06";
    static final Instant AT = Instant.parse("2026-06-01T00:00:00Z");

    static Map<String, String> permit() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("MRZ", MRZ);
        f.put("PASSPORT_NUMBER", "UFO001979");
        return f;
    }

    @Test
    void anIssuedResidencePermitSealDecodesAndVerifiesAgainstItsCsca() {
        SealTestPki pki = SealTestPki.p256();
        byte[] vds = pki.issuer().issueVds("RESIDENCE_PERMIT", permit(), LocalDate.of(2026, 3, 1));
        Seal seal = SealDecoder.standard().decode(vds);
        assertEquals("RESIDENCE_PERMIT", seal.documentType());
        assertEquals("ARE", seal.issuingCountry());
        assertEquals("AESE", seal.signerIdentifier());
        assertEquals("1A2B", seal.certificateReference());
        assertEquals(MRZ, seal.feature("MRZ").orElseThrow().text());
        assertEquals("UFO001979", seal.feature("PASSPORT_NUMBER").orElseThrow().text());
        SealReport report = SealVerifier.builder().certificate(pki.signer)
                .trustStore(TrustStore.of(List.of(pki.csca))).build().verify(seal, AT);
        assertEquals(Verdict.VALID, report.verdict(), () -> report.findings().toString());
        assertEquals(SignatureStatus.VALID, report.signature());
        assertTrue(report.signerNamed());
        assertTrue(report.has(SealCode.CHAIN_VALID));
    }

    @Test
    void verifyingBytesDecodesTheFeaturesOnlyOnceTheSignatureVerifies() {
        SealTestPki pki = SealTestPki.p256();
        byte[] vds = pki.issuer().issueVds("RESIDENCE_PERMIT", permit(), LocalDate.of(2026, 3, 1));
        SealVerifier withSigner = SealVerifier.builder().certificate(pki.signer).build();
        SealReport valid = withSigner.verify(vds, AT);
        assertEquals(SignatureStatus.VALID, valid.signature());
        assertEquals(MRZ, valid.seal().feature("MRZ").orElseThrow().text());
        SealReport unknown = SealVerifier.builder().build().verify(vds, AT);
        assertEquals(SignatureStatus.SIGNER_UNKNOWN, unknown.signature());
        assertTrue(unknown.seal().features().stream().allMatch(f -> f.name().startsWith("TAG_")));
        byte[] tampered = vds.clone();
        tampered[25] ^= 1;
        SealReport invalid = withSigner.verify(tampered, AT);
        assertEquals(SignatureStatus.INVALID, invalid.signature());
        assertTrue(invalid.seal().feature("MRZ").isEmpty());
        String idb = SealTestData.cases().get("cases").get(35).get("raw").get("value").asText();
        SealReport idbReport = SealVerifier.builder().certificates(SealTestData.certificates().values()).build()
                .verifyText(idb, AT);
        assertEquals(SignatureStatus.VALID, idbReport.signature());
        assertEquals("CERTIFYING_PERMANENT_RESIDENCE", idbReport.seal().documentType());
    }

    @Test
    void aSealWithoutItsCertificateIsSignerUnknownNeverValidNorForged() {
        SealTestPki pki = SealTestPki.p256();
        Seal seal = SealDecoder.standard().decode(pki.issuer().issueVds("RESIDENCE_PERMIT", permit(),
                LocalDate.of(2026, 3, 1)));
        SealReport report = SealVerifier.builder().trustStore(TrustStore.of(List.of(pki.csca))).build()
                .verify(seal, AT);
        assertEquals(SignatureStatus.SIGNER_UNKNOWN, report.signature());
        assertEquals(Verdict.INDETERMINATE, report.verdict());
    }

    @Test
    void aSignerThatChainsToAnotherCscaIsInvalid() {
        SealTestPki pki = SealTestPki.p256();
        SealTestPki other = SealTestPki.of("secp256r1");
        Seal seal = SealDecoder.standard().decode(pki.issuer().issueVds("RESIDENCE_PERMIT", permit(),
                LocalDate.of(2026, 3, 1)));
        SealReport report = SealVerifier.builder().certificate(pki.signer)
                .trustStore(TrustStore.of(List.of(other.csca))).build().verify(seal, AT);
        assertEquals(SignatureStatus.VALID, report.signature());
        assertTrue(report.verdict() != Verdict.VALID);
        assertTrue(report.has(SealCode.CHAIN_INVALID));
    }

    @ParameterizedTest
    @ValueSource(strings = {"secp224r1", "secp256r1", "secp384r1", "secp521r1", "brainpoolP256r1",
        "brainpoolP384r1"})
    void everyCurveSignsAndVerifies(String curve) {
        SealTestPki pki = SealTestPki.of(curve);
        Seal seal = SealDecoder.standard().decode(pki.issuer().issueVds("SUPPLEMENTARY_SHEET",
                Map.of("MRZ", MRZ, "SHEET_NUMBER", "PA0000005"), LocalDate.of(2026, 3, 1)));
        SealReport report = SealVerifier.builder().certificate(pki.signer).build().verify(seal, AT);
        assertEquals(SignatureStatus.VALID, report.signature(), curve);
    }

    @Test
    void anIssuedIdbRoundTripsCompressedOrNotWithOrWithoutTheEmbeddedCertificate() {
        SealTestPki pki = SealTestPki.p256();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("MRZ_TD2", MRZ);
        f.put("AZR", "ABC123456DEF");
        f.put("EXPIRY_DATE", "2027-01-31");
        for (boolean compress : new boolean[] {false, true}) {
            for (boolean embed : new boolean[] {false, true}) {
                SealIssuer issuer = SealIssuer.builder().key(pki.signerKeys.getPrivate()).certificate(pki.signer)
                        .issuingCountry("ARE").embedCertificate(embed).build();
                String text = issuer.issueIdb("PROVISIONAL_RESIDENCE_DOCUMENT", f, LocalDate.of(2026, 3, 1),
                        compress);
                assertTrue(text.startsWith(compress ? "RDB1D" : "RDB1B"));
                Seal seal = SealDecoder.standard().decodeText(text);
                assertEquals("PROVISIONAL_RESIDENCE_DOCUMENT", seal.documentType());
                assertEquals(LocalDate.of(2027, 1, 31), seal.feature("EXPIRY_DATE").orElseThrow().value());
                assertEquals(LocalDate.of(2026, 3, 1), seal.signatureDate().orElseThrow());
                SealVerifier verifier = embed
                        ? SealVerifier.builder().trustStore(TrustStore.of(List.of(pki.csca))).build()
                        : SealVerifier.builder().certificate(pki.signer)
                        .trustStore(TrustStore.of(List.of(pki.csca))).build();
                SealReport report = verifier.verify(seal, AT);
                assertEquals(Verdict.VALID, report.verdict(), () -> report.findings().toString());
            }
        }
    }

    @Test
    void unknownTypesFeaturesAndBadValuesAreCodedErrors() {
        SealIssuer issuer = SealTestPki.p256().issuer();
        LocalDate d = LocalDate.of(2026, 1, 1);
        assertEquals(SealCode.UNKNOWN_TYPE, assertThrows(SealException.class,
                () -> issuer.issueVds("NO_SUCH_TYPE", Map.of(), d)).sealCode());
        assertEquals(SealCode.UNKNOWN_TYPE, assertThrows(SealException.class,
                () -> issuer.issueVds("RESIDENCE_PERMIT", Map.of("NOPE", "x"), d)).sealCode());
        assertEquals(SealCode.BAD_C40, assertThrows(SealException.class,
                () -> issuer.issueVds("RESIDENCE_PERMIT", Map.of("PASSPORT_NUMBER", "abc"), d)).sealCode());
        assertEquals(SealCode.BAD_FEATURE, assertThrows(SealException.class,
                () -> issuer.issueVds("RESIDENCE_PERMIT", Map.of("PASSPORT_NUMBER", "ABCDEFGHIJKLMNOP"), d))
                .sealCode());
    }

    @Test
    void theSharedSamplesReencodeToTheirSignedBytes() {
        for (var c : SealTestData.cases().get("cases")) {
            if (c.path("expected").path("reencodesIdentically").asBoolean(false)) {
                Seal seal = SealConformanceTest.decode(SealDecoder.standard(), c);
                assertEquals(seal.signedData(), SealIssuer.reencodeVdsSignedData(seal), c.get("id").asText());
            }
        }
    }
}
