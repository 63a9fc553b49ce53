package io.residentid.core.id;

import io.residentid.core.model.IssuingCountry;
import java.time.LocalDate;
import java.util.random.RandomGenerator;

/**
 * Kuwait civil ID: 12 digits {@code CYYMMDDSSSSK}. C is the birth century (2: 19xx, 3: 20xx), YYMMDD the birth
 * date, SSSS a serial and K the mod-11 check digit of {@link CheckDigits#kuwaitCheckValue}.
 */
final class KuwaitRules extends CountryRules {

    static final int LENGTH = 12;

    KuwaitRules() {
        super(IssuingCountry.KUWAIT, LENGTH, LENGTH);
    }

    @Override
    void checkDigits(String digits, Today today, Outcome out) {
        char centuryDigit = digits.charAt(0);
        int century;
        if (centuryDigit == '2') {
            century = 1900;
        } else if (centuryDigit == '3') {
            century = 2000;
        } else {
            century = -1;
            out.add(IdFindingCode.WRONG_PREFIX, "2, 3");
        }
        int yy = number(digits, 1, 3);
        int month = number(digits, 3, 5);
        int day = number(digits, 5, 7);
        // With an unknown century, 2000 (a leap year) lets 29 February pass; the prefix finding already fails it.
        int year = century < 0 ? 2000 + yy : century + yy;
        if (!dateExists(year, month, day)) {
            out.add(IdFindingCode.INVALID_DATE);
        } else if (century > 0) {
            LocalDate birth = LocalDate.of(year, month, day);
            if (birth.isAfter(today.get().date)) {
                out.add(IdFindingCode.BIRTH_DATE_IN_FUTURE);
            } else {
                out.birthDate = birth;
                out.birthYear = year;
            }
        }
        int checkValue = CheckDigits.kuwaitCheckValue(digits);
        if (checkValue >= 10) {
            out.add(IdFindingCode.CHECK_VALUE_INVALID);
        } else if (checkValue != digits.charAt(11) - '0') {
            out.add(IdFindingCode.CHECK_DIGIT_MISMATCH);
        }
    }

    @Override
    String sample(RandomGenerator random) {
        LocalDate start = LocalDate.of(1950, 1, 1);
        LocalDate birth = start.plusDays(random.nextInt(56 * 365));
        StringBuilder sb = new StringBuilder(LENGTH);
        sb.append(birth.getYear() < 2000 ? '2' : '3');
        padded(sb, birth.getYear() % 100, 2);
        padded(sb, birth.getMonthValue(), 2);
        padded(sb, birth.getDayOfMonth(), 2);
        randomDigits(sb, 3, random);
        // The last serial digit has weight 2: ten consecutive values give ten distinct sums mod 11, so at most two
        // of them lead to the unusable check values 10 and 11 and this loop always ends within ten steps.
        int start10 = random.nextInt(10);
        for (int i = 0; i < 10; i++) {
            sb.setLength(10);
            sb.append((char) ('0' + (start10 + i) % 10));
            int value = CheckDigits.kuwaitCheckValue(sb);
            if (value <= 9) {
                return sb.append((char) ('0' + value)).toString();
            }
        }
        throw new IllegalStateException("unreachable: no usable Kuwait check value");
    }
}
