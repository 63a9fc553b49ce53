package io.residentid.core.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A malformed Hijri date is reported without echoing the input, which may be personal data. */
class HijriDatesPrivacyTest {

    @Test
    void malformedInputIsNotEchoedInTheMessage() {
        for (String input : new String[] {"1410/03/15 KHALID", "2000000008", "14100/3/15"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HijriDates.parse(input));
            assertFalse(e.getMessage().contains(input), e.getMessage());
        }
    }
}
