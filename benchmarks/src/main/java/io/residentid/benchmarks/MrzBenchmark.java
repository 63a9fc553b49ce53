package io.residentid.benchmarks;

import io.residentid.core.model.Sex;
import io.residentid.core.mrz.Mrz;
import io.residentid.core.mrz.MrzFormat;
import io.residentid.core.mrz.MrzParser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * MRZ throughput: TD1 parse with every check digit, date resolution, names and findings (target: at least
 * 500,000 ops/s on one core), plus OCR repair, TD3 and generation for comparison.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar MrzBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -t 1</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MrzBenchmark {

    private static final String TD1 = "I<OMN123456789798765432<<<<<<<\n"
            + "8503149M2706306IND<<<<<<<<<<<0\n"
            + "KUMAR<<RAJESH<<<<<<<<<<<<<<<<<";
    private static final String TD1_OCR_DAMAGED = TD1.replace("8503149M2706306", "85O3149M27O63O6");
    private static final String TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
            + "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

    private final MrzParser parser = MrzParser.builder()
            .clock(Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC)).build();

    @Benchmark
    public Mrz parseTd1() {
        return parser.parse(TD1);
    }

    @Benchmark
    public Mrz parseTd1OcrDamaged() {
        return parser.parse(TD1_OCR_DAMAGED);
    }

    @Benchmark
    public Mrz parseTd3() {
        return parser.parse(TD3);
    }

    @Benchmark
    public Mrz generateTd1() {
        return Mrz.builder(MrzFormat.TD1).issuingState("OMN").documentNumber("123456789").optionalData1("98765432")
                .dateOfBirth(LocalDate.of(1985, 3, 14)).sex(Sex.MALE).dateOfExpiry(LocalDate.of(2027, 6, 30))
                .nationality("IND").primaryIdentifier("KUMAR").secondaryIdentifier("RAJESH").build();
    }
}
