package io.residentid.qr.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Shared machinery of the {@code *Fuzz} targets: a mutation engine over a seed corpus (bit flips, byte overwrites,
 * insertions, deletions, duplications, truncation, splices, hostile JSON tokens), the regression corpus under
 * {@code src/test/resources/fuzz/<target>/} (seeds and every input that ever broke a parser), and the contract
 * check: only the documented exception, and no input slower than one second.
 */
public final class Fuzzing {

    /** Slowest accepted input. */
    public static final Duration MAX_PER_INPUT = Duration.ofSeconds(1);

    /** Tokens that broke or could break number, string and structure handling. */
    public static final List<String> HOSTILE_TOKENS = List.of("1e99999999900", "-1e-99999999", "99999999999999999999999",
            "4294967297", "-0", "0.5", "1E400", "null", "true", "\"\"", "\"\\u0000\"", "\"\\ud800\"", "{", "}", "[", "]",
            ":", ",", "\"", "\\", "[".repeat(100), "{\"a\":".repeat(40), "\u202E", "\r\n", "\u0000", "..", ".", "=",
            "AAAA", "-_", "+/");

    /**
     * Mutation rounds per generated input: 1 in {@code mvn verify} (a bounded campaign of a few seconds per target);
     * {@code mvn -Pfuzz verify} raises it ({@code -Dfuzz.rounds=N}, default 200) for a longer campaign.
     */
    public static final int ROUNDS = Math.max(1, Integer.getInteger("residentid.fuzz.rounds", 1));

    private Fuzzing() {
    }

    /** Checks the input, then {@link #ROUNDS}{@code - 1} further mutants of it. */
    public static void campaign(byte[] input, java.util.function.Consumer<byte[]> check) {
        check.accept(input);
        java.util.Random random = new java.util.Random(java.util.Arrays.hashCode(input));
        for (int i = 1; i < ROUNDS; i++) {
            check.accept(mutate(input, 1 + random.nextInt(4), random));
        }
    }

    /** Something a target calls, which may throw. */
    @FunctionalInterface
    public interface Call {
        /** Runs the call. */
        void run() throws Throwable;
    }

    /**
     * Runs {@code call}, allowing only {@code documented} (or nothing) to be thrown, in under a second.
     *
     * @param what a short description for the failure message (never the input: it may be large)
     */
    @SafeVarargs
    public static void check(String what, Call call, Class<? extends Throwable>... documented) {
        long start = System.nanoTime();
        try {
            call.run();
        } catch (Throwable t) {
            boolean allowed = false;
            for (Class<? extends Throwable> c : documented) {
                allowed |= c.isInstance(t);
            }
            if (!allowed) {
                fail(what + " threw an undocumented " + t.getClass().getName(), t);
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(MAX_PER_INPUT) < 0, what + " took " + took.toMillis() + " ms");
    }

    /** Mutants of the seeds: each a seed with 1..4 mutations, or a splice of two seeds, or hostile tokens. */
    public static Arbitrary<byte[]> mutants(List<byte[]> seeds) {
        Arbitrary<byte[]> seed = Arbitraries.of(seeds);
        Arbitrary<byte[]> mutated = seed.flatMap(s -> Arbitraries.integers().between(1, 4)
                .flatMap(n -> Arbitraries.longs().map(random -> mutate(s, n, new java.util.Random(random)))));
        Arbitrary<byte[]> spliced = Combinators2.splice(seed, seed);
        Arbitrary<byte[]> tokens = Arbitraries.of(HOSTILE_TOKENS).list().ofMaxSize(30)
                .map(parts -> String.join("", parts).getBytes(StandardCharsets.UTF_8));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, mutated),
                net.jqwik.api.Tuple.of(2, spliced),
                net.jqwik.api.Tuple.of(1, tokens),
                net.jqwik.api.Tuple.of(1, seed));
    }

    /** Mutants as strings (UTF-8 decoding, replacement characters included). */
    public static Arbitrary<String> mutantStrings(List<String> seeds) {
        List<byte[]> bytes = new ArrayList<>();
        seeds.forEach(s -> bytes.add(s.getBytes(StandardCharsets.UTF_8)));
        return mutants(bytes).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    static byte[] mutate(byte[] seed, int mutations, java.util.Random random) {
        byte[] out = seed.clone();
        for (int m = 0; m < mutations; m++) {
            int length = out.length;
            int at = length == 0 ? 0 : random.nextInt(length);
            switch (random.nextInt(8)) {
                case 0: // bit flip
                    if (length > 0) {
                        out[at] ^= (byte) (1 << random.nextInt(8));
                    }
                    break;
                case 1: // overwrite with an interesting byte
                    if (length > 0) {
                        byte[] interesting = {0, (byte) 0xff, 0x7f, (byte) 0x80, '"', '\\', '.', '{', '0', '9', 'A', '='};
                        out[at] = interesting[random.nextInt(interesting.length)];
                    }
                    break;
                case 2: // insert a random byte
                    out = insert(out, at, new byte[] {(byte) random.nextInt(256)});
                    break;
                case 3: // delete a range
                    if (length > 0) {
                        int n = 1 + random.nextInt(Math.min(16, length - at));
                        byte[] shorter = new byte[length - n];
                        System.arraycopy(out, 0, shorter, 0, at);
                        System.arraycopy(out, at + n, shorter, at, length - at - n);
                        out = shorter;
                    }
                    break;
                case 4: // duplicate a range
                    if (length > 0) {
                        int n = 1 + random.nextInt(Math.min(32, length - at));
                        out = insert(out, at, java.util.Arrays.copyOfRange(out, at, at + n));
                    }
                    break;
                case 5: // truncate
                    out = java.util.Arrays.copyOf(out, at);
                    break;
                case 6: // insert a hostile token
                    out = insert(out, at, HOSTILE_TOKENS.get(random.nextInt(HOSTILE_TOKENS.size()))
                            .getBytes(StandardCharsets.UTF_8));
                    break;
                default: // swap two bytes
                    if (length > 1) {
                        int other = random.nextInt(length);
                        byte t = out[at];
                        out[at] = out[other];
                        out[other] = t;
                    }
                    break;
            }
        }
        return out;
    }

    private static byte[] insert(byte[] into, int at, byte[] what) {
        byte[] out = new byte[into.length + what.length];
        System.arraycopy(into, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(into, at, out, at + what.length, into.length - at);
        return out;
    }

    /** The files of a target's corpus directory ({@code src/test/resources/fuzz/<target>}), sorted by name. */
    public static List<byte[]> corpus(String target) {
        Path dir = Path.of("src/test/resources/fuzz", target);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<byte[]> out = new ArrayList<>();
            for (Path p : files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".md"))
                    .sorted().toList()) {
                out.add(Files.readAllBytes(p));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splicing of two arbitraries' values: the head of one and the tail of the other. */
    private static final class Combinators2 {
        static Arbitrary<byte[]> splice(Arbitrary<byte[]> a, Arbitrary<byte[]> b) {
            return net.jqwik.api.Combinators.combine(a, b, Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1))
                    .as((x, y, cutX, cutY) -> {
                        int i = (int) (x.length * cutX);
                        int j = (int) (y.length * cutY);
                        byte[] out = new byte[i + y.length - j];
                        System.arraycopy(x, 0, out, 0, i);
                        System.arraycopy(y, j, out, i, y.length - j);
                        return out;
                    });
        }
    }
}
