package io.residentid.pcsc.apdu;

import static io.residentid.pcsc.apdu.Hex.bytes;
import static io.residentid.pcsc.apdu.Hex.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommandApduTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // hex, case, extended, nc, ne
        "00A40000,                          1, false, 0, 0",
        "00B0000000,                        2, false, 0, 256",
        "00B0000001,                        2, false, 0, 1",
        "00B00000FF,                        2, false, 0, 255",
        "00B00000000000,                    2, true,  0, 65536",
        "00B00000000101,                    2, true,  0, 257",
        "00B00000000001,                    2, true,  0, 1",
        "00A4040C07A0000002471001,          3, false, 7, 0",
        "00A4040007A000000247100100,        4, false, 7, 256",
        "00A4040007A00000024710010C,        4, false, 7, 12",
        "00A4040C000007A0000002471001,      3, true,  7, 0",
        "00A40400000007A00000024710010000,  4, true,  7, 65536",
        "00A40400000007A00000024710010100,  4, true,  7, 256",
    })
    void parsesAndReencodesEveryCase(String hexApdu, int apduCase, boolean extended, int nc, int ne) {
        byte[] encoded = bytes(hexApdu);
        CommandApdu c = CommandApdu.parse(encoded);
        assertEquals(apduCase, c.apduCase().number());
        assertEquals(extended, c.isExtended());
        assertEquals(nc, c.nc());
        assertEquals(ne, c.ne());
        assertArrayEquals(encoded, c.encode());
        assertEquals(encoded.length, c.encodedLength());
    }

    @Test
    void builderChoosesShortOrExtendedFromTheLengths() {
        assertEquals("00B0000000", hex(CommandApdu.builder(0xB0).ne(256).build().encode()));
        assertEquals("00B00000000101", hex(CommandApdu.builder(0xB0).ne(257).build().encode()));
        assertEquals("00B00000000000", hex(CommandApdu.builder(0xB0).ne(65536).build().encode()));
        byte[] data = new byte[256];
        byte[] enc = CommandApdu.builder(0xD6).data(data).build().encode();
        assertEquals(4 + 3 + 256, enc.length);
        assertEquals("00D60000000100", hex(Arrays.copyOf(enc, 7)));
        CommandApdu forced = CommandApdu.builder(0xB0).ne(5).extended(true).build();
        assertEquals("00B00000000005", hex(forced.encode()));
        // case 4 extended with Ne above 256: both lengths in extended form
        assertEquals("00880000000002AABB0200", hex(CommandApdu.builder(0x88).data(bytes("AABB")).ne(512).build()
                .encode()));
    }

    @Test
    void largestLengthsAreAccepted() {
        CommandApdu max = CommandApdu.builder(0xD6).data(new byte[65535]).ne(65536).build();
        byte[] enc = max.encode();
        assertEquals(4 + 3 + 65535 + 2, enc.length);
        assertEquals(max, CommandApdu.parse(enc));
    }

    @Test
    void outOfBoundsValuesAreRejected() {
        assertThrows(InvalidApduException.class, () -> CommandApdu.builder(0xD6).data(new byte[65536]).build());
        assertThrows(InvalidApduException.class, () -> CommandApdu.builder(0xB0).ne(65537).build());
        assertThrows(InvalidApduException.class, () -> CommandApdu.builder(0xB0).ne(-1).build());
        assertThrows(InvalidApduException.class, () -> CommandApdu.builder(0x100).build());
        assertThrows(InvalidApduException.class, () -> CommandApdu.builder(0xB0).p1(256).build());
        assertThrows(InvalidApduException.class, () -> CommandApdu.builder(0xB0).p2(-1).build());
        assertThrows(InvalidApduException.class, () -> CommandApdu.builder().build());
        assertThrows(InvalidApduException.class, () -> CommandApdu.builder(0xB1).p1p2(0x10000));
        assertEquals(0x50, CommandApdu.builder(0xB1).p1p2(0x5002).build().p1());
        assertThrows(InvalidApduException.class, () -> CommandApdu.builder(0x61).build());
        assertThrows(InvalidApduException.class, () -> CommandApdu.builder(0x90).build());
        assertThrows(InvalidApduException.class, () -> CommandApdu.builder(0xB0).cla(0xFF).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "00", "00A400", // too short
        "00A4040C08A0000002471001", // Lc says 8, only 7 data bytes
        "00A4040C07A000000247100100FF", // two trailing bytes
        "00B000000000", // 6 bytes with b4 = 00
        "00A4040C000000", // extended Lc 0000 followed by nothing: that is case 2E... no: 7 bytes = case 2E
        "00A4040C0000000102", // extended Lc 0000
        "00A4040C000008A0000002471001", // extended Lc too long
        "FFA40000", // CLA FF
        "00600000", "00930000", // INS 6X, 9X
    })
    void malformedBytesThrowTheDocumentedException(String hexApdu) {
        if (hexApdu.equals("00A4040C000000")) {
            assertEquals(65536, CommandApdu.parse(bytes(hexApdu)).ne());
            return;
        }
        assertThrows(InvalidApduException.class, () -> CommandApdu.parse(bytes(hexApdu)));
    }

    @Test
    void nullIsRejectedWithTheDocumentedException() {
        assertThrows(InvalidApduException.class, () -> CommandApdu.parse(null));
    }

    @Test
    void logicalChannelsUseFirstAndFurtherInterindustryClasses() {
        for (int ch = 0; ch <= 19; ch++) {
            CommandApdu c = CommandApdu.builder(0xB0).logicalChannel(ch).ne(1).build();
            assertEquals(ch, c.logicalChannel());
            assertEquals(ch <= 3 ? CommandClass.FIRST_INTERINDUSTRY : CommandClass.FURTHER_INTERINDUSTRY,
                    c.commandClass());
        }
        assertEquals(0x03, CommandApdu.builder(0xB0).logicalChannel(3).build().cla());
        assertEquals(0x40, CommandApdu.builder(0xB0).logicalChannel(4).build().cla());
        assertEquals(0x4F, CommandApdu.builder(0xB0).logicalChannel(19).build().cla());
        assertThrows(InvalidApduException.class, () -> CommandApdu.builder(0xB0).logicalChannel(20).build());
        assertThrows(InvalidApduException.class, () -> CommandApdu.builder(0xB0).cla(0x80).logicalChannel(1)
                .build());
    }

    @Test
    void secureMessagingAndChainingBitsAreCoded() {
        CommandApdu sm = CommandApdu.builder(0xB0).secureMessaging(SecureMessagingIndication.HEADER_AUTHENTICATED)
                .build();
        assertEquals(0x0C, sm.cla());
        assertEquals(SecureMessagingIndication.HEADER_AUTHENTICATED, sm.secureMessaging());
        CommandApdu further = CommandApdu.builder(0xB0).logicalChannel(5)
                .secureMessaging(SecureMessagingIndication.HEADER_NOT_PROCESSED).chaining(true).build();
        assertEquals(0x40 | 0x20 | 0x10 | 1, further.cla());
        assertTrue(further.isChained());
        assertEquals(SecureMessagingIndication.HEADER_NOT_PROCESSED, further.secureMessaging());
        assertThrows(InvalidApduException.class, () -> CommandApdu.builder(0xB0).logicalChannel(5)
                .secureMessaging(SecureMessagingIndication.HEADER_AUTHENTICATED).build());
        assertEquals(0x90, CommandApdu.builder(0xCA).cla(0x80).chaining(true).build().cla());
        assertFalse(CommandApdu.parse(bytes("2CB00000")).isChained()); // RFU class: nothing interpreted
        assertEquals(CommandClass.RFU, CommandApdu.parse(bytes("2CB00000")).commandClass());
        assertEquals(0x0C, CommandApdu.parse(bytes("1CB00000")).withCla(0x0C).cla());
    }

    @Test
    void pinCommandsAreSensitiveAndToStringNeverShowsData() {
        CommandApdu verify = CommandApdu.builder(0x20).p2(0x81).data(bytes("313233343536FFFF")).build();
        assertTrue(verify.isSensitive());
        assertTrue(CommandApdu.builder(0x24).build().isSensitive());
        assertTrue(CommandApdu.builder(0x2C).build().isSensitive());
        assertTrue(CommandApdu.builder(0x88).sensitive(true).build().isSensitive());
        assertFalse(CommandApdu.builder(0xB0).build().isSensitive());
        assertFalse(verify.toString().contains("313233"));
        assertTrue(verify.toString().contains("sensitive"));
        verify.wipe();
        assertArrayEquals(new byte[8], verify.data());
    }

    @Test
    void dataIsCopiedInAndOut() {
        byte[] data = bytes("0102");
        CommandApdu c = CommandApdu.builder(0xD6).data(data).build();
        data[0] = 9;
        byte[] out = c.data();
        out[1] = 9;
        assertArrayEquals(bytes("0102"), c.data());
    }

    @Test
    void withNeKeepsOrWidensTheForm() {
        CommandApdu c = CommandApdu.builder(0xB0).ne(10).build();
        assertEquals("00B0000010".substring(0, 8) + "20", hex(c.withNe(32).encode()));
        assertTrue(c.withNe(300).isExtended());
        assertEquals(ApduCase.CASE_1, c.withNe(0).apduCase());
    }
}
