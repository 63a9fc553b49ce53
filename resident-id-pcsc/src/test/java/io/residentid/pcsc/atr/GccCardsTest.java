package io.residentid.pcsc.atr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.model.IssuingCountry;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class GccCardsTest {

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    @Test
    void recognisesOmanEmiratesAndKuwaitFamilies() {
        assertEquals(IssuingCountry.OMAN, GccCards.identify(hex("3B 7A 96 00 00 80 65 A2 01 20 01 3D 72 D6 41"))
                .orElseThrow().country());
        assertEquals("OMAN_EID_2", GccCards.identify(hex("3B 7A 97 00 00 80 65 B0 85 20 04 02 72 D6 4F"))
                .orElseThrow().family());
        assertEquals(IssuingCountry.UNITED_ARAB_EMIRATES,
                GccCards.identify(hex("3B 6A 00 00 80 65 A2 01 31 01 3D 72 D6 41")).orElseThrow().country());
        assertEquals(IssuingCountry.KUWAIT,
                GccCards.identify(hex("3B 6A 00 00 80 65 A2 01 45 01 3D 72 D6 43")).orElseThrow().country());
    }

    @Test
    void unknownEmptyAndOversizedAtrsAreNotRecognised() {
        assertTrue(GccCards.identify(hex("3B 8F 80 01 80 4F 0C A0 00 00 03 06 03 00 01 00 00 00 00 6A")).isEmpty());
        assertTrue(GccCards.identify(new byte[0]).isEmpty());
        assertTrue(GccCards.identify(null).isEmpty());
        assertTrue(GccCards.identify(new byte[40]).isEmpty());
        assertTrue(GccCards.size() >= 9);
    }
}
