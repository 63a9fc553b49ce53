package io.residentid.benchmarks;

import io.residentid.kyc.names.NameMatchResult;
import io.residentid.kyc.names.NameMatcher;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Name matching throughput (target: at least 200,000 matches per second on one core). Each invocation compares the
 * next pair of a rotating mix a KYC check meets: chip MRZ against Arabic DG11, typed Latin against MRZ, Arabic
 * against Arabic, compound names, missing middle names and different people.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar NameMatch -f 1 -wi 2 -w 1s -i 3 -r 1s -t 1</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class NameMatchBenchmark {

    private static final String[][] PAIRS = {
        {"KUMAR<<RAVI", "رافي كومار"},
        {"Ravi Kumar", "KUMAR<<RAVI<<<<<<<<<<<<<<<<<<<<<<<<<<<<"},
        {"ALHAMMADI<<MOHAMMED<ABDULLA<AHMED", "محمد عبدالله أحمد الحمادي"},
        {"Abdul Rahman Al-Otaibi", "عبد الرحمن العتيبي"},
        {"Mohammed bin Rashid Al Maktoum", "Muhammad Rashid Maktoum"},
        {"Youssef Ahmad Hassan", "يوسف أحمد حسن"},
        {"Maria Cristina Dela Cruz", "Ma. Cristina Delacruz"},
        {"Fatima Zainab Hussain", "Fatemah Zeinab Hussein"},
        {"Ahmed Hassan", "Khalid Saeed"},
        {"محمد علي حسن", "محمد علي حسين"},
    };

    private NameMatcher matcher;
    private int next;

    @Setup
    public void setUp() {
        matcher = NameMatcher.getInstance();
        for (String[] pair : PAIRS) {
            matcher.match(pair[0], pair[1]);
        }
    }

    /** Rotates through the mix above. */
    @Benchmark
    public NameMatchResult matchMixed() {
        int i = next;
        next = i + 1 == PAIRS.length ? 0 : i + 1;
        return matcher.match(PAIRS[i][0], PAIRS[i][1]);
    }

    /** The chip's MRZ name against the Arabic name of DG11: the most common cross-script check. */
    @Benchmark
    public NameMatchResult matchMrzAgainstArabic() {
        return matcher.match(PAIRS[0][0], PAIRS[0][1]);
    }
}
