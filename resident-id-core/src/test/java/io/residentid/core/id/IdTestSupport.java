package io.residentid.core.id;

import io.residentid.core.model.IssuingCountry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Shared fixtures: validators pinned to a fixed "today" so birth-year checks are reproducible. */
final class IdTestSupport {

    /** Today for the tests: 22 November 2026. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);

    private IdTestSupport() {
    }

    static IdNumberValidator validator(IssuingCountry country) {
        return IdNumberValidator.builder(country).clock(CLOCK).build();
    }

    static IdValidationResult validate(IssuingCountry country, String number) {
        return validator(country).validate(number);
    }

    /** Appends the Kuwait check digit to 11 digits (which must give a usable check value). */
    static String kuwait(String first11) {
        int value = CheckDigits.kuwaitCheckValue(first11);
        if (value > 9) {
            throw new IllegalArgumentException("no usable check value for " + first11);
        }
        return first11 + value;
    }

    /** Appends the Luhn check digit. */
    static String luhn(String payload) {
        return payload + CheckDigits.luhnCheckDigit(payload);
    }
}
