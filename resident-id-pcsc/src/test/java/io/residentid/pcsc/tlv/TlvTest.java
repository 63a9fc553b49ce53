package io.residentid.pcsc.tlv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.pcsc.tlv.TlvException.Reason;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TlvTest {

    private static byte[] hex(String text) {
        return HexFormat.of().parseHex(text.replace(" ", ""));
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    private static Reason reasonOf(String input) {
        return assertThrows(TlvException.class, () -> Tlv.parseAll(hex(input))).reason();
    }

    @Test
    void parsesEfDirApplicationTemplate() {
        // EF.DIR record: application template 61 with AID 4F and label 50.
        Tlv template = Tlv.parse(hex("61 0F 4F 07 A0000002471001 50 04 54455354"));
        assertEquals(TlvTag.of(0x61), template.tag());
        assertTrue(template.isConstructed());
        assertEquals(15, template.valueLength());
        assertEquals(2, template.children().size());
        Tlv aid = template.find(0x4F).orElseThrow();
        assertFalse(aid.isConstructed());
        assertEquals("A0000002471001", hex(aid.value()));
        assertEquals("TEST", new String(template.find(0x50).orElseThrow().value(), java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void findsByTagPathFromASequence() {
        List<Tlv> efDir = Tlv.parseAll(hex("61 09 4F 07 A0000002471001 61 08 4F 06 E80704007F00"));
        assertEquals(2, efDir.size());
        assertEquals("A0000002471001", hex(Tlv.find(efDir, 0x61, 0x4F).orElseThrow().value()));
        assertEquals(2, Tlv.findAll(efDir, 0x61, 0x4F).size());
        assertTrue(Tlv.find(efDir, 0x61, 0x50).isEmpty());
        assertTrue(Tlv.find(efDir, 0x6F).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Tlv.find(efDir));
    }

    @Test
    void parsesMultiByteTagsAndLongLengths() {
        byte[] image = new byte[300];
        image[299] = 0x42;
        Tlv dg2 = Tlv.builder(0x75)
                .add(Tlv.builder(0x7F61).add(0x02, new byte[] {1})
                        .add(Tlv.builder(0x7F60).add(0x5F2E, image).build()).build())
                .build();
        byte[] encoded = dg2.encoded();
        assertEquals("7582013E" + "7F61820139" + "020101" + "7F60820131" + "5F2E82012C", hex(encoded).substring(0, 44));
        Tlv parsed = Tlv.parse(encoded);
        assertEquals(dg2, parsed);
        assertEquals(dg2.hashCode(), parsed.hashCode());
        Tlv biometric = parsed.find(0x7F61, 0x7F60, 0x5F2E).orElseThrow();
        assertEquals(300, biometric.valueLength());
        assertEquals(0x42, biometric.valueBuffer().get(299));
        assertEquals(2, biometric.tag().length());
        assertEquals("5F2E", biometric.tag().toString());
    }

    @Test
    void acceptsFourByteLengthsAndThreeByteTags() {
        Tlv tlv = Tlv.parse(hex("BF8101 84 00000003 8001FF"));
        assertEquals(0xBF8101, tlv.tag().value());
        assertEquals(3, tlv.tag().length());
        assertEquals(0x81, tlv.tag().number());
        assertEquals(TlvTag.TagClass.CONTEXT_SPECIFIC, tlv.tag().tagClass());
        // Re-encoding uses the shortest length form.
        assertEquals("BF8101038001FF", hex(tlv.encoded()));
    }

    @Test
    void strictParserRejectsNonMinimalLengths() {
        byte[] input = hex("04 81 05 0102030405");
        assertEquals(5, Tlv.parse(input).valueLength());
        TlvParser strict = TlvParser.builder().strictLengths(true).build();
        TlvException e = assertThrows(TlvException.class, () -> strict.parse(input));
        assertEquals(Reason.NON_MINIMAL_LENGTH, e.reason());
        assertEquals(1, e.offset().getAsLong());
        assertThrows(TlvException.class, () -> strict.parse(hex("04 82 0005 0102030405")));
        assertEquals(0x81, strict.parse(hex("04 81 81" + "00".repeat(0x81))).valueLength());
    }

    @Test
    void rejectsIndefiniteLength() {
        assertEquals(Reason.INDEFINITE_LENGTH, reasonOf("30 80 0400 0000"));
    }

    @Test
    void rejectsHugeLengthsBeforeAllocating() {
        assertEquals(Reason.TRUNCATED_VALUE, reasonOf("04 84 7FFFFFFF 00"));
        assertEquals(Reason.LENGTH_TOO_LONG, reasonOf("04 84 FFFFFFFF 00"));
        assertEquals(Reason.LENGTH_TOO_LONG, reasonOf("04 85 0000000001 00"));
        assertEquals(Reason.LENGTH_TOO_LONG, reasonOf("04 FF"));
    }

    @Test
    void reportsTruncationWithOffsets() {
        TlvException value = assertThrows(TlvException.class, () -> Tlv.parse(hex("61 05 4F 03 0102")));
        assertEquals(Reason.TRUNCATED_VALUE, value.reason());
        assertEquals(1, value.offset().getAsLong());
        assertEquals(Reason.TRUNCATED_TAG, reasonOf("5F"));
        assertEquals(Reason.TRUNCATED_LENGTH, reasonOf("5F1F"));
        assertEquals(Reason.TRUNCATED_LENGTH, reasonOf("04 82 01"));
        TlvException inner = assertThrows(TlvException.class, () -> Tlv.parse(hex("61 04 4F 05 0102")));
        assertEquals(Reason.TRUNCATED_VALUE, inner.reason());
        assertEquals(3, inner.offset().getAsLong());
    }

    @Test
    void rejectsInvalidTags() {
        assertEquals(Reason.INVALID_TAG, reasonOf("00 00"));
        assertEquals(Reason.INVALID_TAG, reasonOf("FF 00"));
        assertEquals(Reason.INVALID_TAG, reasonOf("5F 80 01 00"));
        assertEquals(Reason.INVALID_TAG, reasonOf("5F 00 00"));
        // ICAO 9303 uses two-byte tags with small numbers (LDS version 5F01, name 5F0E).
        assertEquals(0x5F01, Tlv.parse(hex("5F01 04 30313037")).tag().value());
        assertEquals(14, TlvTag.of(0x5F0E).number());
        assertEquals(Reason.TAG_TOO_LONG, reasonOf("5F 81 81 81 01 00"));
        assertThrows(IllegalArgumentException.class, () -> TlvTag.of(0x1F));
        assertThrows(IllegalArgumentException.class, () -> TlvTag.of(0x5F00));
        assertThrows(IllegalArgumentException.class, () -> TlvTag.of(0x0101));
        assertThrows(IllegalArgumentException.class, () -> TlvTag.of(0x5F8001));
        assertEquals(0x5F1F, TlvTag.of(new byte[] {0x5F, 0x1F}).value());
    }

    @Test
    void reportsTrailingBytes() {
        byte[] input = hex("04 01 AA 9000");
        TlvException e = assertThrows(TlvException.class, () -> Tlv.parse(input));
        assertEquals(Reason.TRAILING_BYTES, e.reason());
        assertEquals(3, e.offset().getAsLong());
        TlvPrefix prefix = TlvParser.defaults().parsePrefix(input);
        assertEquals(3, prefix.consumed());
        assertEquals(2, prefix.trailingBytes());
        assertEquals("AA", hex(prefix.tlv().value()));
    }

    @Test
    void skipsPaddingOnlyWhenAsked() {
        byte[] input = hex("00 04 01 AA FF FF 04 01 BB 00");
        assertEquals(Reason.INVALID_TAG, assertThrows(TlvException.class, () -> Tlv.parseAll(input)).reason());
        TlvParser padded = TlvParser.builder().skipPadding(true).build();
        assertEquals(2, padded.parseAll(input).size());
        assertEquals("AA", hex(padded.parse(hex("04 01 AA 00 FF")).value()));
    }

    @Test
    void boundsDepthSizeAndObjectCount() {
        StringBuilder deep = new StringBuilder();
        int levels = 40;
        for (int i = 0; i < levels; i++) {
            deep.append("30").append(String.format("%02X", 2 * (levels - 1 - i)));
        }
        assertEquals(Reason.TOO_DEEP, reasonOf(deep.toString()));
        assertEquals(levels, depth(TlvParser.builder().maxDepth(64).build().parse(hex(deep.toString()))));
        assertEquals(Reason.TOO_LARGE, assertThrows(TlvException.class,
                () -> TlvParser.builder().maxSize(10).build().parseAll(new byte[11])).reason());
        assertEquals(Reason.TOO_MANY_OBJECTS, assertThrows(TlvException.class,
                () -> TlvParser.builder().maxObjects(2).build().parseAll(hex("0400 0400 0400"))).reason());
        assertThrows(IllegalArgumentException.class, () -> TlvParser.builder().maxDepth(1000));
    }

    @Test
    void objectBombIsRejectedByTheDefaultObjectLimit() {
        // 150,000 empty objects in 300 KB: small input, but a tree that large is refused.
        byte[] bomb = new byte[300_000];
        for (int i = 0; i < bomb.length; i += 2) {
            bomb[i] = 0x04;
        }
        TlvException e = assertThrows(TlvException.class, () -> Tlv.parseAll(bomb));
        assertEquals(Reason.TOO_MANY_OBJECTS, e.reason());
        assertEquals(2 * TlvParser.DEFAULT_MAX_OBJECTS, e.offset().getAsLong());
        // The zero-copy reader allocates nothing per object, so it walks the same input without a limit.
        TlvReader reader = TlvReader.of(bomb);
        int count = 0;
        while (reader.next()) {
            count++;
        }
        assertEquals(150_000, count);
    }

    private static int depth(Tlv tlv) {
        int max = 0;
        for (Tlv child : tlv.children()) {
            max = Math.max(max, depth(child));
        }
        return max + 1;
    }

    @Test
    void emptyInputIsEmptySequenceButNoObject() {
        assertEquals(List.of(), Tlv.parseAll(new byte[0]));
        assertEquals(Reason.EMPTY, assertThrows(TlvException.class, () -> Tlv.parse(new byte[0])).reason());
    }

    @Test
    void treeIsImmutableAndIndependentOfTheInput() {
        byte[] input = hex("61 06 4F 04 01020304");
        Tlv tlv = Tlv.parse(input);
        input[4] = 0x7F;
        Tlv aid = tlv.find(0x4F).orElseThrow();
        assertEquals("01020304", hex(aid.value()));
        aid.value()[0] = 0x55;
        assertEquals("01020304", hex(aid.value()));
        assertThrows(UnsupportedOperationException.class, () -> tlv.children().clear());
        ByteBuffer view = aid.valueBuffer();
        assertTrue(view.isReadOnly());
        byte[] value = {9, 9};
        Tlv built = Tlv.primitive(0x04, value);
        value[0] = 0;
        assertEquals("0909", hex(built.value()));
        assertTrue(built.valueEquals(new byte[] {9, 9}));
    }

    @Test
    void buildersCheckTagKind() {
        assertThrows(IllegalArgumentException.class, () -> Tlv.primitive(0x61, new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> Tlv.constructed(0x04));
        assertThrows(IllegalArgumentException.class, () -> Tlv.builder(0x5F1F));
        assertEquals("6100", hex(Tlv.constructed(0x61).encoded()));
    }

    @Test
    void toStringNeverShowsValues() {
        Tlv tlv = Tlv.parse(hex("61 07 5F1F 04 41424344"));
        assertEquals("61[7: 5F1F[4]]", tlv.toString());
        assertFalse(tlv.toString().contains("41424344"));
    }

    @Test
    void equalityIsByContent() {
        assertEquals(Tlv.primitive(0x04, new byte[] {1}), Tlv.parse(hex("040101")));
        assertNotEquals(Tlv.primitive(0x04, new byte[] {1}), Tlv.primitive(0x05, new byte[] {1}));
        assertNotEquals(Tlv.primitive(0x04, new byte[] {1}), Tlv.primitive(0x04, new byte[] {2}));
        // A constructed object's value is the encoding of its children.
        assertEquals("040101", hex(Tlv.parse(hex("6103040101")).value()));
    }

    @Test
    void readerWalksWithoutCopying() {
        byte[] input = hex("61 09 4F 07 A0000002471001 04 00");
        TlvReader reader = TlvReader.of(input);
        assertTrue(reader.next());
        assertEquals(0x61, reader.tag());
        assertTrue(reader.isConstructed());
        TlvReader inner = reader.children();
        assertTrue(inner.next());
        assertEquals(0x4F, inner.tag());
        assertEquals(4, inner.valueOffset());
        assertEquals(7, inner.valueLength());
        assertFalse(inner.next());
        assertTrue(reader.next());
        assertEquals(0, reader.valueLength());
        assertFalse(reader.next());
        assertThrows(IllegalStateException.class, reader::tag);
    }

    @Test
    void readerOffsetsInErrorsCountFromItsRange() {
        byte[] input = hex("EEEE 61 03 4F 05 01");
        TlvReader reader = TlvReader.of(input, 2, 5);
        assertTrue(reader.next());
        TlvException e = assertThrows(TlvException.class, () -> reader.children().next());
        assertEquals(Reason.TRUNCATED_VALUE, e.reason());
        assertEquals(3, e.offset().getAsLong());
    }

    @Test
    void messagesExistInEnglishAndArabicForEveryReason() {
        for (Reason reason : Reason.values()) {
            TlvException e = new TlvException(reason, 7);
            assertTrue(e.getMessage().startsWith("BER-TLV:"), reason.name());
            String arabic = e.message(new Locale("ar"));
            assertNotEquals(e.getMessage(), arabic, reason.name());
            assertTrue(arabic.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC),
                    reason.name());
        }
    }
}
