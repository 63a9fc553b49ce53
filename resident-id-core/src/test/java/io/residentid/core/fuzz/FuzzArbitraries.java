package io.residentid.core.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * jqwik generators for fuzz properties: mutants of a seed corpus (via {@link ByteMutator}), with the hostile edge
 * cases every parser must survive mixed in (empty input, a lone byte, DER with an indefinite or absurd length, the
 * seeds cut in half, JSON with huge exponents).
 */
public final class FuzzArbitraries {

    private FuzzArbitraries() {
    }

    /** Mutants of the seeds, with edge cases. */
    public static Arbitrary<byte[]> mutantsOf(List<FuzzCorpus.Seed> seeds) {
        List<byte[]> all = seeds.stream().map(FuzzCorpus.Seed::data).toList();
        if (all.isEmpty()) {
            throw new IllegalArgumentException("empty corpus");
        }
        return Arbitraries.integers().between(0, all.size() - 1)
                .flatMap(i -> Arbitraries.longs().map(seed -> ByteMutator.mutate(all.get(i), new Random(seed), all)))
                .edgeCases(edges -> {
                    edges.add(new byte[0]);
                    edges.add(new byte[] {0});
                    edges.add(new byte[] {0x30, (byte) 0x80});
                    edges.add(new byte[] {0x30, (byte) 0x84, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff});
                    edges.add("{\"a\": 1e-999999999}".getBytes(StandardCharsets.UTF_8));
                    edges.add("[".repeat(10_000).getBytes(StandardCharsets.UTF_8));
                    byte[] first = all.get(0);
                    edges.add(java.util.Arrays.copyOf(first, first.length / 2));
                });
    }
}
