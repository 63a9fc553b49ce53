package io.residentid.emulator;

import static io.residentid.pcsc.apdu.Hex.bytes;
import static io.residentid.pcsc.apdu.Hex.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import io.residentid.pcsc.transport.ApduChannel;
import io.residentid.pcsc.transport.TransmissionRules;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SoftCardTest {

    private SoftCard card;
    private ApduChannel ch;

    @BeforeEach
    void demoCard() {
        card = DemoResidentCard.builder().random(new Random(1)).build();
        ch = card.channel();
    }

    private ResponseApdu send(String hexApdu) {
        return ResponseApdu.parse(card.process(bytes(hexApdu)));
    }

    private static CommandApdu select(int p1, int p2, String data) {
        return CommandApdu.builder(0xA4).p1(p1).p2(p2).data(bytes(data)).build();
    }

    @Test
    void atrAnnouncesT1AndExtendedLengthWithAValidTck() {
        byte[] atr = card.atr();
        assertEquals("3B888131FE458073B401C0829000", hex(Arrays.copyOf(atr, atr.length - 1)));
        int x = 0;
        for (int i = 1; i < atr.length; i++) {
            x ^= atr[i] & 0xFF;
        }
        assertEquals(0, x, "TCK makes T0..TCK XOR to zero");
        assertEquals(0xC0, atr[10] & 0xFF, "card capabilities third byte: chaining + extended Lc/Le");
    }

    @Test
    void selectsByFileIdPathAndName() {
        assertEquals(0x9000, ch.transmit(select(0x00, 0x0C, "3F00")).sw());
        assertEquals(0x9000, ch.transmit(select(0x00, 0x0C, "5000")).sw());
        ResponseApdu fcp = ch.transmit(select(0x02, 0x04, "5001"));
        assertEquals(0x9000, fcp.sw());
        assertEquals("620E80020400820101830250018A0105", hex(fcp.data()));
        assertEquals(0x6A82, ch.transmit(select(0x02, 0x0C, "2F00")).sw(), "EF.DIR is not under DF 5000");
        assertEquals(0x9000, ch.transmit(select(0x08, 0x0C, "50005002")).sw());
        assertEquals(0x9000, ch.transmit(select(0x08, 0x0C, "3F0050005001")).sw());
        assertEquals(0x9000, ch.transmit(select(0x00, 0x0C, "")).sw());
        assertEquals(0x9000, ch.transmit(select(0x09, 0x0C, "5000")).sw());
        assertEquals(0x9000, ch.transmit(select(0x03, 0x0C, "")).sw());
        assertEquals(0x9000, ch.transmit(select(0x01, 0x0C, "5000")).sw());
        assertEquals(0x6A82, ch.transmit(select(0x08, 0x0C, "5000ABCD")).sw());
        assertEquals(0x6A86, ch.transmit(select(0x07, 0x0C, "5000")).sw());
        ResponseApdu fci = ch.transmit(select(0x04, 0x00, hex(DemoResidentCard.appletAid())));
        assertEquals(0x9000, fci.sw());
        assertTrue(hex(fci.data()).startsWith("6F"));
        assertTrue(hex(fci.data()).contains("8407" + hex(DemoResidentCard.appletAid())));
        assertEquals(0x9000, ch.transmit(select(0x04, 0x0C, "F052455349")).sw(), "partial DF name");
        assertEquals(0x6A82, ch.transmit(select(0x04, 0x0C, "A0000002471001")).sw());
    }

    @Test
    void readsEfDirBySfiAndALargeFileInShortAndExtendedForm() {
        ResponseApdu dir = ch.transmit(CommandApdu.builder(0xB0).p1(0x81).ne(256).build());
        assertArrayEquals(DemoResidentCard.efDirContent(), dir.data());
        assertEquals(0x9000, dir.sw());

        ch.transmit(select(0x08, 0x0C, "50005001")).requireSuccess();
        ResponseApdu all = ch.transmit(CommandApdu.builder(0xB0).ne(65536).build());
        assertArrayEquals(DemoResidentCard.dataFileContent(), all.data());
        assertEquals(0x9000, all.sw());

        ResponseApdu part = ch.transmit(CommandApdu.builder(0xB0).p1(0x03).p2(0xF0).ne(32).build());
        assertEquals(16, part.nr());
        assertEquals(0x6282, part.sw(), "end of file before Ne bytes");
        assertEquals(0x6B00, ch.transmit(CommandApdu.builder(0xB0).p1(0x04).p2(0x01).ne(1).build()).sw());
        assertEquals(0x6700, ch.transmit(CommandApdu.builder(0xB0).build()).sw());
    }

    @Test
    void oddInsReadBinaryReachesOffsetsAbove32767() {
        ch.transmit(select(0x08, 0x0C, "50005002")).requireSuccess();
        byte[] expected = DemoResidentCard.largeFileContent();
        // offset 39000 = 0x9858 does not fit B0's 15 bits
        ResponseApdu r = ch.transmit(CommandApdu.builder(0xB1).data(bytes("54029858")).ne(256).build());
        assertEquals(0x9000, r.sw());
        byte[] wrapped = r.data();
        assertEquals(0x53, wrapped[0] & 0xFF);
        assertEquals(0x81, wrapped[1] & 0xFF);
        int len = wrapped[2] & 0xFF;
        assertEquals(253, len, "the DO'53' header counts against Ne");
        assertArrayEquals(Arrays.copyOfRange(expected, 39000, 39000 + len), Arrays.copyOfRange(wrapped, 3, 3 + len));

        // extended Le: the rest of the file in one response
        ResponseApdu rest = ch.transmit(CommandApdu.builder(0xB1).data(bytes("5403008000")).ne(65536).build());
        byte[] body = rest.data();
        assertEquals(0x53, body[0] & 0xFF);
        assertEquals(0x82, body[1] & 0xFF);
        int n = ((body[2] & 0xFF) << 8) | (body[3] & 0xFF);
        assertEquals(40000 - 32768, n);
        assertArrayEquals(Arrays.copyOfRange(expected, 32768, 40000), Arrays.copyOfRange(body, 4, 4 + n));

        // by file identifier in P1-P2, and plain B0 at the 15-bit limit
        ch.transmit(select(0x00, 0x0C, "3F00")).requireSuccess();
        ch.transmit(select(0x00, 0x0C, "5000")).requireSuccess();
        assertEquals(0x9000, ch.transmit(CommandApdu.builder(0xB1).p1(0x50).p2(0x02).data(bytes("540100"))
                .ne(16).build()).sw());
        ResponseApdu edge = ch.transmit(CommandApdu.builder(0xB0).p1(0x7F).p2(0xFF).ne(1).build());
        assertArrayEquals(new byte[] {expected[32767]}, edge.data());
        assertEquals(0x6A80, ch.transmit(CommandApdu.builder(0xB1).data(bytes("550100")).ne(16).build()).sw());
    }

    @Test
    void wholeLargeFileReadsThroughTheRulesWrapperWithoutExtendedLength() {
        SoftCard shortOnly = DemoResidentCard.builder().extendedLength(false).build();
        ApduChannel rules = TransmissionRules.defaults().wrap(shortOnly.channel());
        rules.transmit(select(0x08, 0x0C, "50005002")).requireSuccess();
        assertEquals(0x6700, shortOnly.process(CommandApdu.builder(0xB0).ne(65536).build()).sw(),
                "the card itself refuses extended length");
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        while (content.size() < DemoResidentCard.LARGE_FILE_SIZE) {
            int off = content.size();
            ResponseApdu r = off <= 0x7FFF
                    ? rules.transmit(CommandApdu.builder(0xB0).p1(off >>> 8).p2(off & 0xFF).ne(256).build())
                    : rules.transmit(CommandApdu.builder(0xB1).data(new byte[] {0x54, 0x03, (byte) (off >>> 16),
                        (byte) (off >>> 8), (byte) off}).ne(256).build());
            byte[] d = r.data();
            content.writeBytes(off <= 0x7FFF ? d : Arrays.copyOfRange(d, 3, d.length));
        }
        assertArrayEquals(DemoResidentCard.largeFileContent(), content.toByteArray());
    }

    @Test
    void responsesSplitWith61xxAreReassembledByTheRules() {
        SoftCard chunky = DemoResidentCard.builder().responseChunk(100).build();
        ApduChannel raw = chunky.channel();
        raw.transmit(select(0x08, 0x0C, "50005001")).requireSuccess();
        ResponseApdu first = raw.transmit(CommandApdu.builder(0xB0).ne(65536).build());
        assertEquals(100, first.nr());
        assertEquals(0x6100, first.sw());

        ApduChannel rules = TransmissionRules.builder().extendedLength(true).build().wrap(chunky.channel());
        ResponseApdu all = rules.transmit(CommandApdu.builder(0xB0).ne(65536).build());
        assertArrayEquals(DemoResidentCard.dataFileContent(), all.data());
        assertEquals(0x9000, all.sw());
    }

    @Test
    void chainedCommandsAreJoinedByTheCard() {
        ApduChannel rules = TransmissionRules.builder().maxCommandData(3).build().wrap(ch);
        ResponseApdu r = rules.transmit(select(0x04, 0x0C, hex(DemoResidentCard.appletAid())));
        assertEquals(0x9000, r.sw());
        assertEquals(0x9000, send("10A4040C02F052").sw());
        assertEquals(0x6883, send("00B0000001").sw(), "a different command in the middle of a chain");
    }

    @Test
    void protectedFileAndCommandNeedThePin() {
        ch.transmit(select(0x04, 0x0C, hex(DemoResidentCard.appletAid()))).requireSuccess();
        ch.transmit(select(0x02, 0x0C, "7001")).requireSuccess();
        assertEquals(0x6982, ch.transmit(CommandApdu.builder(0xB0).ne(256).build()).sw());
        assertEquals(0x6982, send("80CA010000").sw());
        assertEquals(0x63C3, send("00200081").sw());
        assertEquals(0x9000, send("0020008108313233343536FFFF").sw());
        assertEquals(0x9000, send("00200081").sw());
        assertArrayEquals(DemoResidentCard.protectedData(), ch.transmit(CommandApdu.builder(0xB0).ne(256).build())
                .data());
        assertEquals(0x6C00 | DemoResidentCard.protectedData().length, send("80CA010001").sw());
        assertArrayEquals(DemoResidentCard.protectedData(), send("80CA010000").data());
        // VERIFY P1=FF resets the security status
        assertEquals(0x9000, send("0020FF81").sw());
        assertEquals(0x6982, send("80CA010000").sw());
        // leaving the applet forgets its (specific) PIN
        assertEquals(0x9000, send("0020008108313233343536FFFF").sw());
        ch.transmit(select(0x00, 0x0C, "3F00")).requireSuccess();
        assertEquals(0x63C3, send("00200081").sw());
    }

    @Test
    void pinCounterBlocksAndPukUnblocks() {
        assertEquals(0x63C2, send("0020008108303030303030FFFF").sw());
        assertEquals(0x63C1, send("0020008108303030303030FFFF").sw());
        assertEquals(0x63C0, send("0020008108303030303030FFFF").sw());
        assertEquals(0x6983, send("0020008108313233343536FFFF").sw());
        assertEquals(0x6983, send("00200081").sw());
        assertEquals(0x6983, send("0024008110313233343536FFFF313233343536FFFF").sw());
        assertEquals(0x63C9, send("002C0181083837363534333231").sw(), "wrong PUK");
        assertEquals(0x9000, send("002C0181083132333435363738").sw());
        assertEquals(0x63C3, send("00200081").sw());
        assertEquals(0x9000, send("0020008108313233343536FFFF").sw());
        assertEquals(0x6A88, send("00200085").sw());
    }

    @Test
    void getChallengeGivesFreshBytesOfTheRequestedLength() {
        ResponseApdu a = ch.transmit(CommandApdu.builder(0x84).ne(8).build());
        ResponseApdu b = ch.transmit(CommandApdu.builder(0x84).ne(8).build());
        assertEquals(8, a.nr());
        assertFalse(Arrays.equals(a.data(), b.data()));
        assertEquals(0x6700, ch.transmit(CommandApdu.builder(0x84).build()).sw());
        assertEquals(0x6A86, ch.transmit(CommandApdu.builder(0x84).p1(1).ne(8).build()).sw());
    }

    @Test
    void malformedAndUnsupportedCommandsGetStatusWordsNeverExceptions() {
        assertEquals(0x6700, send("00").sw());
        assertEquals(0x6700, send("00A4040C08A0").sw());
        assertEquals(0x6E00, send("FFA40000").sw());
        assertEquals(0x6D00, send("00600000").sw());
        assertEquals(0x6D00, send("00E00000").sw());
        assertEquals(0x6881, send("01B0000001").sw());
        assertEquals(0x6882, send("0CB0000001").sw());
        assertEquals(0x6E00, send("80B0000001").sw());
        assertEquals(0x6986, send("00B0000001").sw());
        assertEquals(0x6985, send("00C0000010").sw());
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            byte[] junk = new byte[random.nextInt(40)];
            random.nextBytes(junk);
            byte[] response = card.process(junk);
            assertTrue(response.length >= 2);
        }
    }

    @Test
    void resetForgetsTheSession() {
        assertEquals(0x9000, send("0020008108313233343536FFFF").sw());
        card.reset();
        assertEquals(0x63C3, send("00200081").sw());
        assertTrue(card.commandCount() > 0);
    }
}
