package io.residentid.qr.trust;

import io.residentid.qr.testing.Fixtures;
import io.residentid.qr.testing.Fuzzing;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzz target for trust lists: mutated JSON through {@link TrustList#parse}, and mutated JSON signed with the
 * pinned signer key through {@link TrustList#parseSigned} (so mutations reach the reader behind the signature).
 * Only {@link TrustListException}, each input in under a second.
 */
class TrustListFuzz {

    private static final SigningKey SIGNER = Fixtures.OTHER_KEY;

    private static List<byte[]> seeds() {
        List<byte[]> seeds = new ArrayList<>(Fuzzing.corpus("trust-list"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        seeds.add(Fixtures.trustList().withMetadata(7, now, now.plus(1, ChronoUnit.DAYS)).toJson());
        return seeds;
    }

    private static void check(byte[] json) {
        Fuzzing.check("TrustList.parse", () -> TrustList.parse(json), TrustListException.class);
        String header = "{\"alg\":\"ES256\",\"kid\":\"" + SIGNER.kid() + "\",\"typ\":\"" + TrustList.SIGNED_TYPE + "\"}";
        String input = b64(header.getBytes(StandardCharsets.UTF_8)) + "." + b64(json);
        String jws = input + "." + b64(SIGNER.sign(input.getBytes(StandardCharsets.US_ASCII)));
        Fuzzing.check("TrustList.parseSigned", () -> TrustList.parseSigned(jws, SIGNER.issuerKey()), TrustListException.class);
    }

    private static String b64(byte[] bytes) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Example
    void corpusReplays() {
        seeds().forEach(TrustListFuzz::check);
    }

    @Property(tries = 400)
    void mutatedTrustListsOnlyFailAsDocumented(@ForAll("mutants") byte[] json) {
        Fuzzing.campaign(json, TrustListFuzz::check);
    }

    @Provide
    Arbitrary<byte[]> mutants() {
        return Fuzzing.mutants(seeds());
    }
}
