package io.residentid.qr.seal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzz target: mutations of the conformance corpus (VDS bytes, IDB text, VDS-NC JSON) and random bytes. The only
 * documented failure is a {@link SealException}; every input is handled in well under a second.
 */
class SealFuzz {

    private static final List<byte[]> CORPUS = new ArrayList<>();
    /** One named signer: every mutated seal costs at most a couple of signature checks. */
    private static final SealVerifier VERIFIER = SealVerifier.builder()
            .certificate(SealTestData.certificates().get("certs/UTTS5B.pem")).build();

    static {
        for (var c : SealTestData.cases().get("cases")) {
            String v = c.get("raw").get("value").asText();
            CORPUS.add("hex".equals(c.get("raw").get("encoding").asText()) ? HexFormat.of().parseHex(v)
                    : v.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        Arbitrary<byte[]> seed = Arbitraries.of(CORPUS);
        return seed.flatMap(s -> Arbitraries.integers().between(0, 3).flatMap(kind ->
                Arbitraries.integers().between(0, Math.max(0, s.length - 1)).flatMap(pos ->
                        Arbitraries.integers().between(0, 255).map(value -> mutate(s, kind, pos, value)))));
    }

    private static byte[] mutate(byte[] seed, int kind, int pos, int value) {
        byte[] out;
        switch (kind) {
            case 0 -> {
                out = seed.clone();
                out[pos] = (byte) value;
            }
            case 1 -> out = java.util.Arrays.copyOf(seed, pos);
            case 2 -> {
                out = new byte[seed.length + 1];
                System.arraycopy(seed, 0, out, 0, pos);
                out[pos] = (byte) value;
                System.arraycopy(seed, pos, out, pos + 1, seed.length - pos);
            }
            default -> {
                out = seed.clone();
                if (out.length > 0) {
                    out[pos] = (byte) (value % 2 == 0 ? 0x81 : 0x82); // a long-form length where none was
                }
            }
        }
        return out;
    }

    @Property(tries = 400)
    void mutatedSealsOnlyEverFailWithASealException(@ForAll("mutated") byte[] input) {
        run(input);
    }

    @Property(tries = 200)
    void randomBytesOnlyEverFailWithASealException(@ForAll byte[] input) {
        run(input);
    }

    @Property(tries = 200)
    void randomIdbTextOnlyEverFailsWithASealException(@ForAll("idbText") String text) {
        long start = System.nanoTime();
        try {
            SealDecoder.standard().decodeText(text);
        } catch (SealException expected) {
            // documented
        }
        assertTrue(System.nanoTime() - start < 1_000_000_000L);
    }

    @Provide
    Arbitrary<String> idbText() {
        return Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567=1").ofMaxLength(300)
                .map(s -> "RDB1" + s);
    }

    private static void run(byte[] input) {
        long start = System.nanoTime();
        try {
            Seal seal = SealDecoder.standard().decode(input);
            SealReport report = VERIFIER.verify(seal, Instant.parse("2024-06-01T00:00:00Z"));
            seal.flatFeatures().forEach(SealFeature::text);
            report.findings().forEach(f -> f.message());
        } catch (SealException expected) {
            // the one documented failure
        }
        try {
            VERIFIER.verify(input, Instant.parse("2024-06-01T00:00:00Z"));
        } catch (SealException expected) {
            // the one documented failure
        }
        assertTrue(System.nanoTime() - start < 1_000_000_000L, "slow input");
    }
}
