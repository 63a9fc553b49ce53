package io.residentid.examples.cli.renewal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.residentid.core.json.ResidentIdJson;
import io.residentid.core.model.HijriDates;
import io.residentid.core.model.IssuingCountry;
import io.residentid.core.renewal.RenewalAssessment;
import io.residentid.core.renewal.RenewalCalculator;
import io.residentid.core.renewal.RenewalStatus;
import io.residentid.core.renewal.ResidentFacts;
import io.residentid.core.report.Messages;
import io.residentid.examples.cli.CliException;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.ExitCodes;
import io.residentid.examples.cli.ResidentIdCli;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code resident-id renewal batch}: streams a CSV of residents into JSON Lines, one assessment per row, in
 * constant memory. Bad rows are reported on stderr with their line number and skipped.
 *
 * <p>CSV: a header line naming the columns, in any order: {@code country} (required), {@code expiry} or
 * {@code hijriExpiry} (one required per row), and optional {@code id}, {@code validity} (ISO period),
 * {@code offences} (earlier offences), {@code sponsorCategory}. Plain comma-separated values, no quoting.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Assess every resident of a CSV file into JSON Lines, streaming with bounded memory.")
final class BatchCommand implements Callable<Integer> {

    static final int MAX_LINE = 4096;
    static final int MAX_REPORTED_ERRORS = 1000;
    private static final int PROGRESS_EVERY = 50_000;
    private static final Messages MESSAGES = Messages.forPackageOf(BatchCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "CSV", description = "Input CSV with a header line.")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "JSONL", description = "Output file, one JSON object per line.")
    Path out;

    @Option(names = "--today", paramLabel = "DATE", description = "Assessment date (default: today).")
    LocalDate today;

    private enum Column { ID, COUNTRY, EXPIRY, HIJRI_EXPIRY, VALIDITY, OFFENCES, SPONSOR_CATEGORY }

    @Override
    public Integer call() throws IOException {
        CliOutput cli = ResidentIdCli.output(spec);
        PrintWriter err = cli.err();
        Locale locale = cli.locale();
        LocalDate date = today != null ? today : LocalDate.now();
        boolean progress = System.console() != null;
        RenewalCalculator calculator = RenewalCalculator.bundled();
        AssessmentWriter writer = new AssessmentWriter(locale, false);
        Map<RenewalStatus, Long> byStatus = new EnumMap<>(RenewalStatus.class);
        long rows = 0;
        long ok = 0;
        long bad = 0;
        long started = System.nanoTime();
        Reader reader;
        try {
            reader = new InputStreamReader(Files.newInputStream(in), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw CliException.usage("input file not found: " + in);
        }
        Writer fileOut;
        try {
            fileOut = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8),
                    1 << 16);
        } catch (IOException e) {
            reader.close();
            throw CliException.environment("cannot write " + out + ": " + e.getMessage(), e);
        }
        try (reader; fileOut; JsonGenerator g = ResidentIdJson.mapper().getFactory().createGenerator(fileOut)) {
            g.setRootValueSeparator(null);
            BoundedLineReader lines = new BoundedLineReader(reader, MAX_LINE);
            String header = lines.readLine();
            if (header == null || header == BoundedLineReader.TOO_LONG) {
                throw CliException.usage("line 1: missing or overlong CSV header");
            }
            int[] index = header(header.startsWith("\uFEFF") ? header.substring(1) : header);
            int columns = header.split(",", -1).length;
            String line;
            long lineNumber = 1;
            String[] cells = new String[columns];
            while ((line = lines.readLine()) != null) {
                lineNumber++;
                if (line != BoundedLineReader.TOO_LONG && line.isBlank()) {
                    continue;
                }
                rows++;
                try {
                    if (line == BoundedLineReader.TOO_LONG) {
                        throw new IllegalArgumentException("line longer than " + MAX_LINE + " characters");
                    }
                    split(line, cells);
                    RenewalAssessment a = assess(calculator, cells, index, date);
                    g.writeStartObject();
                    g.writeNumberField("line", lineNumber);
                    String id = cell(cells, index, Column.ID);
                    if (id != null) {
                        g.writeStringField("id", id);
                    }
                    writer.fields(g, a);
                    g.writeEndObject();
                    g.writeRaw('\n');
                    ok++;
                    byStatus.merge(a.status(), 1L, Long::sum);
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    bad++;
                    if (bad <= MAX_REPORTED_ERRORS) {
                        err.println(MESSAGES.get(locale, "batch.badRow", lineNumber, oneLine(e.getMessage())));
                    }
                }
                if (progress && rows % PROGRESS_EVERY == 0) {
                    err.print("\r" + MESSAGES.get(locale, "batch.progress", rows));
                    err.flush();
                }
            }
        } catch (IOException e) {
            throw CliException.environment("I/O error in batch: " + e.getMessage(), e);
        }
        if (progress) {
            err.println();
        }
        if (bad > MAX_REPORTED_ERRORS) {
            err.println(MESSAGES.get(locale, "batch.moreBadRows", bad - MAX_REPORTED_ERRORS));
        }
        StringJoiner statuses = new StringJoiner(", ");
        byStatus.forEach((s, n) -> statuses.add(s.name() + "=" + n));
        long millis = (System.nanoTime() - started) / 1_000_000;
        err.println(MESSAGES.get(locale, "batch.summary", String.valueOf(rows), String.valueOf(ok),
                String.valueOf(bad), String.valueOf(millis), statuses.toString()));
        err.flush();
        return bad == 0 ? ExitCodes.OK : ExitCodes.INVALID;
    }

    private static int[] header(String header) {
        int[] index = new int[Column.values().length];
        java.util.Arrays.fill(index, -1);
        Map<String, Column> names = new HashMap<>();
        names.put("id", Column.ID);
        names.put("country", Column.COUNTRY);
        names.put("expiry", Column.EXPIRY);
        names.put("hijriexpiry", Column.HIJRI_EXPIRY);
        names.put("validity", Column.VALIDITY);
        names.put("offences", Column.OFFENCES);
        names.put("sponsorcategory", Column.SPONSOR_CATEGORY);
        String[] cols = header.split(",", -1);
        for (int i = 0; i < cols.length; i++) {
            String name = cols[i].strip().toLowerCase(Locale.ROOT);
            Column c = names.get(name);
            if (c == null) {
                throw CliException.usage("line 1: unknown CSV column '" + oneLine(cols[i]) + "' (expected "
                        + "id, country, expiry, hijriExpiry, validity, offences, sponsorCategory)");
            }
            if (index[c.ordinal()] >= 0) {
                throw CliException.usage("line 1: duplicate CSV column '" + name + "'");
            }
            index[c.ordinal()] = i;
        }
        if (index[Column.COUNTRY.ordinal()] < 0
                || index[Column.EXPIRY.ordinal()] < 0 && index[Column.HIJRI_EXPIRY.ordinal()] < 0) {
            throw CliException.usage("line 1: the CSV header needs country and expiry (or hijriExpiry)");
        }
        return index;
    }

    private static void split(String line, String[] cells) {
        int start = 0;
        int i = 0;
        for (; i < cells.length; i++) {
            int comma = line.indexOf(',', start);
            if (comma < 0) {
                cells[i] = line.substring(start).strip();
                i++;
                break;
            }
            cells[i] = line.substring(start, comma).strip();
            start = comma + 1;
            if (i == cells.length - 1) {
                throw new IllegalArgumentException("more than " + cells.length + " columns");
            }
        }
        if (i != cells.length) {
            throw new IllegalArgumentException("expected " + cells.length + " columns, found " + i);
        }
        for (String c : cells) {
            if (c.indexOf('"') >= 0) {
                throw new IllegalArgumentException("quoted values are not supported");
            }
        }
    }

    private static String cell(String[] cells, int[] index, Column c) {
        int i = index[c.ordinal()];
        if (i < 0) {
            return null;
        }
        String v = cells[i];
        return v.isEmpty() ? null : v;
    }

    private static RenewalAssessment assess(RenewalCalculator calculator, String[] cells, int[] index,
                                            LocalDate date) {
        String cc = cell(cells, index, Column.COUNTRY);
        if (cc == null) {
            throw new IllegalArgumentException("country missing");
        }
        IssuingCountry country = IssuingCountry.of(cc);
        String expiry = cell(cells, index, Column.EXPIRY);
        String hijri = cell(cells, index, Column.HIJRI_EXPIRY);
        LocalDate exp;
        if (expiry != null) {
            try {
                exp = LocalDate.parse(expiry);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("expiry is not an ISO date: '" + oneLine(expiry) + "'");
            }
        } else if (hijri != null) {
            exp = HijriDates.parseToGregorian(hijri);
        } else {
            throw new IllegalArgumentException("expiry missing");
        }
        Period validity = null;
        String v = cell(cells, index, Column.VALIDITY);
        if (v != null) {
            try {
                validity = Period.parse(v);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("validity is not an ISO period: '" + oneLine(v) + "'");
            }
        }
        ResidentFacts facts = ResidentFacts.none();
        String offences = cell(cells, index, Column.OFFENCES);
        String category = cell(cells, index, Column.SPONSOR_CATEGORY);
        if (offences != null || category != null) {
            ResidentFacts.Builder b = ResidentFacts.builder();
            if (offences != null) {
                try {
                    b.priorOffences(Integer.parseInt(offences));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("offences is not a number: '" + oneLine(offences) + "'");
                }
            }
            if (category != null) {
                b.sponsorCategory(category.toUpperCase(Locale.ROOT));
            }
            facts = b.build();
        }
        return calculator.assess(country, exp, facts, date, validity);
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replaceAll("[\\p{Cntrl}]", "?");
        return t.length() > 120 ? t.substring(0, 120) + "…" : t;
    }
}
