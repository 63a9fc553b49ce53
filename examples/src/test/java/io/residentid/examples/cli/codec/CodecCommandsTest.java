package io.residentid.examples.cli.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.residentid.examples.cli.CliRunner;
import io.residentid.examples.cli.ExitCodes;
import org.junit.jupiter.api.Test;

class CodecCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(CliRunner.Result result) throws Exception {
        return JSON.readTree(result.out());
    }

    private static void assertOneLineUsageError(CliRunner.Result result, String expectedText) {
        assertEquals(ExitCodes.USAGE, result.exitCode(), result.err());
        assertEquals("", result.out());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
        assertTrue(result.err().contains(expectedText), result.err());
    }

    @Test
    void tlvDecodePrintsTheTree() throws Exception {
        CliRunner.Result result = CliRunner.run("tlv", "decode", "61 09 4f 07 a0 00 00 02 47 10 01", "5F2E:02:AA:BB");
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        JsonNode objects = json(result);
        assertEquals(2, objects.size());
        JsonNode template = objects.get(0);
        assertEquals("61", template.get("tag").asText());
        assertTrue(template.get("constructed").asBoolean());
        assertEquals(9, template.get("length").asInt());
        assertFalse(template.has("value"));
        JsonNode aid = template.get("children").get(0);
        assertEquals("4F", aid.get("tag").asText());
        assertFalse(aid.get("constructed").asBoolean());
        assertEquals("A0000002471001", aid.get("value").asText());
        assertFalse(aid.has("children"));
        assertEquals("5F2E", objects.get(1).get("tag").asText());
        assertEquals("AABB", objects.get(1).get("value").asText());
    }

    @Test
    void tlvDecodeOptionsChangeThePolicy() throws Exception {
        assertEquals(ExitCodes.OK, CliRunner.run("tlv", "decode", "04 81 01 AA").exitCode());
        assertOneLineUsageError(CliRunner.run("tlv", "decode", "--strict-lengths", "04 81 01 AA"), "not minimally encoded");
        assertOneLineUsageError(CliRunner.run("tlv", "decode", "00 04 01 AA"), "invalid tag at offset 0");
        CliRunner.Result padded = CliRunner.run("tlv", "decode", "--skip-padding", "00 04 01 AA FF");
        assertEquals(ExitCodes.OK, padded.exitCode(), padded.err());
        assertEquals(1, json(padded).size());
    }

    @Test
    void malformedTlvIsAOneLineUsageError() {
        assertOneLineUsageError(CliRunner.run("tlv", "decode", "61 05 4F 03"), "offset 1");
        assertOneLineUsageError(CliRunner.run("tlv", "decode", "30 80 00 00"), "indefinite length");
        assertOneLineUsageError(CliRunner.run("tlv", "decode", "04 84 FFFFFFFF"), "too long");
    }

    @Test
    void badHexIsAOneLineUsageErrorInEitherLanguage() {
        assertOneLineUsageError(CliRunner.run("tlv", "decode", "6G"), "Not hexadecimal");
        assertOneLineUsageError(CliRunner.run("atr", "decode", "3B0"), "odd number of digits");
        assertOneLineUsageError(CliRunner.run("atr", "decode", " : "), "No hexadecimal input");
        assertOneLineUsageError(CliRunner.run("--lang", "ar", "atr", "decode", "3BZZ"), "ليست قيمة سداسية عشرية");
    }

    @Test
    void atrDecodeDescribesTheOmanCard() throws Exception {
        CliRunner.Result result = CliRunner.run("atr", "decode", "3B 7A 96 00 00 80 65 A2 01 20 01 3D 72 D6 41");
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        JsonNode atr = json(result);
        assertEquals("3B", atr.get("ts").asText());
        assertEquals("direct", atr.get("convention").asText());
        assertEquals("[\"T=0\"]", atr.get("protocols").toString());
        assertEquals("96", atr.get("interfaceBytes").get(0).get("ta").asText());
        assertEquals(512, atr.get("fi").asInt());
        assertEquals(32, atr.get("di").asInt());
        assertEquals("8065A20120013D72D641", atr.get("historicalBytes").asText());
        assertEquals("COMPACT_TLV", atr.get("historicalBytesDecoded").get("format").asText());
        assertEquals("D641", atr.get("historicalBytesDecoded").get("cardCapabilities").get("bytes").asText());
        assertTrue(atr.get("tckValid").asBoolean());
        assertFalse(atr.get("tckPresent").asBoolean());
        assertFalse(atr.get("extendedLength").asBoolean());
    }

    @Test
    void atrDecodeListsProtocolsAndExtendedLength() throws Exception {
        CliRunner.Result result = CliRunner.run("atr", "decode", "3B:8A:80:01:80:31:F8:73:F7:41:E0:82:90:00:75");
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        JsonNode atr = json(result);
        assertEquals("[\"T=0\",\"T=1\"]", atr.get("protocols").toString());
        assertEquals("T=1", atr.get("interfaceBytes").get(2).get("protocol").asText());
        assertTrue(atr.get("extendedLength").asBoolean());
        assertEquals("75", atr.get("tck").asText());
        assertEquals("9000", atr.get("historicalBytesDecoded").get("statusWord").asText());
    }

    @Test
    void atrDecodeShowsT1AndT15Parameters() throws Exception {
        JsonNode yubikey = json(CliRunner.run("atr", "decode", "3BF81300008131FE15597562696B657934D4"));
        assertEquals(254, yubikey.get("ifsc").asInt());
        assertFalse(yubikey.has("voltageClasses"));
        assertEquals("PROPRIETARY", yubikey.get("historicalBytesDecoded").get("format").asText());
        JsonNode usim = json(CliRunner.run("atr", "decode", "3B9F95801FC38031E073FE21135786810286984418A8"));
        assertEquals("[\"A\",\"B\"]", usim.get("voltageClasses").toString());
        assertTrue(usim.get("globalInterfaceBytes").asBoolean());
    }

    @Test
    void wrongTckPrintsTheResultAndExitsInvalid() throws Exception {
        CliRunner.Result result = CliRunner.run("atr", "decode", "3B8A800180 31F873F741E0829000 76");
        assertEquals(ExitCodes.INVALID, result.exitCode(), result.err());
        assertFalse(json(result).get("tckValid").asBoolean());
    }

    @Test
    void malformedAtrIsAOneLineUsageErrorWithItsReason() {
        assertOneLineUsageError(CliRunner.run("atr", "decode", "3C 00"), "TS must be 3B");
        assertOneLineUsageError(CliRunner.run("atr", "decode", "3B 81 01 41"), "TCK is required but missing");
        assertOneLineUsageError(CliRunner.run("--lang", "ar", "atr", "decode", "3B 03 41"), "البايتات التاريخية");
    }

    @Test
    void groupWithoutSubcommandIsAUsageError() {
        assertEquals(ExitCodes.USAGE, CliRunner.run("tlv").exitCode());
        assertEquals(ExitCodes.OK, CliRunner.run("atr", "decode", "--help").exitCode());
    }
}
