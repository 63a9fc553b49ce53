package io.residentid.examples.cli.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.examples.cli.CliRunner;
import org.junit.jupiter.api.Test;

class AtrIdentifyTest {

    @Test
    void anOmanEidAtrIsIdentifiedWithAdvice() {
        CliRunner.Result r = CliRunner.run("atr", "identify", "3B 7A 96 00 00 80 65 A2 01 20 01 3D 72 D6 41");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().replace(" ", "").contains("\"country\":\"OM\"") && r.out().contains("OMAN_EID"), r.out());
        assertTrue(r.out().contains("card read"), r.out());
    }

    @Test
    void anUnknownAtrExitsOneAndArabicAdviceIsArabic() {
        CliRunner.Result r = CliRunner.run("--lang", "ar", "atr", "identify", "3B 8F 80 01 80 4F 0C A0 00 00 03 06");
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.out().replace(" ", "").contains("\"recognised\":false"), r.out());
        assertTrue(r.out().contains("خليجية"), r.out());
    }
}
