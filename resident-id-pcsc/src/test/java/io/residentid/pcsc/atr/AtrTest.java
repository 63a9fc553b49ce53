package io.residentid.pcsc.atr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.pcsc.atr.AtrException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Hand-checked ATRs of well-known cards, decoded byte by byte against ISO/IEC 7816-3 and 7816-4. */
class AtrTest {

    private static byte[] hex(String text) {
        return HexFormat.of().parseHex(text.replace(" ", ""));
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    private static Reason reasonOf(String atr) {
        return assertThrows(AtrException.class, () -> Atr.parse(hex(atr))).reason();
    }

    @Test
    void omanResidentCardOffersOnlyT0() {
        // T0=7A: TA1 TB1 TC1, 10 historical bytes; no TD1 so T=0 only and no TCK.
        Atr atr = Atr.parse(hex("3B 7A 96 00 00 80 65 A2 01 20 01 3D 72 D6 41"));
        assertEquals(0x3B, atr.ts());
        assertEquals(Atr.Convention.DIRECT, atr.convention());
        assertEquals(List.of(0), atr.protocols());
        assertEquals(OptionalInt.of(0x96), atr.ta(1));
        assertEquals(OptionalInt.of(0x00), atr.tb(1));
        assertEquals(OptionalInt.of(0x00), atr.tc(1));
        assertTrue(atr.td(1).isEmpty());
        assertEquals(9, atr.fiIndex());
        assertEquals(OptionalInt.of(512), atr.fi());
        assertEquals(OptionalInt.of(32), atr.di());
        assertEquals(OptionalInt.of(5000), atr.fMaxKiloHertz());
        assertFalse(atr.tckPresent());
        assertTrue(atr.tckValid());
        HistoricalBytes historical = atr.historicalBytes();
        assertEquals(HistoricalBytes.Format.COMPACT_TLV, historical.format());
        assertTrue(historical.wellFormed());
        assertEquals(2, historical.objects().size());
        assertEquals("preIssuingData", historical.objects().get(0).name());
        assertEquals("A20120013D", hex(historical.objects().get(0).value()));
        CardCapabilities capabilities = historical.cardCapabilities().orElseThrow();
        assertEquals(2, capabilities.length());
        assertEquals(0xD6, capabilities.selectionMethods());
        assertTrue(capabilities.selectionByFullDfName());
        assertEquals(0x41, capabilities.dataCoding());
        assertFalse(capabilities.extendedLengthFields());
        assertFalse(atr.extendedLengthSupported());
    }

    @Test
    void yubikeyOffersT1WithIfsc() {
        Atr atr = Atr.parse(hex("3B F8 13 00 00 81 31 FE 15 59 75 62 69 6B 65 79 34 D4"));
        assertEquals(List.of(1), atr.protocols());
        assertEquals(3, atr.interfaceBytes().size());
        InterfaceBytes level3 = atr.interfaceBytes().get(2);
        assertEquals(OptionalInt.of(1), level3.protocol());
        assertEquals(OptionalInt.of(0xFE), level3.ta());
        assertEquals(OptionalInt.of(0x15), level3.tb());
        assertEquals(OptionalInt.of(372), atr.fi());
        assertEquals(OptionalInt.of(4), atr.di());
        assertEquals(OptionalInt.of(0xFE), atr.t1InformationFieldSize());
        assertTrue(atr.voltageClasses().isEmpty());
        assertEquals("Yubikey4", new String(atr.historicalBytes().bytes(), StandardCharsets.US_ASCII));
        assertEquals(HistoricalBytes.Format.PROPRIETARY, atr.historicalBytes().format());
        assertEquals(OptionalInt.of(0xD4), atr.tck());
        assertTrue(atr.tckValid());
    }

    @Test
    void estonianIdCardUsesCategoryZeroWithStatusIndicator() {
        Atr atr = Atr.parse(hex("3B DB 96 00 80 B1 FE 45 1F 83 00 12 23 3F 53 65 49 44 0F 90 00 F1"));
        assertEquals(List.of(0, 1), atr.protocols());
        assertTrue(atr.hasGlobalInterfaceBytes());
        assertEquals(OptionalInt.of(0x83), atr.ta(4));
        assertEquals(OptionalInt.of(15), atr.interfaceBytes().get(3).protocol());
        HistoricalBytes historical = atr.historicalBytes();
        assertEquals(HistoricalBytes.Format.COMPACT_TLV_WITH_STATUS, historical.format());
        assertTrue(historical.wellFormed());
        assertEquals(OptionalInt.of(0x0F), historical.lifeCycleStatus());
        assertEquals(OptionalInt.of(0x9000), historical.statusWord());
        assertEquals(2, historical.objects().size());
        assertTrue(atr.tckValid());
    }

    @Test
    void usimAnnouncesGlobalBytesAndCardCapabilities() {
        Atr atr = Atr.parse(hex("3B 9F 95 80 1F C3 80 31 E0 73 FE 21 13 57 86 81 02 86 98 44 18 A8"));
        assertEquals(List.of(0), atr.protocols());
        assertTrue(atr.hasGlobalInterfaceBytes());
        assertEquals(OptionalInt.of(0xC3), atr.ta(3));
        // Class indicator C3: classes A, B (bits 1, 2); clock stop bits 8-7 are not classes.
        assertEquals(java.util.EnumSet.of(Atr.VoltageClass.A, Atr.VoltageClass.B), atr.voltageClasses());
        assertTrue(atr.t1InformationFieldSize().isEmpty());
        assertEquals(OptionalInt.of(16), atr.di());
        assertEquals(OptionalInt.of(0xE0), atr.historicalBytes().cardServiceData());
        CardCapabilities capabilities = atr.historicalBytes().cardCapabilities().orElseThrow();
        assertEquals(3, capabilities.length());
        assertEquals(4, capabilities.maxLogicalChannels());
        assertFalse(capabilities.extendedLengthFields());
        assertTrue(atr.tckPresent());
        assertTrue(atr.tckValid());
    }

    @Test
    void cardCapabilitiesAnnounceExtendedLength() {
        Atr atr = Atr.parse(hex("3B 8A 80 01 80 31 F8 73 F7 41 E0 82 90 00 75"));
        assertEquals(List.of(0, 1), atr.protocols());
        assertTrue(atr.extendedLengthSupported());
        CardCapabilities capabilities = atr.historicalBytes().cardCapabilities().orElseThrow();
        assertTrue(capabilities.commandChaining());
        assertTrue(capabilities.extendedLengthFields());
        assertEquals(1, capabilities.maxLogicalChannels());
        assertEquals(OptionalInt.of(0x9000), atr.historicalBytes().statusWord());
        assertTrue(atr.historicalBytes().lifeCycleStatus().isEmpty());
    }

    @Test
    void minimalAtrAndInverseConvention() {
        Atr minimal = Atr.parse(hex("3B 00"));
        assertEquals(List.of(0), minimal.protocols());
        assertEquals(1, minimal.interfaceBytes().size());
        assertEquals(HistoricalBytes.Format.EMPTY, minimal.historicalBytes().format());
        assertEquals(OptionalInt.of(372), minimal.fi());
        assertEquals(OptionalInt.of(1), minimal.di());
        assertEquals(Atr.Convention.INVERSE, Atr.parse(hex("3F 00")).convention());
    }

    @Test
    void rejectsStructuralErrorsWithReasons() {
        assertEquals(Reason.TOO_SHORT, reasonOf(""));
        assertEquals(Reason.TOO_SHORT, reasonOf("3B"));
        assertEquals(Reason.BAD_TS, reasonOf("3C 00"));
        assertEquals(Reason.TOO_LONG, reasonOf("3B 0F" + "00".repeat(32)));
        assertEquals(Reason.TRUNCATED_INTERFACE_BYTES, reasonOf("3B F0 11 00"));
        assertEquals(Reason.TRUNCATED_INTERFACE_BYTES, reasonOf("3B 80 F1 11"));
        assertEquals(Reason.TRUNCATED_HISTORICAL_BYTES, reasonOf("3B 03 41 42"));
        assertEquals(Reason.MISSING_TCK, reasonOf("3B 81 01 41"));
        assertEquals(Reason.TRAILING_BYTES, reasonOf("3B 01 41 42"));
        AtrException trailing = assertThrows(AtrException.class, () -> Atr.parse(hex("3B 01 41 42")));
        assertEquals(3, trailing.offset().getAsLong());
    }

    @Test
    void longestTdChainIsBoundedByTheAtrLength() {
        // 31 TDi bytes each announcing the next level (T=0): 32 levels in the 33-byte maximum.
        Atr longest = Atr.parse(hex("3B 80" + "80".repeat(30) + "00"));
        assertEquals(33, longest.length());
        assertEquals(32, longest.interfaceBytes().size());
        assertEquals(List.of(0), longest.protocols());
        assertFalse(longest.tckPresent());
        assertEquals(Reason.TRUNCATED_INTERFACE_BYTES, reasonOf("3B 80" + "80".repeat(31)));
        assertEquals(Reason.TOO_LONG, reasonOf("3B 80" + "80".repeat(31) + "00"));
    }

    @Test
    void wrongTckIsAFlagUnlessStrict() {
        byte[] bytes = hex("3B F8 13 00 00 81 31 FE 15 59 75 62 69 6B 65 79 34 D5");
        Atr atr = Atr.parse(bytes);
        assertFalse(atr.tckValid());
        AtrException e = assertThrows(AtrException.class, () -> Atr.parseStrict(bytes));
        assertEquals(Reason.TCK_MISMATCH, e.reason());
        assertEquals(17, e.offset().getAsLong());
    }

    @Test
    void sloppyHistoricalBytesDoNotRejectTheAtr() {
        // Category 80 with a COMPACT-TLV length running past the end.
        Atr atr = Atr.parse(hex("3B 03 80 73 C0"));
        assertFalse(atr.historicalBytes().wellFormed());
        assertTrue(atr.historicalBytes().cardCapabilities().isEmpty());
        assertEquals(HistoricalBytes.Format.DIR_DATA_REFERENCE, Atr.parse(hex("3B 02 10 05")).historicalBytes().format());
        assertEquals(OptionalInt.of(5), Atr.parse(hex("3B 02 10 05")).historicalBytes().dirDataReference());
        assertEquals(HistoricalBytes.Format.RESERVED, Atr.parse(hex("3B 01 81")).historicalBytes().format());
    }

    @Test
    void builderComputesFormatBytesAndTck() {
        Atr built = Atr.builder()
                .ta(1, 0x13).tb(1, 0x00).tc(1, 0x00)
                .protocol(2, 1)
                .protocol(3, 1).ta(3, 0xFE).tb(3, 0x15)
                .historicalBytes("Yubikey4".getBytes(StandardCharsets.US_ASCII))
                .build();
        assertEquals("3BF81300008131FE15597562696B657934D4", built.toHex());
        assertEquals("3B00", Atr.builder().build().toHex());
        assertThrows(IllegalStateException.class, () -> Atr.builder().ta(3, 1).protocol(3, 1).build());
        assertThrows(IllegalArgumentException.class, () -> Atr.builder().protocol(1, 1));
    }

    @Test
    void valueSemanticsAndDefensiveCopies() {
        byte[] bytes = hex("3B 7A 96 00 00 80 65 A2 01 20 01 3D 72 D6 41");
        Atr atr = Atr.parse(bytes);
        bytes[2] = 0x11;
        assertEquals(OptionalInt.of(0x96), atr.ta(1));
        atr.bytes()[2] = 0x11;
        assertEquals(OptionalInt.of(0x96), atr.ta(1));
        assertEquals(atr, Atr.parse(hex("3B7A96000080 65A20120013D72D641")));
        assertNotEquals(atr, Atr.parse(hex("3B00")));
        assertArrayEquals(hex("A20120013D"), atr.historicalBytes().objects().get(0).value());
        assertThrows(UnsupportedOperationException.class, () -> atr.interfaceBytes().clear());
        assertEquals("Atr[3B7A9600008065A20120013D72D641]", atr.toString());
    }

    @Test
    void messagesExistInEnglishAndArabicForEveryReason() {
        for (Reason reason : Reason.values()) {
            AtrException e = new AtrException(reason, 3);
            assertTrue(e.getMessage().startsWith("ATR:"), reason.name());
            String arabic = e.message(new Locale("ar"));
            assertTrue(arabic.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC),
                    reason.name());
        }
    }
}
