package io.residentid.core.fuzz;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The contract every fuzz target asserts: for any input, the code under test returns normally or throws one of its
 * documented exceptions, and spends less than {@value #MAX_CPU_MILLIS} ms of CPU on it (CPU time, not wall time,
 * so a loaded CI machine does not make the bound flaky; a wall-clock guard of {@value #HANG_SECONDS} s catches
 * hangs). A breach fails with the input's SHA-256 and writes the input to
 * {@code target/fuzz-findings/<target>/<sha256>.bin}; copy it to the module's
 * {@code src/test/resources/.../fuzz-regressions/<target>/} so {@link #replay} keeps checking it.
 *
 * <pre>{@code
 * FuzzHarness h = FuzzHarness.of("CertificateFuzz", PkiException.class);
 * h.replay(seeds, Certificates::parse);
 * h.campaign(seeds, Certificates::parse);       // mutates seeds for fuzz.seconds (default 1 s)
 * }</pre>
 */
public final class FuzzHarness {

    /** CPU-time bound per input. */
    public static final long MAX_CPU_MILLIS = 1000;
    /** Wall-clock bound per input before it counts as a hang. */
    public static final long HANG_SECONDS = 20;
    /** System property: seconds each timed campaign runs (default {@value #DEFAULT_SECONDS}). */
    public static final String SECONDS_PROPERTY = "fuzz.seconds";
    /** System property: seed of the campaign's random generator (default: derived from the clock, printed). */
    public static final String SEED_PROPERTY = "fuzz.seed";
    /** Seconds a campaign runs inside {@code mvn verify}. */
    public static final double DEFAULT_SECONDS = 1.0;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final ExecutorService RUNNER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuzz-runner");
        t.setDaemon(true);
        return t;
    });

    /** The code under test, fed one input. */
    @FunctionalInterface
    public interface Target {
        /** Runs the code under test on {@code input}. */
        void run(byte[] input) throws Throwable;
    }

    /** Makes a mutant from a seed (default: {@link ByteMutator#mutate}). */
    @FunctionalInterface
    public interface Mutator {
        /** One mutant of {@code seed}. */
        byte[] mutate(byte[] seed, Random random, List<byte[]> all);
    }

    private final String name;
    private final List<Class<? extends Throwable>> documented;

    private FuzzHarness(String name, List<Class<? extends Throwable>> documented) {
        this.name = name;
        this.documented = documented;
    }

    /** A harness for the target {@code name} whose code may throw only the {@code documented} exceptions. */
    @SafeVarargs
    public static FuzzHarness of(String name, Class<? extends Throwable>... documented) {
        return new FuzzHarness(name, List.of(documented));
    }

    /** The target's name, e.g. {@code CertificateFuzz} (it also names the target's regression inputs). */
    public String name() {
        return name;
    }

    /** Seconds a timed campaign runs: {@code -Dfuzz.seconds=N}, else {@value #DEFAULT_SECONDS}. */
    public static double seconds() {
        String s = System.getProperty(SECONDS_PROPERTY);
        if (s == null || s.isBlank() || s.startsWith("$")) {
            return DEFAULT_SECONDS;
        }
        try {
            return Math.max(0, Double.parseDouble(s.trim()));
        } catch (NumberFormatException e) {
            return DEFAULT_SECONDS;
        }
    }

    /** Runs {@code target} on one input and asserts the contract. */
    public void check(byte[] input, Target target) {
        Future<Object> future = RUNNER.submit(() -> {
            long start = THREADS.getCurrentThreadCpuTime();
            Throwable thrown = null;
            try {
                target.run(input.clone());
            } catch (Throwable t) {
                thrown = t;
            }
            long cpuMillis = (THREADS.getCurrentThreadCpuTime() - start) / 1_000_000;
            return new Object[] {thrown, cpuMillis};
        });
        Object[] outcome;
        try {
            outcome = (Object[]) future.get(HANG_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw fail(input, "no answer within " + HANG_SECONDS + " s (hang?)", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        }
        Throwable thrown = (Throwable) outcome[0];
        long cpuMillis = (Long) outcome[1];
        if (thrown != null && !isDocumented(thrown)) {
            throw fail(input, "undocumented " + thrown.getClass().getName() + ": " + thrown.getMessage(), thrown);
        }
        if (cpuMillis > MAX_CPU_MILLIS) {
            throw fail(input, "took " + cpuMillis + " ms of CPU (bound " + MAX_CPU_MILLIS + " ms)", thrown);
        }
    }

    private boolean isDocumented(Throwable t) {
        for (Class<? extends Throwable> c : documented) {
            if (c.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Checks every seed unchanged (the corpus and the regression files). */
    public void replay(List<FuzzCorpus.Seed> seeds, Target target) {
        for (FuzzCorpus.Seed seed : seeds) {
            try {
                check(seed.data(), target);
            } catch (AssertionError e) {
                throw new AssertionError(seed.name() + ": " + e.getMessage(), e);
            }
        }
    }

    /** A timed campaign with the default byte mutator. */
    public int campaign(List<FuzzCorpus.Seed> seeds, Target target) {
        return campaign(seeds, ByteMutator::mutate, target);
    }

    /**
     * Mutates random seeds and checks each mutant, for {@link #seconds()} of wall time (at least one input).
     * Returns how many inputs ran. The random seed is printed so a failure can be reproduced with
     * {@code -Dfuzz.seed=}.
     */
    public int campaign(List<FuzzCorpus.Seed> seeds, Mutator mutator, Target target) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException(name + ": empty corpus");
        }
        long seed = Long.getLong(SEED_PROPERTY, System.nanoTime());
        Random random = new Random(seed);
        List<byte[]> all = new ArrayList<>();
        seeds.forEach(s -> all.add(s.data()));
        long end = System.nanoTime() + (long) (seconds() * 1e9);
        int runs = 0;
        do {
            byte[] mutant = mutator.mutate(all.get(random.nextInt(all.size())), random, all);
            try {
                check(mutant, target);
            } catch (AssertionError e) {
                throw new AssertionError(name + " (fuzz.seed=" + seed + ", run " + runs + "): " + e.getMessage(),
                        e.getCause());
            }
            runs++;
        } while (System.nanoTime() < end);
        System.out.println("FUZZ " + name + ": " + runs + " inputs in " + seconds() + " s, fuzz.seed=" + seed);
        return runs;
    }

    private AssertionError fail(byte[] input, String problem, Throwable cause) {
        String sha = sha256(input);
        Path file = Path.of("target", "fuzz-findings", name, sha + ".bin");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, input);
        } catch (IOException e) {
            // the assertion below still names the input by its hash
        }
        AssertionError error = new AssertionError(name + ": " + problem + " on input sha256=" + sha
                + " (" + input.length + " bytes, saved to " + file + ")");
        if (cause != null) {
            error.initCause(cause);
        }
        return error;
    }

    private static String sha256(byte[] input) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
