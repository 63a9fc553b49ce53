package io.residentid.examples.cli.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.residentid.examples.cli.CliRunner;
import org.junit.jupiter.api.Test;

class IdCommandTest {

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path tmp;

    @Test
    void validIqamaPrintsFactsAndExits0() throws Exception {
        CliRunner.Result run = CliRunner.run("id", "validate", "--country", "SA", "2345678904");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = run.json();
        assertEquals("SA", json.get("country").asText());
        assertEquals("2345678904", json.get("input").asText());
        assertEquals("2345678904", json.get("normalized").asText());
        assertTrue(json.get("valid").asBoolean());
        assertEquals(0, json.get("findings").size());
        assertEquals("RESIDENT", json.get("holderType").asText());
        assertFalse(json.has("birthYear"));
        assertFalse(json.has("nationality"));
    }

    @Test
    void qatarIdShowsBirthYearAndNationality() throws Exception {
        JsonNode json = CliRunner.run("id", "validate", "-c", "QAT", "276 124 05934").json();
        assertEquals("QA", json.get("country").asText());
        assertEquals("276 124 05934", json.get("input").asText());
        assertEquals("27612405934", json.get("normalized").asText());
        assertEquals(1976, json.get("birthYear").asInt());
        assertEquals("CAN", json.get("nationality").asText());
        assertEquals("RESIDENT", json.get("holderType").asText());
    }

    @Test
    void kuwaitCivilIdShowsBirthDate() throws Exception {
        JsonNode json = CliRunner.run("id", "validate", "--country", "KW", "291030104196").json();
        assertEquals("1991-03-01", json.get("birthDate").asText());
        assertEquals(1991, json.get("birthYear").asInt());
    }

    @Test
    void emiratesIdIsNormalizedToTheDashedForm() throws Exception {
        JsonNode json = CliRunner.run("id", "validate", "--country", "ae", "784195204640486").json();
        assertEquals("784-1952-0464048-6", json.get("normalized").asText());
    }

    @Test
    void mistypedNumberPrintsFindingsAndExits1() throws Exception {
        CliRunner.Result run = CliRunner.run("id", "validate", "--country", "AE", "784-1981-1234567-9");
        assertEquals(1, run.exitCode());
        JsonNode json = run.json();
        assertFalse(json.get("valid").asBoolean());
        assertEquals("CHECK_DIGIT_MISMATCH", json.get("findings").get(0).asText());
        assertFalse(json.has("birthYear"));
    }

    @Test
    void lettersInTheNumberAreAnInvalidNumberNotAUsageError() throws Exception {
        CliRunner.Result run = CliRunner.run("id", "validate", "--country", "SA", "2OOOOOOOO6");
        assertEquals(1, run.exitCode());
        assertEquals("NON_DIGIT", run.json().get("findings").get(0).asText());
    }

    @Test
    void formatOnlyCountriesAreValidWithAWarning() throws Exception {
        CliRunner.Result run = CliRunner.run("id", "validate", "--country", "OM", "12345678");
        assertEquals(0, run.exitCode());
        assertEquals("FORMAT_ONLY_NO_PUBLIC_CHECKSUM", run.json().get("findings").get(0).asText());
    }

    @Test
    void unknownCountryIsAUsageError() {
        CliRunner.Result run = CliRunner.run("id", "validate", "--country", "FR", "2345678904");
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("Unknown country \"FR\""), run.err());
        assertEquals(1, run.err().strip().lines().count());
    }

    @Test
    void missingNumberOrCountryIsAUsageError() {
        assertEquals(2, CliRunner.run("id", "validate", "--country", "SA").exitCode());
        assertEquals(2, CliRunner.run("id", "validate", "2345678904").exitCode());
        assertEquals(2, CliRunner.run("id").exitCode());
    }

    @Test
    void emptyHugeNonAsciiAndNullByteInputAreUsageErrors() {
        for (String bad : new String[] {"", "1".repeat(100_000), "23456789é4", "23456\u00007890", "\u0000"}) {
            CliRunner.Result run = CliRunner.run("id", "validate", "--country", "SA", bad);
            assertEquals(2, run.exitCode(), run.err());
            assertEquals("", run.out());
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
            assertFalse(run.err().contains("\u0000"), run.err());
        }
    }

    @Test
    void hostileCountryArgumentIsNotEchoedRaw() {
        CliRunner.Result run = CliRunner.run("id", "validate", "--country", "X\u0000\n".repeat(1000), "2345678904");
        assertEquals(2, run.exitCode());
        assertFalse(run.err().contains("\u0000"));
        assertEquals(1, run.err().strip().lines().count());
        assertTrue(run.err().length() < 200, run.err());
    }

    @Test
    void arabicDigitsAreAccepted() throws Exception {
        CliRunner.Result run = CliRunner.run("id", "validate", "--country", "SA", "٢٣٤٥٦٧٨٩٠٤");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("2345678904", run.json().get("normalized").asText());
    }

    @Test
    void usageErrorsAreLocalized() {
        CliRunner.Result run = CliRunner.run("--lang", "ar", "id", "validate", "--country", "SA", "");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("لم يُدخل أي رقم"), run.err());
    }

    @Test
    void helpWorksOnEveryIdCommand() {
        assertEquals(0, CliRunner.run("id", "--help").exitCode());
        CliRunner.Result help = CliRunner.run("id", "validate", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("--country"));
    }

    @Test
    void demoRunsTheIdStepAndCatchesTheTypo() {
        CliRunner.Result run = CliRunner.run("demo", "--work-dir", tmp.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("CHECK_DIGIT_MISMATCH"), run.out());
        assertFalse(run.out().contains("2345678904"), run.out());
        assertTrue(run.out().contains("2*******04"), run.out());
    }

    @Test
    void demoSpeaksArabic() {
        CliRunner.Result run = CliRunner.run("--lang", "ar", "demo", "--work-dir", tmp.toString());
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("رقم الإقامة"), run.out());
        assertTrue(run.out().contains("مقيم"), run.out());
    }
}
