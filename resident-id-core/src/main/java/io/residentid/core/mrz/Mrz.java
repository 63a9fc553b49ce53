package io.residentid.core.mrz;

import io.residentid.core.model.IdentityDocument;
import io.residentid.core.model.Masking;
import io.residentid.core.model.Person;
import io.residentid.core.model.Sex;
import io.residentid.core.report.Finding;
import io.residentid.core.report.Report;
import io.residentid.core.report.Verdict;
import io.residentid.core.report.Severity;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A machine-readable zone (ICAO 9303 Parts 3-6), parsed or generated: its fields, which check digits hold, the OCR
 * repairs made and coded findings. Immutable and thread-safe.
 *
 * <p>Parse with {@link #parse(CharSequence)} (system clock) or a configured {@link MrzParser}; generate with
 * {@link #builder(MrzFormat)}:
 *
 * <pre>{@code
 * Mrz mrz = Mrz.parse("I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<");
 * mrz.documentNumber();   // D23145890
 * mrz.valid();            // true: every check digit holds
 *
 * List<String> lines = Mrz.builder(MrzFormat.TD1)
 *         .issuingState("OMN").documentNumber("123456789").optionalData1("98765432")
 *         .dateOfBirth(LocalDate.of(1985, 3, 14)).sex(Sex.MALE).dateOfExpiry(LocalDate.of(2027, 6, 30))
 *         .nationality("IND").primaryIdentifier("KUMAR").secondaryIdentifier("RAJESH")
 *         .build().lines();
 * }</pre>
 *
 * <p>Field values have trailing fillers removed. Nullable: {@link #dateOfBirth()}, {@link #dateOfExpiry()} (when
 * the field is not a date), {@link #sex()} (when the field is not a sex code), {@link #optionalData2()} (TD2 and
 * TD3 have none). {@link #toString()} masks personal data; it never prints the lines, names or dates.
 */
public final class Mrz implements Report {

    /** ICAO's fictitious "Utopia", used by every 9303 specimen; not an unknown state. */
    static final String SPECIMEN_STATE = "UTO";

    private final MrzFormat format;
    /** The lines, owned by this object and never exposed (strings are made on demand). */
    private final char[][] lines;
    private final String documentCode;
    private final String issuingState;
    private final String documentNumber;
    private final String optionalData1;
    private final LocalDate dateOfBirth;
    private final Sex sex;
    private final LocalDate dateOfExpiry;
    private final String nationality;
    private final String optionalData2;
    private final String primaryIdentifier;
    private final String secondaryIdentifier;
    private final MrzCheckDigits checkDigits;
    private final List<MrzCorrection> corrections;
    private final List<Finding> findings;
    private final boolean valid;

    Mrz(MrzFormat format, char[][] lines, String documentCode, String issuingState, String documentNumber,
        String optionalData1, LocalDate dateOfBirth, Sex sex, LocalDate dateOfExpiry, String nationality,
        String optionalData2, String primaryIdentifier, String secondaryIdentifier, MrzCheckDigits checkDigits,
        List<MrzCorrection> corrections, List<Finding> findings) {
        this.format = format;
        this.lines = lines;
        this.documentCode = documentCode;
        this.issuingState = issuingState;
        this.documentNumber = documentNumber;
        this.optionalData1 = optionalData1;
        this.dateOfBirth = dateOfBirth;
        this.sex = sex;
        this.dateOfExpiry = dateOfExpiry;
        this.nationality = nationality;
        this.optionalData2 = optionalData2;
        this.primaryIdentifier = primaryIdentifier;
        this.secondaryIdentifier = secondaryIdentifier;
        this.checkDigits = checkDigits;
        this.corrections = List.copyOf(corrections);
        this.findings = List.copyOf(findings);
        boolean ok = true;
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR) {
                ok = false;
                break;
            }
        }
        this.valid = ok;
    }

    /**
     * Parses an MRZ with the system clock and OCR repair on.
     *
     * @throws MrzParseException when the text cannot be read as an MRZ
     * @see MrzParser
     * @param text the two or three MRZ lines
     * @return the parsed MRZ, with its findings
     */
    public static Mrz parse(CharSequence text) {
        return MrzParser.defaultParser().parse(text);
    }

    /**
     * {@return a builder that generates the MRZ lines of a document in the given format}
     *
     * @param format the MRZ format (TD1, TD2 or TD3)
     */
    public static Builder builder(MrzFormat format) {
        return new Builder(format);
    }

    /**
     * A builder pre-filled from a document: issuing state, document number, the personal (civil) number as
     * optional data 1 (TD3: the personal number field), date of expiry and the holder's names, sex, nationality
     * and date of birth. Document code {@code I} (TD1/TD2) or {@code P} (TD3); change it with
     * {@link Builder#documentCode(String)} before {@link Builder#build()}.
     * @param format the MRZ format (TD1, TD2 or TD3)
     * @param document the document to write
     * @return a pre-filled builder
     */
    public static Builder builder(MrzFormat format, IdentityDocument document) {
        Objects.requireNonNull(document, "document");
        Person holder = document.holder();
        return new Builder(format)
                .issuingState(document.issuingCountry().alpha3())
                .documentNumber(document.documentNumber())
                .optionalData1(document.personalNumber())
                .dateOfExpiry(document.dateOfExpiry())
                .primaryIdentifier(holder.primaryIdentifier())
                .secondaryIdentifier(holder.secondaryIdentifier())
                .sex(holder.sex())
                .nationality(holder.nationality().code())
                .dateOfBirth(holder.dateOfBirth());
    }

    /** {@return TD1, TD2 or TD3} */
    public MrzFormat format() {
        return format;
    }

    /** {@return the MRZ lines as read (after OCR repair) or generated} Personal data: do not log. */
    public List<String> lines() {
        String[] text = new String[lines.length];
        for (int i = 0; i < lines.length; i++) {
            text[i] = new String(lines[i]);
        }
        return List.of(text);
    }

    /** {@return the lines joined with {@code \n}} Personal data: do not log. */
    public String text() {
        return String.join("\n", lines());
    }

    /** {@return document code without fillers: {@code I}, {@code ID}, {@code P}, {@code AC}} */
    public String documentCode() {
        return documentCode;
    }

    /** {@return issuing state or organisation, ICAO three-letter code without fillers ({@code OMN}, {@code D})} */
    public String issuingState() {
        return issuingState;
    }

    /** {@return the full document number, including a TD1/TD2 long number's continuation in the optional data} */
    public String documentNumber() {
        return documentNumber;
    }

    /**
     * Optional data 1: TD1 upper line (after a long document number's continuation), TD2 line 2, TD3 personal
     * number; empty when unused. Many states put a personal or civil number here.
     * @return the optional data 1, fillers removed
     */
    public String optionalData1() {
        return optionalData1;
    }

    /**
     * {@return date of birth with its century resolved (latest date not after today), or {@code null} when not a date}
     */
    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    /** {@return sex, or {@code null} when the field is not {@code M}, {@code F}, {@code X} or {@code <}} */
    public Sex sex() {
        return sex;
    }

    /** {@return date of expiry (at most 50 years ahead of today), or {@code null} when not a date} */
    public LocalDate dateOfExpiry() {
        return dateOfExpiry;
    }

    /** {@return nationality, ICAO three-letter code without fillers} */
    public String nationality() {
        return nationality;
    }

    /** {@return TD1 optional data 2 (middle line); {@code null} for TD2 and TD3} */
    public String optionalData2() {
        return optionalData2;
    }

    /** {@return primary identifier (surname), fillers turned into spaces} */
    public String primaryIdentifier() {
        return primaryIdentifier;
    }

    /** {@return secondary identifier (given names), fillers turned into spaces; empty when absent} */
    public String secondaryIdentifier() {
        return secondaryIdentifier;
    }

    /** {@return which check digits hold} */
    public MrzCheckDigits checkDigits() {
        return checkDigits;
    }

    /** {@return every OCR repair made, by line and position; empty when the text was read as is} */
    public List<MrzCorrection> corrections() {
        return corrections;
    }

    /** {@return {@link Verdict#VALID} when no finding is an error, else {@link Verdict#INVALID}} */
    @Override
    public Verdict verdict() {
        return valid() ? Verdict.VALID : Verdict.INVALID;
    }

    /** {@return coded findings (errors, warnings, information) in a stable order} */
    @Override
    public List<Finding> findings() {
        return findings;
    }

    /**
     * {@return whether a finding with this code was made}
     *
     * @param code the finding code to look for
     */
    public boolean hasFinding(MrzFindingCode code) {
        for (Finding f : findings) {
            if (f.code().equals(code.name())) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@return whether no {@link Severity#ERROR} finding was made: every check digit holds, dates and sex are readable}
     */
    public boolean valid() {
        return valid;
    }

    /**
     * The "MRZ information" that ICAO 9303-11 derives the BAC/PACE access key from: the document number, birth and
     * expiry dates, each followed by its check digit (as printed). Secret material: do not log.
     * @return the access key information, 24 characters
     */
    public String accessKeyInformation() {
        String number = documentNumber.length() < 9 ? (documentNumber + "<<<<<<<<<").substring(0, 9) : documentNumber;
        MrzLayout layout = MrzLayout.of(format);
        char[][] l = lines;
        MrzLayout.NumberSpan span = layout.numberSpan(l);
        char[] data = l[layout.dataLine];
        return number + l[span.checkLine()][span.checkPosition()]
                + new String(data, layout.birthStart, 7) + new String(data, layout.expiryStart, 7);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Mrz)) {
            return false;
        }
        Mrz other = (Mrz) o;
        return Arrays.deepEquals(lines, other.lines) && corrections.equals(other.corrections)
                && Objects.equals(dateOfBirth, other.dateOfBirth) && Objects.equals(dateOfExpiry, other.dateOfExpiry);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(lines);
    }

    /** {@return masked: format, document code, issuing state, masked document number, verdict and finding codes} */
    @Override
    public String toString() {
        List<String> codes = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            codes.add(f.code());
        }
        return "Mrz{format=" + format + ", documentCode=" + documentCode + ", issuingState=" + issuingState
                + ", documentNumber=" + Masking.identifier(documentNumber) + ", name="
                + Masking.name(primaryIdentifier) + ", dateOfBirth=" + Masking.hidden(dateOfBirth)
                + ", valid=" + valid + ", corrections=" + corrections.size() + ", findings=" + codes + "}";
    }

    /**
     * Generates MRZ lines from field values, with correct check digits (document number, dates, TD3 personal
     * number, composite), TD1/TD2 long document numbers continued in the optional data (ICAO 9303-5 §4.2.4), names
     * transliterated and truncated (primary identifier first; a truncated name field ends with a letter).
     * Required: issuing state, document number, dates of birth and expiry, nationality, primary identifier.
     */
    public static final class Builder {

        private final MrzFormat format;
        private String documentCode;
        private String issuingState;
        private String documentNumber;
        private String optionalData1 = "";
        private LocalDate dateOfBirth;
        private Sex sex = Sex.UNSPECIFIED;
        private LocalDate dateOfExpiry;
        private String nationality;
        private String optionalData2 = "";
        private String primaryIdentifier;
        private String secondaryIdentifier = "";
        private Clock clock = Clock.systemDefaultZone();

        private Builder(MrzFormat format) {
            this.format = Objects.requireNonNull(format, "format");
            this.documentCode = format == MrzFormat.TD3 ? "P" : "I";
        }

        /**
         * Document code, 1-2 letters (default {@code I} for TD1/TD2, {@code P} for TD3).
         *
         * @param documentCode the document code
         * @return this builder
         */
        public Builder documentCode(String documentCode) {
            this.documentCode = documentCode;
            return this;
        }

        /**
         * Issuing state, ICAO code ({@code OMN}).
         *
         * @param issuingState the issuing state's ICAO code
         * @return this builder
         */
        public Builder issuingState(String issuingState) {
            this.issuingState = issuingState;
            return this;
        }

        /**
         * Document number, letters and digits; up to 9 characters in TD3, up to 22 in TD1 and 14 in TD2, where a
         * number longer than 9 continues in the optional data.
         * @param documentNumber the document number
         * @return this builder
         */
        public Builder documentNumber(String documentNumber) {
            this.documentNumber = documentNumber;
            return this;
        }

        /**
         * Optional data 1 (TD1 upper line, TD2 line 2, TD3 personal number); letters, digits, spaces.
         *
         * @param optionalData1 the optional data, at most the field's length
         * @return this builder
         */
        public Builder optionalData1(String optionalData1) {
            this.optionalData1 = optionalData1 == null ? "" : optionalData1;
            return this;
        }

        /**
         * Sets the date of birth (written as YYMMDD).
         *
         * @param dateOfBirth the date, or {@code null} for unknown (written as fillers)
         * @return this builder
         */
        public Builder dateOfBirth(LocalDate dateOfBirth) {
            this.dateOfBirth = dateOfBirth;
            return this;
        }

        /**
         * Sex (default unspecified, written {@code X}).
         *
         * @param sex the holder's sex
         * @return this builder
         */
        public Builder sex(Sex sex) {
            this.sex = sex == null ? Sex.UNSPECIFIED : sex;
            return this;
        }

        /**
         * Sets the date of expiry (written as YYMMDD).
         *
         * @param dateOfExpiry the last valid day
         * @return this builder
         */
        public Builder dateOfExpiry(LocalDate dateOfExpiry) {
            this.dateOfExpiry = dateOfExpiry;
            return this;
        }

        /**
         * Nationality, ICAO code ({@code IND}).
         *
         * @param nationality the holder's nationality, ICAO code
         * @return this builder
         */
        public Builder nationality(String nationality) {
            this.nationality = nationality;
            return this;
        }

        /**
         * TD1 optional data 2 (11 characters on the middle line); not available in TD2 and TD3.
         *
         * @param optionalData2 the optional data, at most 11 characters
         * @return this builder
         */
        public Builder optionalData2(String optionalData2) {
            this.optionalData2 = optionalData2 == null ? "" : optionalData2;
            return this;
        }

        /**
         * Primary identifier (surname) as written in Latin letters; diacritics are dropped.
         *
         * @param primaryIdentifier the surname
         * @return this builder
         */
        public Builder primaryIdentifier(String primaryIdentifier) {
            this.primaryIdentifier = primaryIdentifier;
            return this;
        }

        /**
         * Secondary identifier (given names); optional.
         *
         * @param secondaryIdentifier the given names, or {@code null}
         * @return this builder
         */
        public Builder secondaryIdentifier(String secondaryIdentifier) {
            this.secondaryIdentifier = secondaryIdentifier == null ? "" : secondaryIdentifier;
            return this;
        }

        /**
         * The clock the generated MRZ's two-digit years are read back with (default: system clock).
         *
         * @param clock the clock to read the current date from
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Generates the lines and reads them back.
         *
         * @throws IllegalArgumentException when a required field is missing or a value cannot be written in the
         *                                  format (too long, characters outside the MRZ alphabet)
         * @return the MRZ as generated and read back
         */
        public Mrz build() {
            char[][] lines = MrzWriter.write(this.format, this);
            MrzParser parser = MrzParser.builder().clock(clock).ocrRepair(false).build();
            return parser.parseLines(lines);
        }

        String documentCode() {
            return documentCode;
        }

        String issuingState() {
            return issuingState;
        }

        String documentNumber() {
            return documentNumber;
        }

        String optionalData1() {
            return optionalData1;
        }

        LocalDate dateOfBirth() {
            return dateOfBirth;
        }

        Sex sex() {
            return sex;
        }

        LocalDate dateOfExpiry() {
            return dateOfExpiry;
        }

        String nationality() {
            return nationality;
        }

        String optionalData2() {
            return optionalData2;
        }

        String primaryIdentifier() {
            return primaryIdentifier;
        }

        String secondaryIdentifier() {
            return secondaryIdentifier;
        }
    }
}
