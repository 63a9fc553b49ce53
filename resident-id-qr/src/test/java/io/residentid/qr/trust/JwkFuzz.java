package io.residentid.qr.trust;

import io.residentid.qr.testing.Fixtures;
import io.residentid.qr.testing.Fuzzing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzz target for JWKs: private key files ({@link SigningKey#parse}) and public keys inside a trust list. Only
 * {@link TrustListException}, each input in under a second.
 */
class JwkFuzz {

    private static List<byte[]> seeds() {
        List<byte[]> seeds = new ArrayList<>(Fuzzing.corpus("jwk"));
        seeds.add(Fixtures.ES256_KEY.toPrivateJson().getBytes(StandardCharsets.UTF_8));
        seeds.add(Fixtures.EDDSA_KEY.toPrivateJson().getBytes(StandardCharsets.UTF_8));
        seeds.add(Fixtures.ES256_KEY.publicJwk().toJson().getBytes(StandardCharsets.UTF_8));
        return seeds;
    }

    private static void check(byte[] jwk) {
        String json = new String(jwk, StandardCharsets.UTF_8);
        Fuzzing.check("SigningKey.parse", () -> SigningKey.parse(json), TrustListException.class);
        String list = "{\"version\":1,\"issuers\":[{\"iss\":\"https://a.example\",\"country\":\"OM\","
                + "\"validFrom\":\"2025-01-01T00:00:00Z\",\"validUntil\":\"2035-01-01T00:00:00Z\",\"jwks\":{\"keys\":["
                + json + "]}}]}";
        Fuzzing.check("TrustList.parse(jwk)", () -> TrustList.parse(list.getBytes(StandardCharsets.UTF_8)),
                TrustListException.class);
    }

    @Example
    void corpusReplays() {
        seeds().forEach(JwkFuzz::check);
    }

    @Property(tries = 800)
    void mutatedJwksOnlyFailAsDocumented(@ForAll("mutants") byte[] jwk) {
        Fuzzing.campaign(jwk, JwkFuzz::check);
    }

    @Provide
    Arbitrary<byte[]> mutants() {
        return Fuzzing.mutants(seeds());
    }
}
