package io.residentid.core.id;

import io.residentid.core.model.IssuingCountry;
import io.residentid.core.model.Nationality;
import java.util.random.RandomGenerator;

/**
 * Qatar ID (QID): 11 digits. Digit 1 is the birth century (2: 1900-1999, 3: 2000 onwards), digits 2-3 the birth
 * year, digits 4-6 the holder's nationality as an assigned ISO 3166-1 numeric code (634 for Qataris), digits 7-11
 * a serial. There is no check digit.
 */
final class QatarRules extends CountryRules {

    static final int LENGTH = 11;
    private static final Nationality QATARI = Nationality.of("QAT");
    private static final int QATARI_CODE = 634;

    QatarRules() {
        super(IssuingCountry.QATAR, LENGTH, LENGTH);
    }

    @Override
    void checkDigits(String digits, Today today, Outcome out) {
        char centuryDigit = digits.charAt(0);
        int century = centuryDigit == '2' ? 1900 : centuryDigit == '3' ? 2000 : -1;
        if (century < 0) {
            out.add(IdFindingCode.WRONG_PREFIX, "2, 3");
        } else {
            int year = century + number(digits, 1, 3);
            int thisYear = today.get().year;
            if (year > thisYear) {
                out.add(IdFindingCode.IMPLAUSIBLE_BIRTH_YEAR, "1900", Integer.toString(thisYear));
            } else {
                out.birthYear = year;
            }
        }
        int code = number(digits, 3, 6);
        Nationality nationality = IsoNumericCountries.byNumeric(code);
        if (nationality == null) {
            out.add(IdFindingCode.UNKNOWN_NATIONALITY_CODE, digits.substring(3, 6));
        } else {
            out.nationality = nationality;
            out.holderType = nationality.equals(QATARI) ? HolderType.CITIZEN : HolderType.RESIDENT;
        }
    }

    @Override
    String sample(RandomGenerator random) {
        return sample(random, random.nextInt(4) == 0 ? HolderType.CITIZEN : HolderType.RESIDENT);
    }

    @Override
    String sample(RandomGenerator random, HolderType holderType) {
        int year = 1950 + random.nextInt(56);
        int code = QATARI_CODE;
        // About a quarter of the 1000 codes are assigned, so this loop ends after a few draws.
        while (holderType == HolderType.RESIDENT
                && (code == QATARI_CODE || IsoNumericCountries.byNumeric(code) == null)) {
            code = random.nextInt(1000);
        }
        StringBuilder sb = new StringBuilder(LENGTH);
        sb.append(year < 2000 ? '2' : '3');
        padded(sb, year % 100, 2);
        padded(sb, code, 3);
        randomDigits(sb, 5, random);
        return sb.toString();
    }
}
