package io.residentid.core.id;

import io.residentid.core.report.FindingCode;
import io.residentid.core.report.Severity;

/**
 * The stable, language-free codes of identifier-validation findings. The {@link #name()} is the code that appears
 * in {@link io.residentid.core.report.Finding#code()}, in JSON and in the message bundles; it never changes.
 */
public enum IdFindingCode implements FindingCode {
    /** No input, or only separators. */
    EMPTY(Severity.ERROR),
    /** Longer than {@link IdNumberValidator#MAX_INPUT_LENGTH} characters: rejected before any other work. */
    TOO_LONG(Severity.ERROR),
    /** A control character (including NUL). */
    CONTROL_CHARACTER(Severity.ERROR),
    /** A non-ASCII character that is neither an Arabic-Indic digit nor a space or dash. */
    NON_ASCII(Severity.ERROR),
    /** An ASCII character that is neither a digit nor a space or dash. */
    NON_DIGIT(Severity.ERROR),
    /** The number of digits is wrong for the country. */
    WRONG_LENGTH(Severity.ERROR),
    /** The leading digits are not one of the country's prefixes (SA 1/2, AE 784, KW 2/3, QA 2/3). */
    WRONG_PREFIX(Severity.ERROR),
    /** The encoded date does not exist (KW birth date, BH month). */
    INVALID_DATE(Severity.ERROR),
    /** The encoded birth date lies after today (KW). */
    BIRTH_DATE_IN_FUTURE(Severity.ERROR),
    /** The encoded birth year is outside 1900..the current year (AE, QA). */
    IMPLAUSIBLE_BIRTH_YEAR(Severity.ERROR),
    /** The encoded nationality is not an assigned ISO 3166-1 numeric code (QA). */
    UNKNOWN_NATIONALITY_CODE(Severity.ERROR),
    /** The check digit does not match the one computed from the other digits (SA, AE: Luhn; KW: mod 11). */
    CHECK_DIGIT_MISMATCH(Severity.ERROR),
    /** The Kuwait mod-11 check value of the first 11 digits is 10 or 11, which no valid civil ID has. */
    CHECK_VALUE_INVALID(Severity.ERROR),
    /** Accepted on its format only: the issuer publishes no check algorithm (BH, OM). */
    FORMAT_ONLY_NO_PUBLIC_CHECKSUM(Severity.WARNING),
    /** Bahrain, lenient mode: digits 3-4 are not a month, as for a minority of older CPR numbers. */
    NOT_DATE_BASED(Severity.WARNING);

    private final Severity severity;

    IdFindingCode(Severity severity) {
        this.severity = severity;
    }

    /** {@return whether a finding with this code makes the number invalid ({@link Severity#ERROR}) or only informs} */
    @Override
    public Severity severity() {
        return severity;
    }


}
