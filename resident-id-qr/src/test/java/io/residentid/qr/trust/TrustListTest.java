package io.residentid.qr.trust;

import io.residentid.qr.internal.KeyIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.model.IssuingCountry;
import io.residentid.qr.format.SignatureAlgorithm;
import io.residentid.qr.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrustListTest {

    private static byte[] json(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void roundTripsThroughJsonWithKeyStatuses() throws Exception {
        TrustedIssuer oman = Fixtures.trustList().issuer(Fixtures.ISS).orElseThrow().toBuilder()
                .key(Fixtures.EDDSA_KEY.issuerKey().withStatus(KeyStatus.REVOKED, Instant.parse("2026-05-01T00:00:00Z"))).build();
        TrustList list = Fixtures.trustList().with(oman);
        TrustList back = TrustList.parse(list.toJson());
        assertEquals(new String(list.toJson(), StandardCharsets.UTF_8), new String(back.toJson(), StandardCharsets.UTF_8));
        TrustedIssuer i = back.issuer(Fixtures.ISS).orElseThrow();
        assertEquals(IssuingCountry.OMAN, i.country());
        assertEquals(KeyStatus.REVOKED, i.key(Fixtures.EDDSA_KEY.kid()).orElseThrow().status());
        assertEquals(SignatureAlgorithm.ES256, i.key(Fixtures.ES256_KEY.kid()).orElseThrow().algorithm());
    }

    @Test
    void lookupIsByIssuerAndKid() {
        TrustList list = Fixtures.trustList();
        assertTrue(list.issuer(Fixtures.ISS).orElseThrow().key(Fixtures.ES256_KEY.kid()).isPresent());
        assertTrue(list.issuer(Fixtures.ISS).orElseThrow().key(Fixtures.OTHER_KEY.kid()).isEmpty());
        assertTrue(list.issuer("https://id.rop.gov.om/").isEmpty());
    }

    @Test
    void kidIsTheShortenedThumbprint() throws Exception {
        byte[] full = Fixtures.ES256_KEY.publicJwk().thumbprint().toByteArray();
        String expected = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(full, 6));
        assertEquals(expected, KeyIds.of(com.nimbusds.jose.jwk.JWK.parse(Fixtures.ES256_KEY.publicJwk().toJson())));
        assertEquals(8, Fixtures.ES256_KEY.kid().length());
    }

    @Test
    void rfc7638ThumbprintVector() throws Exception {
        // RFC 7638 section 3.1 example key, thumbprint NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs
        String rsa = "{\"kty\":\"RSA\",\"n\":\"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw\",\"e\":\"AQAB\"}";
        assertEquals("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs",
                com.nimbusds.jose.jwk.JWK.parse(rsa).computeThumbprint().toString());
    }

    @Test
    void signedListVerifiesWithThePinnedSignerOnly() throws Exception {
        SigningKey signer = SigningKey.generate(SignatureAlgorithm.ES256);
        String signed = Fixtures.trustList().sign(signer);
        assertEquals(2, TrustList.parseSigned(signed, signer.issuerKey()).issuers().size());
        SigningKey other = SigningKey.generate(SignatureAlgorithm.ES256);
        assertThrows(TrustListException.class, () -> TrustList.parseSigned(signed, other.issuerKey()));
        String[] p = signed.split("\\.");
        String tampered = p[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(TrustList.empty().toJson()) + "." + p[2];
        assertThrows(TrustListException.class, () -> TrustList.parseSigned(tampered, signer.issuerKey()));
        SigningKey ed = SigningKey.generate(SignatureAlgorithm.EDDSA);
        assertEquals(2, TrustList.parseSigned(Fixtures.trustList().sign(ed), ed.issuerKey()).issuers().size());
    }

    @Test
    void strictParsingRejectsHostileLists() throws Exception {
        String good = new String(Fixtures.trustList().toJson(), StandardCharsets.UTF_8);
        String privateD = "\"d\":\"" + "A".repeat(43) + "\",";
        for (String bad : List.of(
                good.replace("\"version\" : 1", "\"version\" : 1, \"extra\" : true"),
                good.replace("\"version\" : 1", "\"version\" : 1, \"version\" : 1"),
                good.replace("\"version\" : 1", "\"version\" : 2"),
                good.replaceFirst("\"kty\"", privateD + "\"kty\""),
                good.replaceFirst("\"country\" : \"OM\"", "\"country\" : \"US\""),
                good.replaceFirst("\"validFrom\" : \"[^\"]+\"", "\"validFrom\" : \"yesterday\""),
                good.replaceFirst("\"alg\" : \"ES256\"", "\"alg\" : \"EdDSA\""),
                good.replaceFirst("\"kid\" : \"[^\"]+\"", "\"kid\" : \"someoneelse\""),
                "[" .repeat(100) + "]".repeat(100),
                "")) {
            assertThrows(TrustListException.class, () -> TrustList.parse(json(bad)), bad.length() > 80 ? bad.substring(0, 80) : bad);
        }
        assertThrows(TrustListException.class, () -> TrustList.parse(new byte[TrustList.MAX_BYTES + 1]));
    }

    @Test
    void rejectsPrivateKeysAndDuplicateKids() {
        assertThrows(TrustListException.class, () -> IssuerKey.parse(Fixtures.ES256_KEY.toPrivateJson(),
                KeyStatus.ACTIVE, null));
        assertThrows(TrustListException.class, () -> TrustList.of(List.of(
                Fixtures.trustList().issuer(Fixtures.ISS).orElseThrow(), Fixtures.trustList().issuer(Fixtures.ISS).orElseThrow())));
        assertThrows(TrustListException.class, () -> IssuerKey.parse(Fixtures.ES256_KEY.publicJwk().toJson(), KeyStatus.RETIRED, null));
    }

    @Test
    void signingKeysRoundTripThroughTheirJwkFile() throws Exception {
        for (SignatureAlgorithm alg : SignatureAlgorithm.values()) {
            SigningKey k = SigningKey.generate(alg);
            SigningKey back = SigningKey.parse(k.toPrivateJson());
            assertEquals(k.kid(), back.kid());
            byte[] sig = back.sign(json("hello"));
            assertEquals(64, sig.length);
            assertTrue(k.issuerKey().verify(json("hello"), sig));
            assertFalse(k.issuerKey().verify(json("hellp"), sig));
            assertFalse(k.toString().contains("\"d\""));
        }
        assertThrows(TrustListException.class, () -> SigningKey.parse(Fixtures.ES256_KEY.publicJwk().toJson()));
        assertThrows(TrustListException.class, () -> SigningKey.parse("{\"kty\":\"oct\",\"k\":\"AAAA\"}"));
        assertThrows(TrustListException.class, () -> SigningKey.parse("not json"));
    }

    @Test
    void bothEs256EnginesAgree() throws Exception {
        byte[] input = json("signing input");
        byte[] sig = Fixtures.ES256_KEY.sign(input);
        java.security.interfaces.ECPublicKey pub = (java.security.interfaces.ECPublicKey) Fixtures.ES256_KEY.issuerKey().publicKey();
        for (Es256.Engine engine : Es256.Engine.values()) {
            Es256 v = new Es256(pub, engine);
            assertTrue(v.verify(input, sig), engine.name());
            assertFalse(v.verify(json("signing inpuT"), sig), engine.name());
            assertFalse(v.verify(input, new byte[64]), engine.name());
        }
    }

    @Test
    void es256SignaturesAreDeterministicAndInteroperable() throws Exception {
        byte[] input = json("eyJhbGciOiJFUzI1NiJ9.cGF5bG9hZA");
        assertEquals(java.util.Arrays.toString(Fixtures.ES256_KEY.sign(input)), java.util.Arrays.toString(Fixtures.ES256_KEY.sign(input)),
                "RFC 6979 deterministic k");
        // An independent implementation verifies ours: Nimbus over the issued credential's JWS.
        com.nimbusds.jose.JWSObject jws = com.nimbusds.jose.JWSObject.parse(Fixtures.reference().jws());
        assertTrue(jws.verify(new com.nimbusds.jose.crypto.ECDSAVerifier((java.security.interfaces.ECPublicKey) Fixtures.ES256_KEY.issuerKey().publicKey())));
        // And ours verifies SunEC's (random k) signatures.
        java.security.Signature sun = java.security.Signature.getInstance("SHA256withECDSAinP1363Format");
        sun.initSign(com.nimbusds.jose.jwk.JWK.parse(Fixtures.ES256_KEY.toPrivateJson()).toECKey().toECPrivateKey());
        sun.update(input);
        assertTrue(Fixtures.ES256_KEY.issuerKey().verify(input, sun.sign()));
    }
}
