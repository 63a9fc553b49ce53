package io.residentid.examples.cli.kyc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.residentid.examples.cli.ExitCodes;
import io.residentid.examples.cli.CliRunner;
import org.junit.jupiter.api.Test;

class KycNameMatchCommandTest {

    @Test
    void mrzAndArabicFormsOfOneNameMatchWithExitZero() throws Exception {
        CliRunner.Result r = CliRunner.run("kyc", "name-match", "KUMAR<<RAVI", "رافي كومار");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        JsonNode json = r.json();
        assertEquals("MATCH", json.get("result").asText());
        assertTrue(json.get("score").asDouble() > 0.85);
        JsonNode first = json.get("explanation").get(0);
        assertEquals("KUMAR", first.get("name1").asText());
        assertEquals("كومار", first.get("name2").asText());
        assertFalse(first.get("rule").asText().isEmpty());
        assertTrue(first.get("message").asText().contains("KUMAR"));
    }

    @Test
    void partialAndNoMatchExitOne() throws Exception {
        CliRunner.Result partial = CliRunner.run("kyc", "name-match", "Hassan Ali", "Hussein Ali");
        assertEquals(ExitCodes.INVALID, partial.exitCode());
        assertEquals("PARTIAL", partial.json().get("result").asText());
        CliRunner.Result none = CliRunner.run("kyc", "name-match", "John Smith", "Mohammed Ali");
        assertEquals(ExitCodes.INVALID, none.exitCode());
        assertEquals("NO_MATCH", none.json().get("result").asText());
    }

    @Test
    void arabicExplanationsWithLangAr() throws Exception {
        CliRunner.Result r = CliRunner.run("--lang", "ar", "kyc", "name-match", "Abdul Rahman", "عبد الرحمن");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        String message = r.json().get("explanation").get(0).get("message").asText();
        assertTrue(message.matches(".*\\p{IsArabic}.*"), message);
        assertTrue(message.contains("«"), message);
    }

    @Test
    void thresholdsComeFromOptions() throws Exception {
        CliRunner.Result r = CliRunner.run("kyc", "name-match", "--match-threshold", "0.99", "Mohammed Ali", "Muhammad Aly");
        assertEquals(ExitCodes.INVALID, r.exitCode());
        assertEquals("PARTIAL", r.json().get("result").asText());
        CliRunner.Result bad = CliRunner.run("kyc", "name-match", "--match-threshold", "7", "A", "B");
        assertEquals(ExitCodes.USAGE, bad.exitCode());
        assertTrue(bad.err().startsWith("resident-id: "), bad.err());
    }

    @Test
    void unreadableNamesAreUsageErrorsOnOneLine() {
        CliRunner.Result r = CliRunner.run("kyc", "name-match", "a".repeat(5000), "Ravi");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.err().startsWith("resident-id: "), r.err());
        assertEquals(1, r.err().strip().lines().count());
        assertFalse(r.err().contains("aaaa"));
        CliRunner.Result missing = CliRunner.run("kyc", "name-match", "Ravi");
        assertEquals(ExitCodes.USAGE, missing.exitCode());
    }
}
