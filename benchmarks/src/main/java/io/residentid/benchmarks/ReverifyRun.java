package io.residentid.benchmarks;

import com.nimbusds.jose.jwk.ECKey;
import io.residentid.kyc.EvidenceRecord;
import io.residentid.kyc.KycEvidence;
import io.residentid.kyc.KycReport;
import io.residentid.kyc.KycVerifier;
import io.residentid.kyc.Reverifier;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Re-verification at scale, outside JMH (a single long run): writes N signed records over {@code cases} chip-evidence
 * directories, then streams them through {@link Reverifier} and prints the time and the peak heap. Run with a
 * bounded heap, e.g. {@code java -Xmx256m -cp benchmarks.jar io.residentid.benchmarks.ReverifyRun 1000000 DIR}.
 */
public final class ReverifyRun {

    private ReverifyRun() {
    }

    /**
     * Runs it.
     *
     * @param args record count, work directory [, number of distinct cases (default 100)]
     */
    public static void main(String[] args) throws Exception {
        long n = Long.parseLong(args[0]);
        Path dir = Path.of(args[1]);
        int cases = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        KycFixture f = new KycFixture();
        KycVerifier verifier = KycVerifier.builder().trust(f.trust).build();
        ECKey bank = EvidenceRecord.generateKey();
        Path root = dir.resolve("evidence");
        Path records = dir.resolve("records.jsonl");
        long t0 = System.nanoTime();
        String[] signed = new String[cases];
        for (int i = 0; i < cases; i++) {
            f.chip.write(root.resolve("case-" + i));
            KycReport r = verifier.verify(KycEvidence.builder().chip(f.chip).caseId("case-" + i).build());
            signed[i] = EvidenceRecord.sign(r, bank);
        }
        try (BufferedWriter w = Files.newBufferedWriter(records, StandardCharsets.US_ASCII)) {
            for (long i = 0; i < n; i++) {
                w.write(signed[(int) (i % cases)]);
                w.newLine();
            }
        }
        long t1 = System.nanoTime();
        System.out.printf("wrote %d records (%d MB) over %d cases in %.1f s%n", n, Files.size(records) >> 20, cases,
                (t1 - t0) / 1e9);
        AtomicLong changed = new AtomicLong();
        Reverifier.Summary s = Reverifier.of(verifier, root, bank.toPublicJWK()).reverify(records,
                c -> changed.incrementAndGet(), done -> {
                    if (done % 100_000 == 0) {
                        System.out.printf("  %d records, %.1f s%n", done, (System.nanoTime() - t1) / 1e9);
                    }
                });
        long t2 = System.nanoTime();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("re-verified %d records in %.1f s (%.0f records/s), %d changed; max heap %d MB, "
                + "peak heap used (sum of pools) %d MB%n", s.records(), (t2 - t1) / 1e9, s.records() / ((t2 - t1) / 1e9),
                s.changed(), Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
    }
}
