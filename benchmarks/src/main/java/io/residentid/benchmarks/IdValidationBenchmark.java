package io.residentid.benchmarks;

import io.residentid.core.id.IdNumberValidator;
import io.residentid.core.id.IdValidationResult;
import io.residentid.core.model.IssuingCountry;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Identifier validation throughput (target: at least 5,000,000 validations per second on one core). Each
 * invocation validates the next number of a rotating mix of valid Saudi, Emirates and Kuwait numbers, with the
 * system clock, as an application would.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar IdValidation -f 1 -wi 3 -w 1s -i 5 -r 1s -t 1</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class IdValidationBenchmark {

    private static final String[] NUMBERS = {
        "2345678904", "784198530564123", "285021501236",
        "1000000008", "784-1952-0464048-6", "291030104196",
    };

    private IdNumberValidator[] validators;
    private IdNumberValidator saudi;
    private int next;

    @Setup
    public void setUp() {
        IssuingCountry[] countries = {
            IssuingCountry.SAUDI_ARABIA, IssuingCountry.UNITED_ARAB_EMIRATES, IssuingCountry.KUWAIT,
        };
        validators = new IdNumberValidator[NUMBERS.length];
        for (int i = 0; i < NUMBERS.length; i++) {
            validators[i] = IdNumberValidator.builder(countries[i % 3]).clock(Clock.systemUTC()).build();
            if (!validators[i].validate(NUMBERS[i]).isValid()) {
                throw new IllegalStateException("benchmark number is not valid: index " + i);
            }
        }
        saudi = validators[0];
    }

    /** Rotates through valid SA, AE (plain and dashed) and KW numbers. */
    @Benchmark
    public IdValidationResult validateMixed() {
        int i = next;
        next = i + 1 == NUMBERS.length ? 0 : i + 1;
        return validators[i].validate(NUMBERS[i]);
    }

    /** One valid Saudi Iqama number: the cheapest complete check (Luhn over 10 digits). */
    @Benchmark
    public IdValidationResult validateSaudi() {
        return saudi.validate("2345678904");
    }

    /** A mistyped Saudi number: the error path with its finding. */
    @Benchmark
    public IdValidationResult validateSaudiMistyped() {
        return saudi.validate("2354678904");
    }
}
