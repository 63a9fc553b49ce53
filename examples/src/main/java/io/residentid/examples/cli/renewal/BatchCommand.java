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
import io.residentid.examples.cli.CliCommand;
import io.residentid.examples.cli.CliException;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.ExitCodes;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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
final class BatchCommand extends CliCommand {

    static final int MAX_LINE = 4096;
    static final int MAX_REPORTED_ERRORS = 1000;
    private static final int PROGRESS_EVERY = 50_000;
    private static final int CHUNK = 4096;
    private static final Messages MESSAGES = Messages.forPackageOf(BatchCommand.class);

    @Option(names = "--in", required = true, paramLabel = "CSV", description = "Input CSV with a header line.")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "JSONL", description = "Output file, one JSON object per line.")
    Path out;

    @Mixin
    AssessmentDateOption assessmentDate;

    @Option(names = "--rejects", paramLabel = "CSV",
            description = "Write every skipped row here (CSV: line, row, code, message), not just the first 1,000 on stderr.")
    Path rejects;

    @Mixin
    RulePackFilesOption rulePacks;

    private enum Column { ID, COUNTRY, EXPIRY, HIJRI_EXPIRY, VALIDITY, OFFENCES, SPONSOR_CATEGORY }

    @Override
    public Integer call() throws IOException, InterruptedException {
        CliOutput cli = output();
        PrintWriter err = cli.err();
        Locale locale = cli.locale();
        LocalDate date = assessmentDate.date();
        boolean progress = System.console() != null;
        long inputSize = Files.isRegularFile(in) ? Files.size(in) : -1;
        RenewalCalculator calculator = rulePacks.calculator(cli);
        SafeOutput.refuseSameFile(in, out, MESSAGES, locale);
        if (rejects != null) {
            SafeOutput.refuseSameFile(in, rejects, MESSAGES, locale);
            SafeOutput.refuseSameFile(out, rejects, MESSAGES, locale);
        }
        long[] byStatus = new long[RenewalStatus.values().length];
        long rows = 0;
        long ok = 0;
        long bad = 0;
        long started = System.nanoTime();
        Reader reader;
        try {
            reader = new InputStreamReader(Files.newInputStream(in), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw CliException.usage(MESSAGES.get(locale, "batch.inputMissing", in));
        }
        // Output goes to temporary files beside the targets, renamed into place only when the batch completes:
        // a failure never leaves a half-written output, and the input is never truncated.
        SafeOutput output;
        SafeOutput rejected = null;
        OutputStream fileOut;
        PrintWriter rejectsOut = null;
        try {
            output = SafeOutput.create(out);
            fileOut = new BufferedOutputStream(output.stream(), 1 << 16);
            if (rejects != null) {
                rejected = SafeOutput.create(rejects);
                rejectsOut = new PrintWriter(new java.io.OutputStreamWriter(rejected.stream(), StandardCharsets.UTF_8));
                rejectsOut.print("line,row,code,message\r\n");
            }
        } catch (IOException e) {
            reader.close();
            throw CliException.environment(MESSAGES.get(locale, "batch.outputUnwritable", out, e.getMessage()), e);
        }
        boolean completed = false;
        // Ordered pipeline: this thread reads chunks of rows, workers assess and serialize them, this thread
        // writes finished chunks in input order. At most MAX_PENDING chunks are in flight: bounded memory.
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "renewal-batch");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<Chunk>> pending = new ArrayDeque<>();
        int maxPending = workers * 2;
        try (reader; fileOut) {
            BoundedLineReader lines = new BoundedLineReader(reader, MAX_LINE);
            String header = lines.readLine();
            if (header == null || header == BoundedLineReader.TOO_LONG) {
                throw CliException.usage(MESSAGES.get(locale, "batch.headerMissing"));
            }
            String cleanHeader = header.startsWith("\uFEFF") ? header.substring(1) : header;
            int[] index = header(cleanHeader, locale);
            int columns = cleanHeader.split(",", -1).length;
            long lineNumber = 1;
            boolean eof = false;
            while (!eof || !pending.isEmpty()) {
                if (!eof && pending.size() < maxPending) {
                    String[] chunkLines = new String[CHUNK];
                    long[] numbers = new long[CHUNK];
                    int n = 0;
                    while (n < CHUNK) {
                        String line = lines.readLine();
                        if (line == null) {
                            eof = true;
                            break;
                        }
                        lineNumber++;
                        if (line != BoundedLineReader.TOO_LONG && line.isBlank()) {
                            continue;
                        }
                        chunkLines[n] = line;
                        numbers[n++] = lineNumber;
                    }
                    if (progress) {
                        long read = lineNumber - 1;
                        if (read / PROGRESS_EVERY != (read - n) / PROGRESS_EVERY || eof) {
                            err.print("\r" + progressBar(lines.consumed(), inputSize) + " "
                                    + MESSAGES.get(locale, "batch.progress", String.valueOf(read)));
                            err.flush();
                        }
                    }
                    if (n > 0) {
                        int size = n;
                        pending.add(pool.submit(() -> process(calculator, chunkLines, numbers, size, columns,
                                index, date)));
                    }
                    continue;
                }
                Chunk chunk = await(pending.poll());
                fileOut.write(chunk.json, 0, chunk.length);
                for (int i = 0; i < chunk.errors.size(); i++) {
                    bad++;
                    if (bad <= MAX_REPORTED_ERRORS) {
                        err.println(MESSAGES.get(locale, "batch.badRow", String.valueOf(chunk.errorLines[i]),
                                chunk.errors.get(i)));
                    }
                    if (rejectsOut != null) {
                        rejectsOut.print(chunk.errorLines[i] + "," + SafeOutput.csv(chunk.errorRows.get(i)) + ","
                                + chunk.errorCodes.get(i) + "," + SafeOutput.csv(chunk.errors.get(i)) + "\r\n");
                    }
                }
                for (int i = 0; i < byStatus.length; i++) {
                    byStatus[i] += chunk.byStatus[i];
                    ok += chunk.byStatus[i];
                }
                rows += chunk.rows;
            }
            fileOut.flush();
            if (rejectsOut != null) {
                rejectsOut.flush();
                if (rejectsOut.checkError()) {
                    throw new IOException(rejects + ": write failed");
                }
            }
            completed = true;
        } catch (IOException e) {
            throw CliException.environment(MESSAGES.get(locale, "batch.ioError", e.getMessage()), e);
        } finally {
            pending.forEach(f -> f.cancel(true));
            pool.shutdownNow();
            if (rejectsOut != null) {
                rejectsOut.close();
            }
            if (!completed) {
                output.discard();
                if (rejected != null) {
                    rejected.discard();
                }
            }
        }
        try {
            output.commit();
            if (rejected != null) {
                rejected.commit();
            }
        } catch (IOException e) {
            output.discard();
            if (rejected != null) {
                rejected.discard();
            }
            throw CliException.environment(MESSAGES.get(locale, "batch.outputUnwritable", out, e.getMessage()), e);
        }
        if (progress) {
            err.println();
        }
        if (bad > MAX_REPORTED_ERRORS) {
            err.println(MESSAGES.get(locale, "batch.moreBadRows", String.valueOf(bad - MAX_REPORTED_ERRORS)));
        }
        StringJoiner statuses = new StringJoiner(", ");
        for (RenewalStatus s : RenewalStatus.values()) {
            if (byStatus[s.ordinal()] > 0) {
                statuses.add(s.name() + "=" + byStatus[s.ordinal()]);
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        err.println(MESSAGES.get(locale, "batch.summary", String.valueOf(rows), String.valueOf(ok),
                String.valueOf(bad), String.valueOf(millis), statuses.toString()));
        err.flush();
        return bad == 0 ? ExitCodes.OK : ExitCodes.INVALID;
    }

    /** {@code [##########----------]  50%}; just the counter when the input size is unknown. */
    static String progressBar(long done, long total) {
        if (total <= 0) {
            return "";
        }
        int percent = (int) Math.min(100, done * 100 / total);
        int filled = percent / 5;
        return "[" + "#".repeat(filled) + "-".repeat(20 - filled) + "] " + String.format("%3d%%", percent);
    }

    private static Chunk await(Future<Chunk> future) throws InterruptedException, IOException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** A finished chunk: its JSON Lines (UTF-8), its skipped rows and counts. */
    private static final class Chunk {
        byte[] json;
        int length;
        int rows;
        final long[] byStatus = new long[RenewalStatus.values().length];
        final List<String> errors = new ArrayList<>();
        final List<String> errorRows = new ArrayList<>();
        final List<String> errorCodes = new ArrayList<>();
        long[] errorLines = new long[0];
    }

    /** Stream that hands out its buffer without a copy. */
    private static final class Buffer extends ByteArrayOutputStream {
        Buffer(int size) {
            super(size);
        }

        byte[] array() {
            return buf;
        }
    }

    private static Chunk process(RenewalCalculator calculator, String[] lines, long[] numbers, int size,
                                 int columns, int[] index, LocalDate date) throws IOException {
        Chunk chunk = new Chunk();
        chunk.rows = size;
        long[] errorLines = new long[size];
        Buffer buffer = new Buffer(size * 600);
        AssessmentWriter writer = new AssessmentWriter(Locale.ROOT, false);
        String[] cells = new String[columns];
        try (JsonGenerator g = ResidentIdJson.mapper().getFactory().createGenerator(buffer)) {
            g.setRootValueSeparator(null);
            for (int r = 0; r < size; r++) {
                String line = lines[r];
                try {
                    if (line == BoundedLineReader.TOO_LONG) {
                        throw new IllegalArgumentException("line longer than " + MAX_LINE + " characters");
                    }
                    split(line, cells);
                    RenewalAssessment a = assess(calculator, cells, index, date);
                    g.writeStartObject();
                    g.writeNumberField("line", numbers[r]);
                    String id = cell(cells, index, Column.ID);
                    if (id != null) {
                        g.writeStringField("id", id);
                    }
                    writer.fields(g, a);
                    g.writeEndObject();
                    g.writeRaw('\n');
                    chunk.byStatus[a.status().ordinal()]++;
                } catch (IllegalArgumentException | java.time.DateTimeException e) {
                    errorLines[chunk.errors.size()] = numbers[r];
                    chunk.errors.add(oneLine(e.getMessage()));
                    chunk.errorRows.add(line == BoundedLineReader.TOO_LONG ? "" : line);
                    chunk.errorCodes.add(line == BoundedLineReader.TOO_LONG ? "LINE_TOO_LONG"
                            : e instanceof java.time.DateTimeException ? "INVALID_DATE" : "INVALID_ROW");
                }
            }
        }
        chunk.errorLines = errorLines;
        chunk.json = buffer.array();
        chunk.length = buffer.size();
        return chunk;
    }

    private static int[] header(String header, Locale locale) {
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
                throw CliException.usage(MESSAGES.get(locale, "batch.unknownColumn", oneLine(cols[i])));
            }
            if (index[c.ordinal()] >= 0) {
                throw CliException.usage(MESSAGES.get(locale, "batch.duplicateColumn", name));
            }
            index[c.ordinal()] = i;
        }
        if (index[Column.COUNTRY.ordinal()] < 0
                || index[Column.EXPIRY.ordinal()] < 0 && index[Column.HIJRI_EXPIRY.ordinal()] < 0) {
            throw CliException.usage(MESSAGES.get(locale, "batch.headerIncomplete"));
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
        IssuingCountry country = COUNTRY_CODES.get(cc);
        if (country == null) {
            country = IssuingCountry.of(cc); // alpha-3, numeric or lower case: the slower general lookup
        }
        String expiry = cell(cells, index, Column.EXPIRY);
        String hijri = cell(cells, index, Column.HIJRI_EXPIRY);
        LocalDate exp;
        if (expiry != null) {
            try {
                exp = isoDate(expiry);
            } catch (java.time.DateTimeException e) {
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

    private static final Map<String, IssuingCountry> COUNTRY_CODES = new HashMap<>();

    static {
        for (IssuingCountry c : IssuingCountry.values()) {
            COUNTRY_CODES.put(c.alpha2(), c);
        }
    }

    /** {@code YYYY-MM-DD} without the formatter machinery (the batch parses millions); other forms fall back. */
    static LocalDate isoDate(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int y = digits(s, 0, 4);
            int m = digits(s, 5, 7);
            int d = digits(s, 8, 10);
            if (y >= 0 && m >= 0 && d >= 0) {
                return LocalDate.of(y, m, d);
            }
        }
        return LocalDate.parse(s);
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replaceAll("[\\p{Cntrl}]", "?");
        return t.length() > 120 ? t.substring(0, 120) + "…" : t;
    }
}
