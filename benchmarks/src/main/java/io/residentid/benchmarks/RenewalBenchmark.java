package io.residentid.benchmarks;

import io.residentid.core.model.IssuingCountry;
import io.residentid.core.renewal.BatchResult;
import io.residentid.core.renewal.RenewalAssessment;
import io.residentid.core.renewal.RenewalCalculator;
import io.residentid.core.renewal.RenewalRequest;
import io.residentid.core.renewal.ResidentFacts;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Renewal assessment throughput (target: at least 500,000 assessments per second on one core).
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar RenewalBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -t 1</pre>
 *
 * The batch command's end-to-end figure (1,000,000 CSV rows, -Xmx256m) is measured with
 * {@link RenewalCsvGenerator} and the CLI jar; see the class description there.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RenewalBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2027, 8, 9);
    private static final IssuingCountry[] COUNTRIES = IssuingCountry.values();

    private RenewalCalculator calculator;
    private ResidentFacts facts;
    private LocalDate[] expiries;
    private int next;

    @Setup
    public void setUp() {
        calculator = RenewalCalculator.bundled();
        facts = ResidentFacts.builder().inCountry(true).unpaidFines(false).sponsoredWorker(true)
                .workContractValid(true).recentPhoto(true).fingerprintsOnFile(true).sponsorCategory("COMPANY")
                .priorOffences(0).build();
        expiries = new LocalDate[64];
        for (int i = 0; i < expiries.length; i++) {
            expiries[i] = TODAY.plusDays(i * 7L - 200); // from 200 days expired to 240 days ahead
        }
        RenewalAssessment check = calculator.assess(IssuingCountry.OMAN, LocalDate.of(2027, 6, 30), facts, TODAY);
        if (!"10.000".equals(check.total().plain())) {
            throw new IllegalStateException("unexpected benchmark assessment " + check.total());
        }
    }

    /** The Oman demo card forty days after expiry: fee, monthly fine, six conditions, six documents. */
    @Benchmark
    public RenewalAssessment assessOmanOverdue() {
        return calculator.assess(IssuingCountry.OMAN, LocalDate.of(2027, 6, 30), facts, TODAY);
    }

    /** Rotates over the six countries and 64 expiry dates (every status). */
    @Benchmark
    public RenewalAssessment assessMixed() {
        int i = next++;
        return calculator.assess(COUNTRIES[i % COUNTRIES.length], expiries[i & 63], facts, TODAY);
    }

    /** The streaming batch API over 10,000 generated requests per invocation (no I/O). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.SECONDS)
    public long batch10k(Blackhole bh) {
        Iterator<RenewalRequest> requests = new Iterator<>() {
            int n;

            @Override
            public boolean hasNext() {
                return n < 10_000;
            }

            @Override
            public RenewalRequest next() {
                int i = n++;
                return new RenewalRequest(null, COUNTRIES[i % COUNTRIES.length], expiries[i & 63], facts, null);
            }
        };
        return calculator.assessAll(requests, TODAY, (BatchResult r) -> bh.consume(r));
    }
}
