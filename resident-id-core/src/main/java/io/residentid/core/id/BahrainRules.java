package io.residentid.core.id;

import io.residentid.core.model.IssuingCountry;
import java.util.random.RandomGenerator;

/**
 * Bahrain CPR number: 9 digits {@code YYMMSSSSC} (birth year and month, serial, check digit). The check-digit
 * algorithm is not public, so only the format is validated and every accepted number carries the warning
 * {@link IdFindingCode#FORMAT_ONLY_NO_PUBLIC_CHECKSUM}. The two-digit year does not say its century, so no birth
 * year is derived.
 *
 * <p>A minority of genuine CPR numbers do not follow YYMM. By default a month outside 01-12 is an error
 * ({@link IdFindingCode#INVALID_DATE}), which catches typos in the common case; a validator built with
 * {@link IdNumberValidator.Builder#allowNonDateBahrainNumbers(boolean)} reports it as the warning
 * {@link IdFindingCode#NOT_DATE_BASED} instead.
 */
final class BahrainRules extends CountryRules {

    static final int LENGTH = 9;

    private final boolean allowNonDate;

    BahrainRules(boolean allowNonDate) {
        super(IssuingCountry.BAHRAIN, LENGTH, LENGTH);
        this.allowNonDate = allowNonDate;
    }

    @Override
    void checkDigits(String digits, Today today, Outcome out) {
        int month = number(digits, 2, 4);
        if (month < 1 || month > 12) {
            if (!allowNonDate) {
                // The format-only warning would only add noise to a number that is already rejected.
                out.add(IdFindingCode.INVALID_DATE);
                return;
            }
            out.add(IdFindingCode.NOT_DATE_BASED);
        }
        out.add(IdFindingCode.FORMAT_ONLY_NO_PUBLIC_CHECKSUM);
    }

    @Override
    String sample(RandomGenerator random) {
        StringBuilder sb = new StringBuilder(LENGTH);
        padded(sb, random.nextInt(100), 2);
        padded(sb, 1 + random.nextInt(12), 2);
        randomDigits(sb, 5, random);
        return sb.toString();
    }
}
