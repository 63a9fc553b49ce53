package io.residentid.qr.attacks;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.model.IssuingCountry;
import io.residentid.core.report.Verdict;
import io.residentid.qr.format.FailureCode;
import io.residentid.qr.testing.Fixtures;
import io.residentid.qr.testing.Forge;
import io.residentid.qr.trust.SigningKey;
import io.residentid.qr.trust.TrustList;
import io.residentid.qr.trust.TrustListException;
import io.residentid.qr.trust.TrustedIssuer;
import io.residentid.qr.verify.CredentialVerifier;
import io.residentid.qr.verify.VerificationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 11 item 1: nothing but the header is read before the signature verifies; verify never throws. */
class VerifyBeforeParseAttacksTest {

    private static final CredentialVerifier VERIFIER = CredentialVerifier.builder(Fixtures.trustList()).build();

    private static VerificationReport verify(String text) {
        return assertDoesNotThrow(() -> VERIFIER.verify(text, Fixtures.AT));
    }

    private static void assertFailure(FailureCode code, VerificationReport report) {
        assertEquals(List.of(code.code()), report.failureCodes(), report.toString());
        assertEquals(Verdict.INVALID, report.verdict());
        assertTrue(report.claims().isEmpty());
    }

    @Test
    void unsignedCredentialWithAHugeNumberInTheClaimsIsASignatureFailureNotAnException() {
        String hostile = Attacks.claimsJson().replaceFirst("\"exp\":[0-9]+", "\"exp\":1e99999999900");
        assertFailure(FailureCode.SIGNATURE_INVALID, verify(Attacks.unsigned(Fixtures.ES256_KEY, hostile)));
    }

    @Test
    void hugeNumberInTheHeaderIsAHeaderFailureNotAnException() {
        // Beyond the strict JSON layer's number limits: the header is not readable JSON at all.
        String header = "{\"alg\":\"ES256\",\"kid\":\"" + Fixtures.ES256_KEY.kid() + "\",\"zip\":\"DEF\",\"n\":1e99999999900}";
        assertFailure(FailureCode.MALFORMED_JWS, verify(Forge.text(header, Attacks.claimsJson(), input -> new byte[64])));
        String small = "{\"alg\":\"ES256\",\"kid\":\"" + Fixtures.ES256_KEY.kid() + "\",\"zip\":\"DEF\",\"n\":12}";
        assertFailure(FailureCode.HEADER_NOT_ALLOWED, verify(Forge.text(small, Attacks.claimsJson(), input -> new byte[64])));
    }

    @Test
    void numberInAnAllowedHeaderParameterIsAHeaderFailureNotAnException() {
        String header = "{\"alg\":\"ES256\",\"kid\":1e99999999900,\"zip\":\"DEF\"}";
        assertFailure(FailureCode.MALFORMED_JWS, verify(Forge.text(header, Attacks.claimsJson(), input -> new byte[64])));
        String number = "{\"alg\":\"ES256\",\"kid\":12,\"zip\":\"DEF\"}";
        assertFailure(FailureCode.HEADER_INVALID, verify(Forge.text(number, Attacks.claimsJson(), input -> new byte[64])));
    }

    @Test
    void bitFlipInThePayloadIsASignatureFailureNotASchemaFailure() {
        String jws = Fixtures.reference().jws();
        byte[] changed = Attacks.deflate(Attacks.claimsJson().replace("\"iss\"", "\"isz\""));
        assertFailure(FailureCode.SIGNATURE_INVALID, verify(Attacks.withPayloadOf(jws, changed)));
    }

    @Test
    void garbageInsteadOfDeflateIsASignatureFailureNotADecompressionFailure() {
        String jws = Fixtures.reference().jws();
        assertFailure(FailureCode.SIGNATURE_INVALID, verify(Attacks.withPayloadOf(jws, new byte[] {(byte) 0xff, 1, 2, 3})));
    }

    @Test
    void deflateBombWithAForgedSignatureIsNeverInflated() {
        byte[] bomb = Attacks.deflate("{\"iss\":\"" + " ".repeat(200_000) + "\"}");
        assertFailure(FailureCode.SIGNATURE_INVALID, verify(Attacks.withPayloadOf(Fixtures.reference().jws(), bomb)));
    }

    @Test
    void claimsNamingAnotherIssuerThanTheKeysOwnerAreRefused() {
        // Signed with the Saudi issuer's key, claiming to be from the Oman issuer.
        assertFailure(FailureCode.ISSUER_MISMATCH, verify(Attacks.signed(Fixtures.OTHER_KEY, Attacks.claimsJson())));
        String unknown = Attacks.claimsJson().replace(Fixtures.ISS, "https://evil.example");
        assertFailure(FailureCode.UNKNOWN_ISSUER, verify(Attacks.signed(Fixtures.ES256_KEY, unknown)));
    }

    @Test
    void twoKeysWithOneKidInATrustListAreRefused() throws Exception {
        SigningKey shared = SigningKey.generate(io.residentid.qr.format.SignatureAlgorithm.ES256);
        TrustedIssuer a = TrustedIssuer.builder("https://a.example", IssuingCountry.OMAN).key(shared.issuerKey()).build();
        TrustedIssuer b = TrustedIssuer.builder("https://b.example", IssuingCountry.QATAR).key(shared.issuerKey()).build();
        assertThrows(TrustListException.class, () -> TrustList.of(List.of(a, b)));
        TrustList one = TrustList.of(List.of(a));
        assertThrows(IllegalArgumentException.class, () -> one.with(b));
        String json = new String(TrustList.of(List.of(a)).toJson(), java.nio.charset.StandardCharsets.UTF_8);
        String twice = json.replace("\"issuers\" : [ {", "\"issuers\" : [ " + issuerJson(json).replace("https://a.example",
                "https://c.example") + ", {");
        assertThrows(TrustListException.class, () -> TrustList.parse(twice.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** The first issuer object of a pretty-printed list. */
    private static String issuerJson(String list) {
        int start = list.indexOf("{", list.indexOf("\"issuers\""));
        int depth = 0;
        for (int i = start; i < list.length(); i++) {
            depth += list.charAt(i) == '{' ? 1 : list.charAt(i) == '}' ? -1 : 0;
            if (depth == 0) {
                return list.substring(start, i + 1);
            }
        }
        throw new IllegalStateException();
    }

    @Test
    void hostileQrTextsAllEndInACodedReport() {
        for (String text : List.of("", "rid:/", "rid:/9", "rid:/99", "x".repeat(20_000), "rid:/" + "7".repeat(7090))) {
            VerificationReport report = verify(text);
            assertFalse(report.valid());
            assertEquals(1, report.failureCodes().size());
        }
        assertFalse(verify(null).valid());
    }
}
