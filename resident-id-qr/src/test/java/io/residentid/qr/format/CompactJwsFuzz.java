package io.residentid.qr.format;

import io.residentid.qr.internal.CompactJws;
import io.residentid.qr.testing.Fixtures;
import io.residentid.qr.testing.Fuzzing;
import io.residentid.qr.trust.TrustList;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzz target for the one compact JWS codec, under the credential profile and a typed profile: only
 * {@link CredentialFormatException}, each input in under a second.
 */
class CompactJwsFuzz {

    private static final CompactJws.Profile TYPED = CompactJws.Profile.typed(TrustList.SIGNED_TYPE, 1 << 16);

    private static List<byte[]> seeds() {
        List<byte[]> seeds = new ArrayList<>(Fuzzing.corpus("compact-jws"));
        seeds.add(Fixtures.reference().jws().getBytes(StandardCharsets.US_ASCII));
        seeds.add(Fixtures.issue(Fixtures.EDDSA_KEY, Fixtures.referenceClaims()).jws().getBytes(StandardCharsets.US_ASCII));
        seeds.add(Fixtures.trustList().sign(Fixtures.OTHER_KEY).getBytes(StandardCharsets.US_ASCII));
        return seeds;
    }

    private static void check(byte[] jws) {
        Fuzzing.check("CompactJws.parse(credential)", () -> CompactJws.parse(jws), CredentialFormatException.class);
        Fuzzing.check("CompactJws.parse(typed)", () -> CompactJws.parse(jws, TYPED), CredentialFormatException.class);
        String text = new String(jws, StandardCharsets.UTF_8);
        Fuzzing.check("CompactJws.parse(String)", () -> CompactJws.parse(text), CredentialFormatException.class);
    }

    @Example
    void corpusReplays() {
        seeds().forEach(CompactJwsFuzz::check);
    }

    @Property(tries = 1500)
    void mutatedJwsOnlyFailsAsDocumented(@ForAll("mutants") byte[] jws) {
        Fuzzing.campaign(jws, CompactJwsFuzz::check);
    }

    @Provide
    Arbitrary<byte[]> mutants() {
        return Fuzzing.mutants(seeds());
    }
}
