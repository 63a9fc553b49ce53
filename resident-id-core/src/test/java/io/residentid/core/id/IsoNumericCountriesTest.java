package io.residentid.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class IsoNumericCountriesTest {

    @Test
    void tableCoversExactlyTheJdksIsoCountries() {
        Set<String> jdk = new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        Set<String> table = new TreeSet<>();
        for (int code = 0; code < 1000; code++) {
            if (IsoNumericCountries.byNumeric(code) != null) {
                table.add(IsoNumericCountries.byNumeric(code).code());
            }
        }
        assertEquals(jdk, table);
        assertEquals(jdk.size(), IsoNumericCountries.size());
    }

    @Test
    void wellKnownCodesMapCorrectly() {
        assertEquals("QAT", IsoNumericCountries.byNumeric(634).code());
        assertEquals("CAN", IsoNumericCountries.byNumeric(124).code());
        assertEquals("IND", IsoNumericCountries.byNumeric(356).code());
        assertEquals("PHL", IsoNumericCountries.byNumeric(608).code());
        assertEquals("EGY", IsoNumericCountries.byNumeric(818).code());
        assertEquals("AFG", IsoNumericCountries.byNumeric(4).code());
        assertNull(IsoNumericCountries.byNumeric(0));
        assertNull(IsoNumericCountries.byNumeric(999));
        assertNull(IsoNumericCountries.byNumeric(-1));
        assertNull(IsoNumericCountries.byNumeric(1000));
    }
}
