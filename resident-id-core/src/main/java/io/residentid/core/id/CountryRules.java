package io.residentid.core.id;

import io.residentid.core.model.IssuingCountry;
import java.util.random.RandomGenerator;

/** One country's identifier rules, applied to a string of ASCII digits (separators already removed). */
abstract class CountryRules {

    private final IssuingCountry country;
    private final int minLength;
    private final int maxLength;

    /** Rules for {@code country}'s numbers of {@code minLength} to {@code maxLength} digits. */
    CountryRules(IssuingCountry country, int minLength, int maxLength) {
        this.country = country;
        this.minLength = minLength;
        this.maxLength = maxLength;
    }

    /** The country whose numbers these rules check. */
    final IssuingCountry country() {
        return country;
    }

    /**
     * Checks {@code digits} (one or more ASCII digits), recording findings and facts in {@code out}: a wrong length
     * is reported ({@code WRONG_LENGTH} with the expected length or range) and stops the checks, otherwise
     * {@link #checkDigits} goes on.
     */
    final void check(String digits, Today today, Outcome out) {
        int n = digits.length();
        if (n < minLength || n > maxLength) {
            String expected = minLength == maxLength ? Integer.toString(minLength) : minLength + "-" + maxLength;
            out.add(IdFindingCode.WRONG_LENGTH, expected, Integer.toString(n));
            return;
        }
        checkDigits(digits, today, out);
    }

    /**
     * Checks {@code digits} of the right length. Rules that need the date ask {@code today}; the others never read
     * the clock.
     */
    abstract void checkDigits(String digits, Today today, Outcome out);

    /** A random number that passes {@link #check} for birth years up to 2005. */
    abstract String sample(RandomGenerator random);

    /**
     * A random valid number of a holder of this type.
     *
     * @throws IllegalArgumentException when the country's numbers do not encode the holder type
     */
    String sample(RandomGenerator random, HolderType holderType) {
        throw new IllegalArgumentException(country().alpha2() + " numbers do not encode citizen or resident");
    }

    /** The digits at {@code [from, to)} as an int; the caller guarantees they are ASCII digits. */
    static int number(String digits, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (digits.charAt(i) - '0');
        }
        return n;
    }


    /** Appends {@code count} random digits. */
    static void randomDigits(StringBuilder sb, int count, RandomGenerator random) {
        for (int i = 0; i < count; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
    }

    /** Appends {@code value} zero-padded to {@code width} digits. */
    static void padded(StringBuilder sb, int value, int width) {
        String s = Integer.toString(value);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(s);
    }

    /** Whether the Gregorian date exists, without throwing. */
    static boolean dateExists(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        int max;
        switch (month) {
            case 2:
                boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
                max = leap ? 29 : 28;
                break;
            case 4:
            case 6:
            case 9:
            case 11:
                max = 30;
                break;
            default:
                max = 31;
        }
        return day <= max;
    }
}
