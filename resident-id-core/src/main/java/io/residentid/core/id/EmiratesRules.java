package io.residentid.core.id;

import io.residentid.core.model.IssuingCountry;
import java.util.random.RandomGenerator;

/**
 * Emirates ID: {@code 784-YYYY-NNNNNNN-C}, 15 digits: the UAE's ISO numeric code 784, the holder's birth year,
 * a serial and a Luhn check digit over all 15 digits.
 */
final class EmiratesRules extends CountryRules {

    static final int LENGTH = 15;
    static final int MIN_BIRTH_YEAR = 1900;

    EmiratesRules() {
        super(IssuingCountry.UNITED_ARAB_EMIRATES, LENGTH, LENGTH);
    }

    @Override
    void checkDigits(String digits, Today today, Outcome out) {
        out.normalized = format(digits);
        if (digits.charAt(0) != '7' || digits.charAt(1) != '8' || digits.charAt(2) != '4') {
            out.add(IdFindingCode.WRONG_PREFIX, "784");
        }
        int year = number(digits, 3, 7);
        int thisYear = today.get().year;
        if (year < MIN_BIRTH_YEAR || year > thisYear) {
            out.add(IdFindingCode.IMPLAUSIBLE_BIRTH_YEAR, Integer.toString(MIN_BIRTH_YEAR),
                    Integer.toString(thisYear));
        } else {
            out.birthYear = year;
        }
        if (!CheckDigits.isLuhnValid(digits)) {
            out.add(IdFindingCode.CHECK_DIGIT_MISMATCH);
        }
    }

    /** {@code 784-YYYY-NNNNNNN-C} from 15 digits. */
    static String format(String digits) {
        char[] c = new char[LENGTH + 3];
        digits.getChars(0, 3, c, 0);
        c[3] = '-';
        digits.getChars(3, 7, c, 4);
        c[8] = '-';
        digits.getChars(7, 14, c, 9);
        c[16] = '-';
        c[17] = digits.charAt(14);
        return new String(c);
    }

    @Override
    String sample(RandomGenerator random) {
        StringBuilder sb = new StringBuilder(LENGTH);
        sb.append("784").append(1950 + random.nextInt(56));
        randomDigits(sb, 7, random);
        return format(sb.append(CheckDigits.luhnCheckDigit(sb)).toString());
    }
}
