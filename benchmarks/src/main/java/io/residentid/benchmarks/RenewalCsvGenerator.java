package io.residentid.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes a residents CSV for {@code resident-id renewal batch} benchmarks: a header and N rows over the six
 * countries, expiries spread over two years around 2027-08-09, some requested validities, offences and
 * sponsorship categories, and one bad row in 10,000 (unknown country) to exercise the skip path.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.residentid.benchmarks.RenewalCsvGenerator /tmp/residents.csv 1000000
 * /usr/bin/time -v java -Xmx256m -XX:ActiveProcessorCount=2 -jar examples/target/resident-id.jar \
 *     renewal batch --in /tmp/residents.csv --out /tmp/results.jsonl --today 2027-08-09
 * </pre>
 */
public final class RenewalCsvGenerator {

    private static final String[] COUNTRIES = {"OM", "SA", "QA", "AE", "KW", "BH"};
    private static final String[] CATEGORIES = {"FAMILY", "COMPANY", "PERSONAL"};

    private RenewalCsvGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: RenewalCsvGenerator OUT.csv ROWS");
            System.exit(2);
        }
        write(Path.of(args[0]), Long.parseLong(args[1]), 42);
    }

    /** Writes {@code rows} rows (deterministic for a seed). */
    public static void write(Path out, long rows, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate base = LocalDate.of(2026, 8, 9);
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            w.write("id,country,expiry,validity,offences,sponsorCategory\n");
            StringBuilder line = new StringBuilder(64);
            for (long i = 1; i <= rows; i++) {
                line.setLength(0);
                int c = random.nextInt(COUNTRIES.length);
                line.append('R').append(i).append(',');
                line.append(i % 10_000 == 0 ? "XX" : COUNTRIES[c]).append(',');
                line.append(base.plusDays(random.nextInt(730))).append(',');
                if (c == 0 && random.nextInt(4) == 0) {
                    line.append("P2Y");
                }
                line.append(',');
                if (random.nextInt(3) == 0) {
                    line.append(random.nextInt(3));
                }
                line.append(',');
                if (c == 2) {
                    line.append(CATEGORIES[random.nextInt(CATEGORIES.length)]);
                }
                line.append('\n');
                w.append(line);
            }
        }
    }
}
