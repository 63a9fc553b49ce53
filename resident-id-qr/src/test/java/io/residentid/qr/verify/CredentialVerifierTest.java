package io.residentid.qr.verify;

import io.residentid.qr.internal.RawDeflate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.model.IssuingCountry;
import io.residentid.qr.format.ClaimsCodec;
import io.residentid.qr.format.CredentialClaims;
import io.residentid.qr.format.FailureCode;
import io.residentid.qr.format.QrText;
import io.residentid.qr.format.SignatureAlgorithm;
import io.residentid.qr.issue.IssuedCredential;
import io.residentid.qr.testing.Fixtures;
import io.residentid.qr.testing.Forge;
import io.residentid.qr.trust.KeyStatus;
import io.residentid.qr.trust.SigningKey;
import io.residentid.qr.trust.TrustList;
import io.residentid.qr.trust.TrustedIssuer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CredentialVerifierTest {

    private final CredentialVerifier verifier = CredentialVerifier.builder(Fixtures.trustList()).build();

    private static String claimsJson() {
        return new String(ClaimsCodec.encode(Fixtures.referenceClaims()), StandardCharsets.UTF_8);
    }

    private void assertFails(FailureCode code, String text) {
        VerificationReport report = verifier.verify(text, Fixtures.AT);
        assertFalse(report.valid(), report.toString());
        assertEquals(List.of(code.name()), report.failureCodes(), report.toString());
        assertTrue(report.claims().isEmpty() || code.ordinal() >= FailureCode.REVOKED.ordinal());
    }

    @Test
    void referenceCredentialVerifies() {
        IssuedCredential c = Fixtures.reference();
        VerificationReport report = verifier.verify(c.qrText(), Fixtures.AT);
        assertTrue(report.valid(), report.toString());
        assertEquals(Fixtures.referenceClaims(), report.claims().orElseThrow());
        assertEquals(Fixtures.ISS, report.issuer().orElseThrow());
        assertEquals(Fixtures.ES256_KEY.kid(), report.kid().orElseThrow());
        assertEquals(15, report.qrVersion());
        assertTrue(report.has(FailureCode.STATUS_NOT_CHECKED));
    }

    @Test
    void eddsaCredentialVerifies() {
        IssuedCredential c = Fixtures.issue(Fixtures.EDDSA_KEY, Fixtures.referenceClaims());
        assertTrue(verifier.verify(c.qrText(), Fixtures.AT).valid());
    }

    @Test
    void reportToStringMasksPersonalData() {
        String s = verifier.verify(Fixtures.reference().qrText(), Fixtures.AT).toString();
        assertFalse(s.contains("123456789") || s.contains("98765432") || s.contains("RAJESH") || s.contains("1985"), s);
    }

    @Test
    void findingsHaveEnglishAndArabicMessages() {
        for (FailureCode code : FailureCode.values()) {
            String en = CredentialVerifier.MESSAGES.get(Locale.ENGLISH, code.name());
            String ar = CredentialVerifier.MESSAGES.get(new Locale("ar"), code.name());
            assertFalse(en.equals(code.name()), code.name());
            assertTrue(ar.chars().anyMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.ARABIC), code.name());
        }
    }

    // --- hostile input: each rejected with its code ---

    @Test
    void algNoneIsUnsupported() {
        String jws = Forge.b64("{\"alg\":\"none\",\"kid\":\"" + Fixtures.ES256_KEY.kid() + "\",\"zip\":\"DEF\"}") + "."
                + Forge.b64(io.residentid.qr.internal.RawDeflate.deflate(claimsJson().getBytes(StandardCharsets.UTF_8))) + ".";
        assertFails(FailureCode.UNSUPPORTED_ALGORITHM, QrText.encode(jws));
    }

    @Test
    void hs256WithThePublicKeyAsSecretIsUnsupported() throws Exception {
        byte[] secret = Fixtures.ES256_KEY.publicJwk().toJson().getBytes(StandardCharsets.UTF_8);
        String header = "{\"alg\":\"HS256\",\"kid\":\"" + Fixtures.ES256_KEY.kid() + "\",\"zip\":\"DEF\"}";
        String text = Forge.text(header, claimsJson(), input -> {
            try {
                javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
                mac.init(new javax.crypto.spec.SecretKeySpec(secret, "HmacSHA256"));
                return mac.doFinal(input);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertFails(FailureCode.UNSUPPORTED_ALGORITHM, text);
    }

    @Test
    void unknownKidIsUnknownKey() {
        SigningKey stranger = SigningKey.generate(SignatureAlgorithm.ES256);
        assertFails(FailureCode.UNKNOWN_KEY, Forge.text(Forge.header(stranger), claimsJson(), stranger::sign));
    }

    @Test
    void omanClaimsSignedWithTheSaudiIssuersKeyAreAnIssuerMismatch() {
        // The kid leads to the Saudi issuer's key; the claims name the Oman issuer: iss must be the key's owner.
        SigningKey saudi = Fixtures.OTHER_KEY;
        assertFails(FailureCode.ISSUER_MISMATCH, Forge.text(Forge.header(saudi), claimsJson(), saudi::sign));
    }

    @Test
    void unknownIssuerIsRejected() {
        String json = claimsJson().replace(Fixtures.ISS, "https://evil.example");
        assertFails(FailureCode.UNKNOWN_ISSUER, Forge.text(Forge.header(Fixtures.ES256_KEY), json, Fixtures.ES256_KEY::sign));
    }

    @Test
    void keyUrlAndEmbeddedKeyHeadersAreNotAllowed() {
        SigningKey k = Fixtures.ES256_KEY;
        String base = "\"alg\":\"ES256\",\"kid\":\"" + k.kid() + "\",\"zip\":\"DEF\"";
        for (String extra : List.of("\"jku\":\"https://evil.example/jwks\"", "\"x5u\":\"https://evil.example/cert\"",
                "\"jwk\":" + k.publicJwk().toJson(), "\"crit\":[\"exp\"]", "\"typ\":\"JWT\"")) {
            assertFails(FailureCode.HEADER_NOT_ALLOWED, Forge.text("{" + base + "," + extra + "}", claimsJson(), k::sign));
        }
    }

    @Test
    void missingZipOrKidIsNotAllowed() {
        SigningKey k = Fixtures.ES256_KEY;
        assertFails(FailureCode.HEADER_NOT_ALLOWED, Forge.text("{\"alg\":\"ES256\",\"kid\":\"" + k.kid() + "\"}", claimsJson(), k::sign));
        assertFails(FailureCode.HEADER_NOT_ALLOWED, Forge.text("{\"alg\":\"ES256\",\"zip\":\"DEF\"}", claimsJson(), k::sign));
    }

    @Test
    void duplicateHeaderKeysAreNotAllowed() {
        SigningKey k = Fixtures.ES256_KEY;
        String header = "{\"alg\":\"ES256\",\"alg\":\"ES256\",\"kid\":\"" + k.kid() + "\",\"zip\":\"DEF\"}";
        assertFails(FailureCode.HEADER_NOT_ALLOWED, Forge.text(header, claimsJson(), k::sign));
    }

    @Test
    void duplicateClaimsAreRejected() {
        String json = claimsJson().replace("\"iat\":", "\"exp\":1,\"iat\":");
        assertFails(FailureCode.DUPLICATE_CLAIM, Forge.text(Forge.header(Fixtures.ES256_KEY), json, Fixtures.ES256_KEY::sign));
        String nested = claimsJson().replace("\"d\":", "\"p\":\"1\",\"d\":");
        assertFails(FailureCode.DUPLICATE_CLAIM, Forge.text(Forge.header(Fixtures.ES256_KEY), nested, Fixtures.ES256_KEY::sign));
    }

    @Test
    void derEncodedSignatureIsInvalid() {
        SigningKey k = Fixtures.ES256_KEY;
        String text = Forge.text(Forge.header(k), claimsJson(), input -> toDer(k.sign(input)));
        assertFails(FailureCode.SIGNATURE_INVALID, text);
    }

    @Test
    void allZeroSignatureIsInvalid() {
        assertFails(FailureCode.SIGNATURE_INVALID, Forge.text(Forge.header(Fixtures.ES256_KEY), claimsJson(), input -> new byte[64]));
        // r = s = n: out-of-range values a broken verifier would reduce to zero
        byte[] n = org.bouncycastle.asn1.x9.ECNamedCurveTable.getByName("secp256r1").getN().toByteArray();
        byte[] sig = new byte[64];
        System.arraycopy(n, n.length - 32, sig, 0, 32);
        System.arraycopy(n, n.length - 32, sig, 32, 32);
        assertFails(FailureCode.SIGNATURE_INVALID, Forge.text(Forge.header(Fixtures.ES256_KEY), claimsJson(), input -> sig));
    }

    @Test
    void modifiedPayloadIsInvalid() {
        IssuedCredential c = Fixtures.reference();
        String[] parts = c.jws().split("\\.");
        String tampered = claimsJson().replace("KUMAR", "KUMAN");
        String payload = Forge.b64(io.residentid.qr.internal.RawDeflate.deflate(tampered.getBytes(StandardCharsets.UTF_8)));
        assertFails(FailureCode.SIGNATURE_INVALID, QrText.encode(parts[0] + "." + payload + "." + parts[2]));
    }

    @Test
    void modifiedHeaderIsInvalid() {
        IssuedCredential c = Fixtures.reference();
        String[] parts = c.jws().split("\\.");
        String header = Forge.b64("{\"alg\":\"ES256\", \"kid\":\"" + c.kid() + "\",\"zip\":\"DEF\"}");
        assertFails(FailureCode.SIGNATURE_INVALID, QrText.encode(header + "." + parts[1] + "." + parts[2]));
    }

    @Test
    void algorithmIsPinnedToTheKey() {
        // EdDSA header naming the ES256 key: rejected before any signature maths
        String header = "{\"alg\":\"EdDSA\",\"kid\":\"" + Fixtures.ES256_KEY.kid() + "\",\"zip\":\"DEF\"}";
        assertFails(FailureCode.UNSUPPORTED_ALGORITHM, Forge.text(header, claimsJson(), Fixtures.EDDSA_KEY::sign));
    }

    @Test
    void expiredAndNotYetValid() {
        String text = Fixtures.reference().qrText();
        assertEquals(List.of("EXPIRED"), verifier.verify(text, Fixtures.EXP.plusSeconds(61)).failureCodes());
        assertTrue(verifier.verify(text, Fixtures.EXP.plusSeconds(59)).valid(), "within the clock skew");
        assertEquals(List.of("NOT_YET_VALID"), verifier.verify(text, Fixtures.NBF.minusSeconds(61)).failureCodes());
        assertTrue(verifier.verify(text, Fixtures.NBF.minusSeconds(59)).valid(), "within the clock skew");
        CredentialVerifier strict = CredentialVerifier.builder(Fixtures.trustList()).clockSkew(Duration.ZERO).build();
        assertEquals(List.of("NOT_YET_VALID"), strict.verify(text, Fixtures.NBF.minusSeconds(1)).failureCodes());
    }

    @Test
    void deflateBombIsTooLarge() {
        java.util.zip.Deflater d = new java.util.zip.Deflater(9, true);
        d.setInput(new byte[1 << 20]);
        d.finish();
        byte[] buf = new byte[1 << 16];
        int n = d.deflate(buf);
        d.end();
        byte[] bomb = java.util.Arrays.copyOf(buf, n);
        assertFails(FailureCode.DECOMPRESSED_TOO_LARGE, Forge.text(Forge.header(Fixtures.ES256_KEY), bomb, Fixtures.ES256_KEY::sign));
    }

    @Test
    void invalidDeflateFails() {
        byte[] garbage = {(byte) 0xff, (byte) 0xfe, 0x00, 0x13, 0x37};
        assertFails(FailureCode.DECOMPRESSION_FAILED, Forge.text(Forge.header(Fixtures.ES256_KEY), garbage, Fixtures.ES256_KEY::sign));
        byte[] good = io.residentid.qr.internal.RawDeflate.deflate(claimsJson().getBytes(StandardCharsets.UTF_8));
        byte[] truncated = java.util.Arrays.copyOf(good, good.length / 2);
        assertFails(FailureCode.DECOMPRESSION_FAILED, Forge.text(Forge.header(Fixtures.ES256_KEY), truncated, Fixtures.ES256_KEY::sign));
    }

    @Test
    void oversizedTextIsTooLarge() {
        assertFails(FailureCode.PAYLOAD_TOO_LARGE, "rid:/" + "0".repeat(8000));
    }

    @Test
    void malformedQrText() {
        String valid = Fixtures.reference().qrText();
        assertFails(FailureCode.MALFORMED_QR_TEXT, valid.substring(0, 40) + "a" + valid.substring(41));
        assertFails(FailureCode.MALFORMED_QR_TEXT, valid.substring(0, valid.length() - 1));
        assertFails(FailureCode.MALFORMED_QR_TEXT, "rid:/" + "78" + valid.substring(7));
        assertFails(FailureCode.MALFORMED_QR_TEXT, "RID:/" + valid.substring(5));
        assertFails(FailureCode.MALFORMED_QR_TEXT, "rid:/");
        assertFails(FailureCode.MALFORMED_QR_TEXT, "https://example.com");
        assertFails(FailureCode.MALFORMED_QR_TEXT, null);
    }

    @Test
    void truncatedJwsIsMalformed() {
        String jws = Fixtures.reference().jws();
        assertFails(FailureCode.MALFORMED_JWS, QrText.encode(jws.substring(0, jws.lastIndexOf('.'))));
        assertFails(FailureCode.MALFORMED_JWS, QrText.encode(jws.substring(0, jws.indexOf('.'))));
        assertFails(FailureCode.MALFORMED_JWS, QrText.encode(jws.substring(0, jws.length() - 1) + ".x"));
        String cut = jws.substring(0, jws.length() - 3);
        VerificationReport r = verifier.verify(QrText.encode(cut), Fixtures.AT);
        assertFalse(r.valid());
        assertTrue(List.of("MALFORMED_JWS", "SIGNATURE_INVALID").contains(r.failureCodes().get(0)));
    }

    @Test
    void schemaViolationsAreRejected() {
        SigningKey k = Fixtures.ES256_KEY;
        for (String json : List.of(
                claimsJson().replace("\"v\":1", "\"v\":2"),
                claimsJson().replace("\"c\":\"OM\"", "\"c\":\"SA\""),
                claimsJson().replace("\"s\":\"M\"", "\"s\":\"Q\""),
                claimsJson().replace("\"b\":5551", "\"b\":99999999"),
                claimsJson().replace("\"b\":5551", "\"b\":5551.5"),
                claimsJson().replace("\"b\":5551", "\"b\":\"1985-03-14\""),
                claimsJson().replace("\"na\":\"IND\"", "\"na\":\"ZZZ\""),
                claimsJson().replace("}}}", "}},\"extra\":1}"),
                claimsJson().replace("\"d\":\"123456789\"", "\"d\":\"12 3\""),
                claimsJson().replace("\"o\":\"Accountant\"", "\"o\":\"Acc\\u202eountant\""),
                "[1,2,3]")) {
            assertFails(FailureCode.SCHEMA_INVALID, Forge.text(Forge.header(k), json, k::sign));
        }
    }

    @Test
    void issuerSignsOnlyForItsOwnCountry() {
        io.residentid.core.model.IdentityDocument saudi = Fixtures.referenceDocument().toBuilder()
                .type(io.residentid.core.model.DocumentType.SAUDI_IQAMA).documentNumber("2345678904").build();
        CredentialClaims claims = new CredentialClaims(Fixtures.ISS, Fixtures.NBF, Fixtures.EXP, saudi, null);
        assertFails(FailureCode.COUNTRY_MISMATCH, Fixtures.issue(Fixtures.ES256_KEY, claims).qrText());
    }

    @Test
    void retiredKeyAcceptsEarlierCredentialsOnly() throws Exception {
        SigningKey next = SigningKey.generate(SignatureAlgorithm.ES256);
        TrustedIssuer oman = Fixtures.trustList().issuer(Fixtures.ISS).orElseThrow().toBuilder()
                .rotate(next.issuerKey(), Fixtures.NBF.plusSeconds(3600)).build();
        assertEquals(KeyStatus.RETIRED, oman.key(Fixtures.ES256_KEY.kid()).orElseThrow().status());
        CredentialVerifier v = CredentialVerifier.builder(Fixtures.trustList().with(oman)).build();
        assertTrue(v.verify(Fixtures.reference().qrText(), Fixtures.AT).valid(), "issued before retirement");
        CredentialClaims later = new CredentialClaims(Fixtures.ISS, Fixtures.NBF.plusSeconds(7200), Fixtures.EXP,
                Fixtures.referenceDocument(), null);
        assertEquals(List.of("KEY_NOT_ACTIVE"), v.verify(Fixtures.issue(Fixtures.ES256_KEY, later).qrText(), Fixtures.AT).failureCodes());
        assertTrue(v.verify(Fixtures.issue(next, later).qrText(), Fixtures.AT).valid(), "new key");
    }

    @Test
    void revokedKeyFailsFromItsRevocation() throws Exception {
        TrustedIssuer oman = Fixtures.trustList().issuer(Fixtures.ISS).orElseThrow().toBuilder()
                .key(Fixtures.ES256_KEY.issuerKey().withStatus(KeyStatus.REVOKED, Fixtures.AT.minusSeconds(1))).build();
        CredentialVerifier v = CredentialVerifier.builder(Fixtures.trustList().with(oman)).build();
        assertEquals(List.of("KEY_NOT_ACTIVE"), v.verify(Fixtures.reference().qrText(), Fixtures.AT).failureCodes());
        assertTrue(v.verify(Fixtures.reference().qrText(), Fixtures.AT.minusSeconds(10)).valid());
    }

    @Test
    void issuerOutsideItsValidityIsNotActive() throws Exception {
        TrustedIssuer oman = TrustedIssuer.builder(Fixtures.ISS, IssuingCountry.OMAN).key(Fixtures.ES256_KEY.issuerKey())
                .validity(Instant.parse("2020-01-01T00:00:00Z"), Fixtures.AT.minusSeconds(5)).build();
        CredentialVerifier v = CredentialVerifier.builder(TrustList.of(List.of(oman))).build();
        assertEquals(List.of("ISSUER_NOT_ACTIVE"), v.verify(Fixtures.reference().qrText(), Fixtures.AT).failureCodes());
    }

    @Test
    void requiredStatusWithoutCheckerIsUnavailable() {
        CredentialVerifier v = CredentialVerifier.builder(Fixtures.trustList()).requireStatusCheck(true).build();
        assertEquals(List.of("STATUS_UNAVAILABLE"), v.verify(Fixtures.reference().qrText(), Fixtures.AT).failureCodes());
    }

    static byte[] toDer(byte[] raw) {
        try {
            java.math.BigInteger r = new java.math.BigInteger(1, java.util.Arrays.copyOfRange(raw, 0, 32));
            java.math.BigInteger s = new java.math.BigInteger(1, java.util.Arrays.copyOfRange(raw, 32, 64));
            return new org.bouncycastle.asn1.DERSequence(new org.bouncycastle.asn1.ASN1Encodable[] {
                new org.bouncycastle.asn1.ASN1Integer(r), new org.bouncycastle.asn1.ASN1Integer(s)}).getEncoded();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
