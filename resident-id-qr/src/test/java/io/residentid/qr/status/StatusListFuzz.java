package io.residentid.qr.status;

import io.residentid.qr.testing.Fixtures;
import io.residentid.qr.testing.Fuzzing;
import io.residentid.qr.trust.TrustedIssuer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzz target for status lists: mutated token claims signed with the issuer's key (so mutations reach the reader
 * behind the signature), mutated whole tokens, and mutated {@code lst} values. {@link StatusListToken#parse} and
 * {@link StatusList#decode} throw only {@link StatusListException}; {@link StatusChecker#check} never throws; each
 * input in under a second.
 */
class StatusListFuzz {

    private static final TrustedIssuer OMAN = Fixtures.trustList().issuer(Fixtures.ISS).orElseThrow();

    private static List<byte[]> claimSeeds() {
        List<byte[]> seeds = new ArrayList<>(Fuzzing.corpus("status-list"));
        StatusList list = StatusList.create(2, 1000);
        list.set(7, StatusList.SUSPENDED);
        String token = StatusListToken.sign(Fixtures.ES256_KEY, Fixtures.ISS, Fixtures.STATUS_URI, list, Fixtures.AT,
                Fixtures.AT.plusSeconds(3600), Duration.ofMinutes(5));
        seeds.add(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        return seeds;
    }

    private static String sign(byte[] claims) {
        String header = "{\"alg\":\"ES256\",\"kid\":\"" + Fixtures.ES256_KEY.kid() + "\",\"typ\":\"" + StatusListToken.TYPE + "\"}";
        java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
        String input = b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "." + b64.encodeToString(claims);
        return input + "." + b64.encodeToString(Fixtures.ES256_KEY.sign(input.getBytes(StandardCharsets.US_ASCII)));
    }

    private static void check(byte[] claims) {
        String token = sign(claims);
        Fuzzing.check("StatusListToken.parse", () -> StatusListToken.parse(token, OMAN, 1 << 16), StatusListException.class);
        StatusChecker checker = StatusChecker.builder(uri -> Optional.of(token)).maxListBytes(1 << 16).build();
        Fuzzing.check("StatusChecker.check", () -> checker.check(Fixtures.referenceClaims().status(), OMAN, Fixtures.AT));
        String text = new String(claims, StandardCharsets.UTF_8);
        Fuzzing.check("StatusListToken.parse(raw)", () -> StatusListToken.parse(text, OMAN, 1 << 16), StatusListException.class);
        Fuzzing.check("StatusList.decode", () -> StatusList.decode(1, text, 1 << 16), StatusListException.class);
    }

    @Example
    void corpusReplays() {
        claimSeeds().forEach(StatusListFuzz::check);
    }

    @Property(tries = 500)
    void mutatedStatusListsOnlyFailAsDocumented(@ForAll("mutants") byte[] claims) {
        Fuzzing.campaign(claims, StatusListFuzz::check);
    }

    @Provide
    Arbitrary<byte[]> mutants() {
        return Fuzzing.mutants(claimSeeds());
    }
}
