package io.residentid.core.id;

import io.residentid.core.model.IssuingCountry;
import java.util.random.RandomGenerator;

/**
 * Saudi national ID and Iqama: 10 digits, the first 1 (citizen) or 2 (resident), Luhn over all 10 digits.
 */
final class SaudiRules extends CountryRules {

    static final int LENGTH = 10;

    SaudiRules() {
        super(IssuingCountry.SAUDI_ARABIA, LENGTH, LENGTH);
    }

    @Override
    void checkDigits(String digits, Today today, Outcome out) {
        char first = digits.charAt(0);
        if (first == '1') {
            out.holderType = HolderType.CITIZEN;
        } else if (first == '2') {
            out.holderType = HolderType.RESIDENT;
        } else {
            out.add(IdFindingCode.WRONG_PREFIX, "1, 2");
        }
        if (!CheckDigits.isLuhnValid(digits)) {
            out.add(IdFindingCode.CHECK_DIGIT_MISMATCH);
        }
    }

    @Override
    String sample(RandomGenerator random) {
        return sample(random, random.nextBoolean() ? HolderType.CITIZEN : HolderType.RESIDENT);
    }

    @Override
    String sample(RandomGenerator random, HolderType holderType) {
        StringBuilder sb = new StringBuilder(LENGTH);
        sb.append(holderType == HolderType.CITIZEN ? '1' : '2');
        randomDigits(sb, LENGTH - 2, random);
        return sb.append(CheckDigits.luhnCheckDigit(sb)).toString();
    }
}
