package io.residentid.core.id;

import io.residentid.core.model.IssuingCountry;
import java.util.random.RandomGenerator;

/**
 * Oman civil number: digits only, commonly 8. No check algorithm is public and the length is not documented
 * (sources are weak), so any 1 to 10 digits are accepted with the warning
 * {@link IdFindingCode#FORMAT_ONLY_NO_PUBLIC_CHECKSUM}: rejecting a genuine short, older number would be worse than
 * accepting a typo that the card's chip or MRZ will contradict anyway.
 */
final class OmanRules extends CountryRules {

    static final int MIN_LENGTH = 1;
    static final int MAX_LENGTH = 10;
    static final int COMMON_LENGTH = 8;

    OmanRules() {
        super(IssuingCountry.OMAN, MIN_LENGTH, MAX_LENGTH);
    }

    @Override
    void checkDigits(String digits, Today today, Outcome out) {
        out.add(IdFindingCode.FORMAT_ONLY_NO_PUBLIC_CHECKSUM);
    }

    @Override
    String sample(RandomGenerator random) {
        StringBuilder sb = new StringBuilder(COMMON_LENGTH);
        sb.append((char) ('1' + random.nextInt(9)));
        randomDigits(sb, COMMON_LENGTH - 1, random);
        return sb.toString();
    }
}
