package io.residentid.core.mrz;

import io.residentid.core.report.FindingCode;
import io.residentid.core.report.Severity;

/**
 * Stable, language-free codes of MRZ findings. Messages are in {@code io/residentid/core/mrz/messages*.properties}
 * under the same keys. Any {@link Severity#ERROR} finding makes the MRZ invalid.
 */
public enum MrzFindingCode implements FindingCode {
    /** The document number's check digit does not hold. */
    CHECK_DIGIT_DOCUMENT_NUMBER(Severity.ERROR),
    /** The date of birth's check digit does not hold. */
    CHECK_DIGIT_DATE_OF_BIRTH(Severity.ERROR),
    /** The date of expiry's check digit does not hold. */
    CHECK_DIGIT_DATE_OF_EXPIRY(Severity.ERROR),
    /** The TD3 personal number's check digit does not hold. */
    CHECK_DIGIT_PERSONAL_NUMBER(Severity.ERROR),
    /** The composite check digit does not hold. */
    CHECK_DIGIT_COMPOSITE(Severity.ERROR),
    /**
     * A date field is not a calendar date in {@code YYMMDD} form; arguments: the field name ({@code dateOfBirth},
     * {@code dateOfExpiry}) and its index (0, 1) for the message.
     */
    INVALID_DATE(Severity.ERROR),
    /** The sex field is not {@code M}, {@code F}, {@code X} or {@code <}. */
    INVALID_SEX(Severity.ERROR),
    /** The nationality is neither an ISO 3166-1 alpha-3 code nor an ICAO special code; argument: the code. */
    UNKNOWN_NATIONALITY(Severity.WARNING),
    /** The issuing state is neither an ISO 3166-1 alpha-3 code nor an ICAO special code; argument: the code. */
    UNKNOWN_ISSUING_STATE(Severity.WARNING),
    /** The date of expiry lies before the parser's today; argument: the expiry date. */
    DOCUMENT_EXPIRED(Severity.WARNING),
    /** An OCR confusion was repaired; arguments: line, position, from, to. */
    CORRECTED(Severity.INFO);

    private final Severity severity;

    MrzFindingCode(Severity severity) {
        this.severity = severity;
    }

    /** {@return how the finding affects {@link Mrz#valid()}} */
    @Override
    public Severity severity() {
        return severity;
    }


}
