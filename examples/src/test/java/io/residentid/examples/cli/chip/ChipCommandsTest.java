package io.residentid.examples.cli.chip;

import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.CliRunner;
import io.residentid.examples.cli.DemoContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChipCommandsTest {

    @TempDir
    Path tmp;

    @Test
    void readsTheEmulatedCardAndPassesPassiveAuthentication() throws Exception {
        Path face = tmp.resolve("face.jpg");
        CliRunner.Result r = CliRunner.run("card", "read", "--emulated", "--face-out", face.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("\"passiveAuthentication\""), r.out());
        String compact = r.out().replaceAll("\\s", "");
        assertTrue(compact.contains("\"passiveAuthentication\":{\"status\":\"VALID\""), r.out());
        assertTrue(compact.contains("\"activeAuthentication\":{\"status\":\"VALID\"}"), r.out());
        assertTrue(r.out().contains("PACE ECDH-GM"), r.out());
        assertTrue(Files.size(face) > 1000);
    }

    @Test
    void wrongCanIsAccessDeniedWithExitOne() {
        CliRunner.Result r = CliRunner.run("card", "read", "--emulated", "--can", "000000");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("Access denied"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    /** Issue 11 item 19: a CAN or MRZ given as an argument is visible in the process list. */
    @Test
    void secretsGivenOnTheCommandLineAreWarnedAbout() {
        CliRunner.Result r = CliRunner.run("card", "read", "--emulated", "--can", "123456");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("visible to other users"), r.err());
        assertTrue(r.err().contains("--can-file"), r.err());
        CliRunner.Result mrz = CliRunner.run("card", "read", "--emulated", "--mrz",
                demoMrz("8804123M3104301IND<<<<<<<<<<<8"));
        assertTrue(mrz.err().contains("--mrz-file"), mrz.err());
    }

    @Test
    void canPinAndMrzFromFilesOpenTheChipWithoutWarning() throws Exception {
        Path can = tmp.resolve("can.txt");
        Files.writeString(can, "123456\n");
        Path pin = tmp.resolve("pin.txt");
        Files.writeString(pin, "123456\r\n");
        CliRunner.Result r = CliRunner.run("card", "read", "--emulated", "--can-file", can.toString(), "--pin-auth",
                "--pin-file", pin.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertFalse(r.err().contains("visible to other users"), r.err());
        assertTrue(r.out().contains("\"AUTHENTICATED\""), r.out());
        assertTrue(r.out().contains("\"verdict\" : \"VALID\"") || r.out().contains("\"verdict\":\"VALID\""), r.out());

        Path mrz = tmp.resolve("mrz.txt");
        Files.writeString(mrz, demoMrz("8804123M3104301IND<<<<<<<<<<<8") + "\n");
        CliRunner.Result m = CliRunner.run("card", "read", "--emulated", "--mrz-file", mrz.toString());
        assertEquals(0, m.exitCode(), m.err());
        assertTrue(m.err().isBlank(), m.err());
        assertEquals(2, CliRunner.run("card", "read", "--emulated", "--can-file", tmp.resolve("none").toString())
                .exitCode());
    }

    @Test
    void pinReaderKeepsOneLineAndNoMoreThanItsBound() throws Exception {
        char[] pin = CardReadCommand.readLine(new java.io.ByteArrayInputStream("1234\r\nrest".getBytes()), 16);
        assertEquals("1234", new String(pin));
        assertEquals(3, CardReadCommand.readLine(new java.io.ByteArrayInputStream("123456".getBytes()), 3).length);
    }

    @Test
    void missingKeyIsAUsageError() {
        CliRunner.Result r = CliRunner.run("card", "read");
        assertEquals(2, r.exitCode());
    }

    private static String demoMrz(String line2) {
        return "IDOMNRC12345673<<<<<<<<<<<<<<<\n" + line2 + "\nKUMAR<<RAVI<<<<<<<<<<<<<<<<<<<";
    }

    @Test
    void mrzOpensTheChip() {
        CliRunner.Result r = CliRunner.run("card", "read", "--emulated", "--mrz",
                demoMrz("8804123M3104301IND<<<<<<<<<<<8"));
        assertEquals(0, r.exitCode(), r.err());
    }

    @Test
    void mrzWithoutUsableDatesIsAOneLineUsageError() {
        for (String line2 : new String[] {"<<<<<<<M3104301IND<<<<<<<<<<<8", "88AB123M3104301IND<<<<<<<<<<<8",
                "8804123M<<<<<<<IND<<<<<<<<<<<8"}) {
            CliRunner.Result r = CliRunner.run("card", "read", "--emulated", "--mrz", demoMrz(line2));
            assertEquals(2, r.exitCode(), line2 + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().contains("cannot open the chip"), r.err());
        }
    }

    @Test
    void mrzDateThatIsNoCalendarDateStillFormsTheKeyFromThePrintedDigits() {
        // ICAO 9303-11 derives the key from the printed characters: 881399 is a key, just not this card's
        CliRunner.Result r = CliRunner.run("card", "read", "--emulated", "--mrz",
                demoMrz("8813993M3104301IND<<<<<<<<<<<8"));
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("Access denied"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void malformedKeyIsAUsageError() {
        CliRunner.Result r = CliRunner.run("card", "read", "--emulated", "--document-number", "AB-1",
                "--birth", "880412", "--expiry", "310430");
        assertEquals(2, r.exitCode());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void emulateExportsTrustAndPrintsMrzAndCan() throws Exception {
        CliRunner.Result r = CliRunner.run("card", "emulate", "--no-vpcd", "--export-trust", tmp.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("123456"), r.out());
        assertTrue(r.out().contains("IDOMNRC1234567"), r.out());
        assertTrue(Files.readString(tmp.resolve("csca.pem")).startsWith("-----BEGIN CERTIFICATE-----"));
        assertTrue(Files.exists(tmp.resolve("national-ca.pem")));
    }

    @Test
    void personaFromJson() throws Exception {
        Path persona = tmp.resolve("persona.json");
        Files.writeString(persona, """
                {"documentNumber":"QA1234567","issuingState":"QAT","nationality":"PHL","surname":"SANTOS",
                 "givenNames":"MARIA","sex":"F","dateOfBirth":"1990-01-31","dateOfExpiry":"2030-12-31",
                 "can":"654321","pin":"111111","puk":"22222222"}
                """);
        CliRunner.Result r = CliRunner.run("card", "emulate", "--no-vpcd", "--persona", persona.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("654321"), r.out());
        assertTrue(r.out().contains("SANTOS<<MARIA"), r.out());
        Files.writeString(persona, "{\"documentNumber\":\"X\"}");
        assertEquals(2, CliRunner.run("card", "emulate", "--no-vpcd", "--persona", persona.toString())
                .exitCode());
    }

    @Test
    void personaFaceImageIsLoadedRelativeToTheJson() throws Exception {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 4, 1, 2, (byte) 0xFF, (byte) 0xD9};
        Files.write(tmp.resolve("face.jpg"), jpeg);
        Path persona = tmp.resolve("p.json");
        Files.writeString(persona, """
                {"documentNumber":"AE1234567","issuingState":"ARE","surname":"KHAN","givenNames":"AMIR",
                 "dateOfBirth":"1979-02-28","dateOfExpiry":"2029-02-27","faceImage":"face.jpg"}
                """);
        assertEquals(0, CliRunner.run("card", "emulate", "--no-vpcd", "--persona", persona.toString())
                .exitCode());
    }

    @Test
    void demoTitleHasNoMessageFormatQuotes() {
        assertFalse(new ChipDemoStep().title(Locale.ENGLISH).contains("''"));
    }

    @Test
    void demoStepReadsAndAuthenticates() throws Exception {
        for (Locale locale : new Locale[] {Locale.ENGLISH, new Locale("ar")}) {
            StringWriter out = new StringWriter();
            CliOutput output = new CliOutput(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                    locale);
            assertTrue(new ChipDemoStep().run(output, new DemoContext(tmp)), out.toString());
            // In Arabic the verdict reads "صالح" (translated token), in English "VALID".
            assertTrue(out.toString().contains("ar".equals(locale.getLanguage()) ? "صالح" : "VALID"), out.toString());
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(120)
    void demoStepWithoutPcscdReadsInProcessAndSaysSo() throws Exception {
        StringWriter out = new StringWriter();
        CliOutput output = new CliOutput(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                Locale.ENGLISH);
        assertTrue(new ChipDemoStep(tmp.resolve("no-pcscd.comm")).run(output, new DemoContext(tmp)),
                out.toString());
        assertTrue(out.toString().contains("No pcscd is running: reading the emulated card in-process."),
                out.toString());
    }
}
