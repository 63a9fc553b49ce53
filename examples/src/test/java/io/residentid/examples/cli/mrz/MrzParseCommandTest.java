package io.residentid.examples.cli.mrz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.residentid.examples.cli.CliRunner;
import io.residentid.examples.cli.ExitCodes;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MrzParseCommandTest {

    private static final String[] TD1 = {"I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6",
        "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"};

    private static CliRunner.Result withStdin(byte[] input, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(input));
        try {
            return CliRunner.run(args);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void parsesTheIcaoSpecimenFromArguments() throws Exception {
        CliRunner.Result r = CliRunner.run("mrz", "parse", TD1[0], TD1[1], TD1[2]);
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        JsonNode j = r.json();
        assertEquals("TD1", j.get("format").asText());
        assertEquals("I", j.get("documentCode").asText());
        assertEquals("UTO", j.get("issuingState").asText());
        assertEquals("D23145890", j.get("documentNumber").asText());
        assertEquals("", j.get("optionalData1").asText());
        assertEquals("1974-08-12", j.get("dateOfBirth").asText());
        assertEquals("F", j.get("sex").asText());
        assertEquals("2012-04-15", j.get("dateOfExpiry").asText());
        assertEquals("UTO", j.get("nationality").asText());
        assertEquals("", j.get("optionalData2").asText());
        assertEquals("ERIKSSON", j.get("primaryIdentifier").asText());
        assertEquals("ANNA MARIA", j.get("secondaryIdentifier").asText());
        JsonNode checks = j.get("checkDigits");
        for (String k : new String[] {"documentNumber", "dateOfBirth", "dateOfExpiry", "composite"}) {
            assertTrue(checks.get(k).asBoolean(), k);
        }
        assertFalse(checks.has("personalNumber"));
        assertTrue(j.get("valid").asBoolean());
        assertEquals(0, j.get("corrections").size());
    }

    @Test
    void readsStdinWhenNoLinesAreGiven() throws Exception {
        byte[] input = (String.join("\r\n", TD1) + "\r\n").toLowerCase().getBytes(StandardCharsets.US_ASCII);
        CliRunner.Result r = withStdin(input, "mrz", "parse");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertEquals("D23145890", r.json().get("documentNumber").asText());
    }

    @Test
    void reportsOcrCorrections() throws Exception {
        CliRunner.Result r = CliRunner.run("mrz", "parse", TD1[0], "74O8122F1204159UTO<<<<<<<<<<<6", TD1[2]);
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        JsonNode c = r.json().get("corrections").get(0);
        assertEquals(2, c.get("line").asInt());
        assertEquals(3, c.get("position").asInt());
        assertEquals("O", c.get("from").asText());
        assertEquals("0", c.get("to").asText());
    }

    @Test
    void noRepairReportsTheConfusionAsAFailedCheck() throws Exception {
        CliRunner.Result r = CliRunner.run("mrz", "parse", "--no-repair", TD1[0], "74O8122F1204159UTO<<<<<<<<<<<6",
                TD1[2]);
        assertEquals(ExitCodes.INVALID, r.exitCode(), r.err());
        JsonNode j = r.json();
        assertEquals(0, j.get("corrections").size());
        assertFalse(j.has("dateOfBirth"));
    }

    @Test
    void failedCheckDigitsExitOneAndStillPrintJson() throws Exception {
        CliRunner.Result r = CliRunner.run("mrz", "parse", TD1[0], "7408123F1204159UTO<<<<<<<<<<<6", TD1[2]);
        assertEquals(ExitCodes.INVALID, r.exitCode());
        JsonNode j = r.json();
        assertFalse(j.get("valid").asBoolean());
        assertFalse(j.get("checkDigits").get("dateOfBirth").asBoolean());
        assertTrue(j.get("findings").toString().contains("CHECK_DIGIT_DATE_OF_BIRTH"));
    }

    @Test
    void unreadableInputExitsTwoWithOneLineAndNoStackTrace() {
        String[][] cases = {{"mrz", "parse", ""}, {"mrz", "parse", "I<UTO"}, {"mrz", "parse", "ÄÖÜ"},
            {"mrz", "parse", "A".repeat(5000)}, {"mrz", "parse", "I<UTO#"}};
        for (String[] args : cases) {
            CliRunner.Result r = CliRunner.run(args);
            assertEquals(ExitCodes.USAGE, r.exitCode(), args[2]);
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
            assertTrue(r.out().isEmpty());
        }
    }

    @Test
    void unreadableStdinExitsTwo() {
        assertEquals(ExitCodes.USAGE, withStdin(new byte[0], "mrz", "parse").exitCode());
        assertEquals(ExitCodes.USAGE, withStdin(new byte[] {'I', 0, 'U'}, "mrz", "parse").exitCode());
        assertEquals(ExitCodes.USAGE,
                withStdin("ÉRIKSSON".getBytes(StandardCharsets.UTF_8), "mrz", "parse").exitCode());
        CliRunner.Result huge = withStdin(new byte[1 << 20], "mrz", "parse");
        assertEquals(ExitCodes.USAGE, huge.exitCode());
        assertTrue(huge.err().contains("1024"), huge.err());
    }

    @Test
    void errorsAreLocalized() {
        CliRunner.Result r = CliRunner.run("--lang", "ar", "mrz", "parse", "I<UTO");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.err().chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF), r.err());
    }

    @Test
    void helpIsAvailable() {
        CliRunner.Result r = CliRunner.run("mrz", "parse", "--help");
        assertEquals(ExitCodes.OK, r.exitCode());
        assertTrue(r.out().contains("LINE"), r.out());
    }

    @Test
    void aFileNameIsReadAsAFileNotParsedAsMrzText(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("mrz.txt"), String.join("\n", TD1) + "\n");
        CliRunner.Result r = CliRunner.run("mrz", "parse", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("D23145890"), r.out());
    }
}
