package io.residentid.pcsc.transport;

import static io.residentid.pcsc.apdu.Hex.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import io.residentid.pcsc.apdu.StatusWord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApduTraceTest {

    @Test
    void commandsAreShownWithHeaderLengthsAndData() {
        assertEquals("00A4040C 07 A0000002471001", ApduTrace.describe(CommandApdu.builder(0xA4).p1(4).p2(0x0C)
                .data(bytes("A0000002471001")).build()));
        assertEquals("00B00000 00", ApduTrace.describe(CommandApdu.builder(0xB0).ne(256).build()));
        assertEquals("00B00000 000000", ApduTrace.describe(CommandApdu.builder(0xB0).ne(65536).build()));
        assertEquals("00D60000 000002 0102 0010", ApduTrace.describe(CommandApdu.builder(0xD6)
                .data(bytes("0102")).ne(16).extended(true).build()));
    }

    @ParameterizedTest
    @ValueSource(ints = {0x20, 0x24, 0x2C})
    void pinCommandsAreRedacted(int ins) {
        String line = ApduTrace.describe(CommandApdu.builder(ins).p2(0x81).data(bytes("313233343536FFFF")).build());
        assertFalse(line.contains("3132"), line);
        assertEquals(String.format("00%02X0081 08 [redacted 8 bytes]", ins), line);
    }

    @Test
    void redactionMarkerReadsInArabicWithAgreeingCountWhileLogsStayEnglish() {
        java.util.Locale ar = java.util.Locale.forLanguageTag("ar");
        CommandApdu pin = CommandApdu.builder(0x20).p2(0x81).data(bytes("313233343536FFFF")).build();
        assertEquals("00200081 08 [8 بايتات محجوبة]", ApduTrace.describe(pin, ar));
        assertEquals("00200081 08 [redacted 8 bytes]", ApduTrace.describe(pin, null));
        assertEquals("00200081 08 [redacted 8 bytes]", ApduTrace.describe(pin, java.util.Locale.ENGLISH));
        CommandApdu auth = CommandApdu.builder(0x82).data(bytes("00112233445566778899AABBCCDDEEFF0011")).build();
        String line = ApduTrace.describe(auth, ar);
        assertEquals("00820000 12 [18 بايتًا محجوبًا]", line);
        assertFalse(line.contains("00112233"), line);
        assertEquals("00200081 08 [٨ بايتات محجوبة]",
                ApduTrace.describe(pin, java.util.Locale.forLanguageTag("ar-u-nu-arab")));
    }

    /** Issue 11 item 18: an authentication cryptogram in a log lets an offline attacker brute-force the MRZ. */
    @ParameterizedTest
    @ValueSource(ints = {0x82, 0x86, 0x87, 0x88})
    void authenticationCryptogramAttackFindsNothingInTheTrace(int ins) {
        String cryptogram = "00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF0011223344556677";
        String line = ApduTrace.describe(CommandApdu.builder(ins).data(bytes(cryptogram)).ne(40).build());
        assertFalse(line.contains("00112233"), line);
        assertEquals(String.format("00%02X0000 28 [redacted 40 bytes] 28", ins), line);
    }

    @Test
    void challengesAndCardCryptogramsNeverShowEvenWhenResponseDataIsAsked() throws Exception {
        String log = traceOf(new ScriptedChannel(ResponseApdu.of(bytes("A1B2C3D4E5F60718"), StatusWord.OK),
                        ResponseApdu.of(bytes("F1E2D3C4B5A69788F1E2D3C4B5A69788"), StatusWord.OK)),
                CommandApdu.builder(0x84).ne(8).build(),
                CommandApdu.builder(0x82).data(bytes("0102030405060708")).ne(16).build());
        org.junit.jupiter.api.Assumptions.assumeTrue(log.contains("ApduTrace"), "trace output not captured: " + log);
        assertFalse(log.contains("A1B2C3D4"), log);
        assertFalse(log.contains("F1E2D3C4"), log);
        assertFalse(log.contains("01020304"), log);
        org.junit.jupiter.api.Assertions.assertTrue(log.contains("< [8 bytes] 9000"), log);
    }

    @Test
    void commandsMarkedSensitiveAreRedacted() {
        String line = ApduTrace.describe(CommandApdu.builder(0x82).data(bytes("DEADBEEF")).sensitive(true).build());
        assertEquals("00820000 04 [redacted 4 bytes]", line);
    }

    @Test
    void responseDataIsALengthUnlessAsked() {
        ResponseApdu r = ResponseApdu.of(bytes("0102"), StatusWord.OK);
        assertEquals("[2 bytes] 9000 success", ApduTrace.describe(r, false));
        assertEquals("0102 9000 success", ApduTrace.describe(r, true));
        assertEquals("6982 security status not satisfied", ApduTrace.describe(ResponseApdu.of(0x6982), true));
    }

    @Test
    void traceLinesReachSlf4jWithoutThePin() throws Exception {
        String log = traceOf(new ScriptedChannel(ResponseApdu.of(0x63C2), ResponseApdu.of(bytes("0102"), StatusWord.OK)),
                CommandApdu.builder(0x20).p2(0x81).data(bytes("313233343536FFFF")).build(),
                CommandApdu.builder(0xB0).ne(2).build());
        org.junit.jupiter.api.Assumptions.assumeTrue(log.contains("ApduTrace"), "trace output not captured: " + log);
        assertFalse(log.contains("313233343536"), log);
        org.junit.jupiter.api.Assertions.assertTrue(log.contains("> 00200081 08 [redacted 8 bytes]"), log);
        org.junit.jupiter.api.Assertions.assertTrue(log.contains("< 63C2 verification failed, 2 tries left"), log);
        org.junit.jupiter.api.Assertions.assertTrue(log.contains("< 0102 9000 success"), log);
    }

    @Test
    void tracedChannelPassesEverythingThrough() {
        ScriptedChannel card = new ScriptedChannel(ResponseApdu.of(0x9000));
        ApduChannel traced = ApduTrace.wrap(card, true);
        assertEquals(0x9000, traced.transmit(CommandApdu.builder(0x20).p2(0x81).data(bytes("3132")).build()).sw());
        assertEquals(1, card.sent.size());
    }

    /**
     * What tracing the commands over {@code card} (response data shown) writes on stderr, where the test logger
     * goes: simplelogger.properties in the test resources sets ApduTrace to TRACE.
     */
    private static String traceOf(ScriptedChannel card, CommandApdu... commands) {
        java.io.PrintStream original = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            ApduChannel traced = ApduTrace.wrap(card, true);
            for (CommandApdu command : commands) {
                traced.transmit(command);
            }
        } finally {
            System.setErr(original);
        }
        return captured.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
