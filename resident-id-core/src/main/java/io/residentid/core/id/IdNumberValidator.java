package io.residentid.core.id;

import io.residentid.core.model.IssuingCountry;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Validates one country's identity numbers. Immutable and thread-safe; build once and reuse.
 *
 * <pre>{@code
 * IdValidationResult r = IdNumberValidator.forCountry(IssuingCountry.SAUDI_ARABIA).validate("2000000006");
 * if (r.isValid()) { r.holderType(); } else { r.findingCodes(); }
 * }</pre>
 *
 * <p>Validation never throws for a wrong number: {@code null}, empty, over-long, non-ASCII or control-character
 * input gives a result with findings. Input longer than {@link #MAX_INPUT_LENGTH} characters is rejected before
 * any other work. Before the country's rules run, the input is normalized: spaces, no-break spaces, dashes
 * (ASCII and Unicode hyphens) and invisible direction marks (LRM, RLM, ALM, zero-width space) are removed, and
 * Arabic-Indic digits ({@code ٠-٩}, {@code ۰-۹}) become ASCII digits.
 *
 * <table>
 *   <caption>Rules</caption>
 *   <tr><th>Country</th><th>Format</th><th>Check</th><th>Derived facts</th></tr>
 *   <tr><td>SA</td><td>10 digits, first 1 or 2</td><td>Luhn</td><td>holder type</td></tr>
 *   <tr><td>AE</td><td>{@code 784-YYYY-NNNNNNN-C}, YYYY in 1900..this year</td><td>Luhn</td><td>birth year</td></tr>
 *   <tr><td>KW</td><td>{@code CYYMMDDSSSSK}, C 2 or 3, existing past date</td><td>mod 11</td>
 *       <td>birth date and year</td></tr>
 *   <tr><td>QA</td><td>11 digits, C 2 or 3, YY, assigned ISO numeric nationality, serial</td><td>none</td>
 *       <td>birth year, nationality, holder type</td></tr>
 *   <tr><td>BH</td><td>{@code YYMMSSSSC}, month 01-12</td><td>not public: warning</td><td>none</td></tr>
 *   <tr><td>OM</td><td>1 to 10 digits</td><td>not public: warning</td><td>none</td></tr>
 * </table>
 */
public final class IdNumberValidator {

    /** Longest input examined, in characters. Longer input gets {@link IdFindingCode#TOO_LONG} at once. */
    public static final int MAX_INPUT_LENGTH = 64;

    private static final Map<IssuingCountry, IdNumberValidator> DEFAULTS = new EnumMap<>(IssuingCountry.class);

    static {
        for (IssuingCountry country : IssuingCountry.values()) {
            DEFAULTS.put(country, builder(country).build());
        }
    }

    private final CountryRules rules;
    private final Today today;

    private IdNumberValidator(CountryRules rules, Today today) {
        this.rules = rules;
        this.today = today;
    }

    /**
     * The shared validator for a country with default settings and the system clock (UTC).
     *
     * @throws IllegalArgumentException when {@code country} is {@code null}
     * @param country the issuing country
     * @return the shared validator
     */
    public static IdNumberValidator forCountry(IssuingCountry country) {
        if (country == null) {
            throw new IllegalArgumentException("country is missing");
        }
        return DEFAULTS.get(country);
    }

    /**
     * {@return a builder for a validator with a custom clock or Bahrain leniency}
     *
     * @param country the issuing country
     */
    public static Builder builder(IssuingCountry country) {
        return new Builder(country);
    }

    /** {@return the country whose rules this validator applies} */
    public IssuingCountry country() {
        return rules.country();
    }

    /**
     * Validates a number as typed, scanned or read from a card.
     *
     * @param input the number; may be {@code null} or anything else (a {@code String} is not copied)
     * @return the result; never {@code null}, never an exception for bad input
     */
    public IdValidationResult validate(CharSequence input) {
        Outcome out = new Outcome();
        if (input == null) {
            out.add(IdFindingCode.EMPTY);
            return result(null, out);
        }
        int length = input.length();
        if (length > MAX_INPUT_LENGTH) {
            out.add(IdFindingCode.TOO_LONG, Integer.toString(MAX_INPUT_LENGTH));
            String kept = input instanceof String ? (String) input : input.subSequence(0, MAX_INPUT_LENGTH).toString();
            return result(kept, out);
        }
        String text = input.toString();
        String digits = digitsOf(text, out);
        if (digits == null) {
            return result(text, out);
        }
        out.normalized = digits;
        rules.check(digits, today, out);
        return result(text, out);
    }

    private IdValidationResult result(String input, Outcome out) {
        return new IdValidationResult(rules.country(), input, out.normalized, out.findings(), out.holderType,
                out.birthYear, out.birthDate, out.nationality);
    }

    /**
     * The ASCII digits of {@code text} with separators removed, or {@code null} after reporting why there are none.
     * Text that is already plain ASCII digits is returned as is, without copying.
     */
    private static String digitsOf(String text, Outcome out) {
        int n = text.length();
        int digitCount = 0;
        boolean plain = true;
        int control = 0;
        int nonAscii = 0;
        int nonDigit = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digitCount++;
            } else if (arabicIndicDigit(c) >= 0) {
                digitCount++;
                plain = false;
            } else if (isSeparator(c)) {
                plain = false;
            } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                control = control == 0 ? i + 1 : control;
            } else if (c > 0x7f) {
                nonAscii = nonAscii == 0 ? i + 1 : nonAscii;
            } else {
                nonDigit = nonDigit == 0 ? i + 1 : nonDigit;
            }
        }
        if (control != 0 || nonAscii != 0 || nonDigit != 0) {
            // Positions only: the characters themselves may be part of personal data.
            if (control != 0) {
                out.add(IdFindingCode.CONTROL_CHARACTER, Integer.toString(control));
            }
            if (nonAscii != 0) {
                out.add(IdFindingCode.NON_ASCII, Integer.toString(nonAscii));
            }
            if (nonDigit != 0) {
                out.add(IdFindingCode.NON_DIGIT, Integer.toString(nonDigit));
            }
            return null;
        }
        if (digitCount == 0) {
            out.add(IdFindingCode.EMPTY);
            return null;
        }
        if (plain) {
            return text;
        }
        char[] digits = new char[digitCount];
        int j = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits[j++] = c;
            } else {
                int d = arabicIndicDigit(c);
                if (d >= 0) {
                    digits[j++] = (char) ('0' + d);
                }
            }
        }
        return new String(digits);
    }

    /** The value of an Arabic-Indic (U+0660..) or Eastern Arabic-Indic (U+06F0..) digit, else -1. */
    private static int arabicIndicDigit(char c) {
        if (c >= '\u0660' && c <= '\u0669') {
            return c - '\u0660';
        }
        if (c >= '\u06f0' && c <= '\u06f9') {
            return c - '\u06f0';
        }
        return -1;
    }

    /**
     * Spaces and dashes people type or copy between digit groups, and the invisible marks that Arabic text around a
     * copied number brings along (LRM, RLM, ALM, zero-width space). Bidi embeddings, overrides and isolates are not
     * stripped: they can make a number display differently from what it is, so they stay errors.
     */
    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '\u00a0' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212'
                || c == '\u200b' || c == '\u200e' || c == '\u200f' || c == '\u061c';
    }

    @Override
    public String toString() {
        return "IdNumberValidator[" + rules.country().alpha2() + "]";
    }

    /** Configures an {@link IdNumberValidator}. */
    public static final class Builder {

        private final IssuingCountry country;
        private Clock clock = Clock.systemUTC();
        private boolean allowNonDateBahrainNumbers;

        private Builder(IssuingCountry country) {
            this.country = Objects.requireNonNull(country, "country");
        }

        /**
         * The clock that says what "this year" and "today" are for birth-date checks (default: system UTC).
         *
         * @param clock the clock to read the current date from
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Bahrain only: whether a CPR number whose digits 3-4 are not a month is accepted with the warning
         * {@link IdFindingCode#NOT_DATE_BASED} (a minority of genuine numbers) instead of rejected with
         * {@link IdFindingCode#INVALID_DATE} (default: rejected).
         * @param allow {@code true} to accept such numbers with a warning
         * @return this builder
         */
        public Builder allowNonDateBahrainNumbers(boolean allow) {
            this.allowNonDateBahrainNumbers = allow;
            return this;
        }

        /** {@return the validator with these settings} */
        public IdNumberValidator build() {
            return new IdNumberValidator(rulesFor(country, allowNonDateBahrainNumbers), new Today(clock));
        }
    }

    static CountryRules rulesFor(IssuingCountry country, boolean allowNonDateBahrainNumbers) {
        switch (country) {
            case SAUDI_ARABIA:
                return new SaudiRules();
            case UNITED_ARAB_EMIRATES:
                return new EmiratesRules();
            case KUWAIT:
                return new KuwaitRules();
            case QATAR:
                return new QatarRules();
            case BAHRAIN:
                return new BahrainRules(allowNonDateBahrainNumbers);
            case OMAN:
                return new OmanRules();
            default:
                throw new IllegalArgumentException("No identifier rules for " + country);
        }
    }
}
