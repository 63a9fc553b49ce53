package io.residentid.core.mrz;

import io.residentid.core.model.Nationality;
import io.residentid.core.model.Sex;
import io.residentid.core.report.Finding;
import io.residentid.core.report.Messages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads machine-readable zones (ICAO 9303 Parts 3-5: TD1, TD2, TD3) from text as OCR engines, scanners and people
 * produce it. Immutable and thread-safe; configure with {@link #builder()} or use {@link Mrz#parse(CharSequence)}.
 *
 * <pre>{@code
 * MrzParser parser = MrzParser.builder().clock(clock).build();
 * Mrz mrz = parser.parse(ocrText);          // MrzParseException when the text is no MRZ at all
 * if (!mrz.valid()) { mrz.findings() ... }  // failed check digits are a result, not an exception
 * }</pre>
 *
 * <p>Input: any case; spaces, tabs and line breaks anywhere; lines split or joined. The format follows from the
 * number of MRZ characters (90 TD1, 72 TD2, 88 TD3); when the text has the format's number of lines, each must
 * have the format's length. At most {@value #MAX_INPUT_CHARS} characters are read.
 */
public final class MrzParser {

    /** Longest text accepted, whitespace included. */
    public static final int MAX_INPUT_CHARS = 1024;

    static final Messages MESSAGES = Messages.forPackageOf(MrzParser.class);

    private static final MrzParser DEFAULT = builder().build();

    private final Clock clock;
    private final boolean ocrRepair;

    private MrzParser(Clock clock, boolean ocrRepair) {
        this.clock = clock;
        this.ocrRepair = ocrRepair;
    }

    /** {@return a builder: system clock, OCR repair on} */
    public static Builder builder() {
        return new Builder();
    }

    static MrzParser defaultParser() {
        return DEFAULT;
    }

    /**
     * Parses an MRZ.
     *
     * @param text the MRZ lines, joined or separated by line breaks
     * @return the parsed MRZ, valid or with findings
     * @throws MrzParseException when the text cannot be read as an MRZ (empty, too long, illegal characters, null
     *                           bytes, wrong length)
     */
    public Mrz parse(CharSequence text) {
        return parseLines(MrzInput.read(text));
    }

    /**
     * Parses an MRZ given as separate lines (each may itself hold several MRZ lines, or part of one).
     *
     * @throws MrzParseException as {@link #parse(CharSequence)}
     * @param lines the MRZ lines, in order
     * @return the parsed MRZ, with its findings
     */
    public Mrz parse(List<? extends CharSequence> lines) {
        if (lines == null || lines.isEmpty()) {
            throw new MrzParseException(MrzParseException.Reason.EMPTY);
        }
        StringBuilder sb = new StringBuilder();
        for (CharSequence line : lines) {
            if (line == null) {
                continue;
            }
            if (sb.length() + line.length() + 1 > MAX_INPUT_CHARS) {
                throw new MrzParseException(MrzParseException.Reason.TOO_LONG,
                        String.valueOf(sb.length() + line.length() + 1), String.valueOf(MAX_INPUT_CHARS));
            }
            sb.append(line).append('\n');
        }
        return parse(sb);
    }

    Mrz parseLines(char[][] lines) {
        MrzLayout layout = lines.length == 3 ? MrzLayout.TD1
                : lines[0].length == MrzFormat.TD2.lineLength() ? MrzLayout.TD2 : MrzLayout.TD3;
        List<MrzCorrection> corrections = ocrRepair ? OcrRepair.repair(lines, layout) : List.of();
        return read(lines, layout, corrections, LocalDate.now(clock));
    }

    private static Mrz read(char[][] lines, MrzLayout layout, List<MrzCorrection> corrections, LocalDate today) {
        char[] data = lines[layout.dataLine];
        List<Finding> findings = new ArrayList<>(4);

        MrzLayout.NumberSpan span = layout.numberSpan(lines);
        String documentNumber;
        if (span.isLong()) {
            documentNumber = new String(lines[layout.numberLine], layout.numberStart, 9)
                    + new String(lines[layout.optionalLine], span.continuationStart(),
                    span.continuationEnd() - span.continuationStart());
        } else {
            documentNumber = trimmed(lines[layout.numberLine], layout.numberStart, 9);
        }
        boolean numberOk = lines[span.checkLine()][span.checkPosition()]
                == '0' + OcrRepair.numberCheck(lines, layout, span);

        String optional1;
        String optional2 = null;
        Boolean personalOk = null;
        if (layout.personalCheck >= 0) {
            optional1 = trimmed(data, layout.optionalStart, layout.optionalLength);
            char check = data[layout.personalCheck];
            personalOk = optional1.isEmpty() && (check == '<' || check == '0')
                    || check == '0' + MrzCheckDigit.of(data, layout.optionalStart, layout.personalCheck);
        } else {
            int end = layout.optionalStart + layout.optionalLength;
            optional1 = trimmed(lines[layout.optionalLine], span.optionalDataStart(), end - span.optionalDataStart());
            if (layout.optional2Start >= 0) {
                optional2 = trimmed(data, layout.optional2Start, layout.optional2Length);
            }
        }

        LocalDate birth = MrzDates.birth(data, layout.birthStart, today);
        boolean birthOk = data[layout.birthCheck] == '0' + MrzCheckDigit.of(data, layout.birthStart, layout.birthCheck);
        LocalDate expiry = MrzDates.expiry(data, layout.expiryStart, today);
        boolean expiryOk = data[layout.expiryCheck]
                == '0' + MrzCheckDigit.of(data, layout.expiryStart, layout.expiryCheck);
        boolean compositeOk = data[layout.composite] == '0' + OcrRepair.compositeValue(lines, layout);

        if (!numberOk) {
            findings.add(finding(MrzFindingCode.CHECK_DIGIT_DOCUMENT_NUMBER));
        }
        if (!birthOk) {
            findings.add(finding(MrzFindingCode.CHECK_DIGIT_DATE_OF_BIRTH));
        }
        if (!expiryOk) {
            findings.add(finding(MrzFindingCode.CHECK_DIGIT_DATE_OF_EXPIRY));
        }
        if (personalOk != null && !personalOk) {
            findings.add(finding(MrzFindingCode.CHECK_DIGIT_PERSONAL_NUMBER));
        }
        if (!compositeOk) {
            findings.add(finding(MrzFindingCode.CHECK_DIGIT_COMPOSITE));
        }
        if (birth == null) {
            findings.add(finding(MrzFindingCode.INVALID_DATE, "dateOfBirth", 0));
        }
        if (expiry == null) {
            findings.add(finding(MrzFindingCode.INVALID_DATE, "dateOfExpiry", 1));
        }
        Sex sex = sexOf(data[layout.sex]);
        if (sex == null) {
            findings.add(finding(MrzFindingCode.INVALID_SEX));
        }
        String issuingState = trimmed(lines[0], 2, 3);
        if (!isKnownCountry(issuingState)) {
            findings.add(finding(MrzFindingCode.UNKNOWN_ISSUING_STATE, issuingState));
        }
        String nationality = trimmed(data, layout.nationalityStart, 3);
        if (!isKnownCountry(nationality)) {
            findings.add(finding(MrzFindingCode.UNKNOWN_NATIONALITY, nationality));
        }
        if (expiry != null && expiry.isBefore(today)) {
            findings.add(finding(MrzFindingCode.DOCUMENT_EXPIRED, expiry.toString()));
        }
        for (MrzCorrection c : corrections) {
            findings.add(finding(MrzFindingCode.CORRECTED, c.line(), c.position(), String.valueOf(c.from()),
                    String.valueOf(c.to())));
        }
        String[] names = MrzNames.decode(lines[layout.nameLine], layout.nameStart, layout.nameLength);
        return new Mrz(layout.format, lines, trimmed(lines[0], 0, 2), issuingState, documentNumber, optional1,
                birth, sex, expiry, nationality, optional2, names[0], names[1],
                new MrzCheckDigits(numberOk, birthOk, expiryOk, personalOk, compositeOk), corrections, findings);
    }

    private static boolean isKnownCountry(String code) {
        return Mrz.SPECIMEN_STATE.equals(code) || Nationality.isKnown(code);
    }

    private static Sex sexOf(char c) {
        switch (c) {
            case 'M':
                return Sex.MALE;
            case 'F':
                return Sex.FEMALE;
            case 'X':
            case '<':
                return Sex.UNSPECIFIED;
            default:
                return null;
        }
    }

    private static Finding finding(MrzFindingCode code, Object... args) {
        return Finding.of(MESSAGES, code.name(), code.severity(), args);
    }

    /** {@code line[start, start+length)} without trailing fillers. */
    private static String trimmed(char[] line, int start, int length) {
        int end = start + Math.max(0, length);
        while (end > start && line[end - 1] == '<') {
            end--;
        }
        return new String(line, start, end - start);
    }

    /** Configures a {@link MrzParser}. */
    public static final class Builder {

        private Clock clock = Clock.systemDefaultZone();
        private boolean ocrRepair = true;

        private Builder() {
        }

        /**
         * The clock two-digit years are resolved against, and expiry is judged by (default: system clock).
         *
         * @param clock the clock to read the current date from
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Whether to repair OCR confusions in fields whose check digits confirm the repair (default: on).
         *
         * @param ocrRepair {@code true} to repair confirmed OCR confusions
         * @return this builder
         */
        public Builder ocrRepair(boolean ocrRepair) {
            this.ocrRepair = ocrRepair;
            return this;
        }

        /** {@return the parser with these settings} */
        public MrzParser build() {
            return new MrzParser(clock, ocrRepair);
        }
    }
}
