package io.residentid.examples.cli.chip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ChipJsonTest {

    @Test
    void fullDataGroupDatesArePrintedInIsoForm() {
        assertEquals("1988-04-12", ChipJson.isoDate("19880412"));
    }

    @Test
    void partialOrInvalidDatesArePrintedAsTheChipHoldsThem() {
        assertEquals("1988----", ChipJson.isoDate("1988----"));
        assertEquals("19881399", ChipJson.isoDate("19881399"));
        assertEquals("1988", ChipJson.isoDate("1988"));
        assertNull(ChipJson.isoDate(null));
    }
}
