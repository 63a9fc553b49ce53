package io.residentid.pcsc.transport;

import static io.residentid.pcsc.apdu.Hex.bytes;
import static io.residentid.pcsc.apdu.Hex.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import io.residentid.pcsc.apdu.StatusWord;
import org.junit.jupiter.api.Test;

class TransmissionRulesTest {

    private static ResponseApdu resp(String hexData, int sw) {
        return ResponseApdu.of(bytes(hexData), StatusWord.of(sw));
    }

    @Test
    void getResponseCollectsEverything61xxAnnounces() {
        ScriptedChannel card = new ScriptedChannel(resp("", 0x6104), resp("01020304", 0x6102), resp("0506", 0x9000));
        ApduChannel ch = TransmissionRules.defaults().wrap(card);
        ResponseApdu r = ch.transmit(CommandApdu.builder(0xA4).p1(4).data(bytes("A000000247")).ne(256).build());
        assertEquals("010203040506", hex(r.data()));
        assertTrue(r.isSuccess());
        assertEquals(3, card.sent.size());
        assertEquals("00C0000004", hex(card.sent.get(1).encode()));
        assertEquals("00C0000002", hex(card.sent.get(2).encode()));
    }

    @Test
    void getResponseUsesTheCommandsChannelAndStopsAtTheBound() {
        ScriptedChannel endless = new ScriptedChannel(c -> resp("AA", 0x6101));
        ApduChannel ch = TransmissionRules.builder().maxGetResponse(5).build().wrap(endless);
        CardTransportException e = assertThrows(CardTransportException.class,
                () -> ch.transmit(CommandApdu.builder(0xB0).logicalChannel(2).ne(1).build()));
        assertTrue(e.getMessage().contains("GET RESPONSE"));
        assertEquals(6, endless.sent.size());
        assertEquals(0x02, endless.sent.get(1).cla());
    }

    @Test
    void getResponseIsInterindustryEvenForProprietaryOrProtectedCommands() {
        ScriptedChannel card = new ScriptedChannel(resp("", 0x6101), resp("AA", 0x9000), resp("", 0x6101),
                resp("BB", 0x9000));
        ApduChannel ch = TransmissionRules.defaults().wrap(card);
        ch.transmit(CommandApdu.builder(0xCA).cla(0x81).ne(1).build());
        assertEquals(0x01, card.sent.get(1).cla());
        ch.transmit(CommandApdu.builder(0xB0).logicalChannel(6).chaining(false)
                .secureMessaging(io.residentid.pcsc.apdu.SecureMessagingIndication.HEADER_NOT_PROCESSED).ne(1).build());
        assertEquals(0x42, card.sent.get(3).cla());
    }

    @Test
    void wrongLeIsCorrectedOnce() {
        ScriptedChannel card = new ScriptedChannel(resp("", 0x6C08), resp("0102030405060708", 0x9000));
        ResponseApdu r = TransmissionRules.defaults().wrap(card).transmit(CommandApdu.builder(0xCA).ne(256).build());
        assertEquals(8, r.nr());
        assertEquals(8, card.sent.get(1).ne());

        ScriptedChannel stubborn = new ScriptedChannel(resp("", 0x6C08), resp("", 0x6C04));
        ResponseApdu again = TransmissionRules.defaults().wrap(stubborn).transmit(CommandApdu.builder(0xCA).ne(1)
                .build());
        assertEquals(0x6C04, again.sw());
        assertEquals(2, stubborn.sent.size());
    }

    /** Issue 11 item 15: a card (or a man in the middle) answering 6Cxx to VERIFY must not get the PIN twice. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {0x20, 0x24, 0x2C, 0x82, 0x84, 0x86, 0x87, 0x88})
    void wrongLeAttackNeverMakesAPinOrAuthenticationCommandGoTwice(int ins) {
        ScriptedChannel card = new ScriptedChannel(resp("", 0x6C08), resp("0102030405060708", 0x9000));
        ResponseApdu r = TransmissionRules.defaults().wrap(card).transmit(CommandApdu.builder(ins).p2(0x81)
                .data(bytes("313233343536FFFF")).ne(256).build());
        assertEquals(0x6C08, r.sw());
        assertEquals(1, card.sent.size());
    }

    @Test
    void wrongLeAttackOnVerifySpendsOneTryThroughPinService() {
        ScriptedChannel card = new ScriptedChannel(resp("", 0x63C3), resp("", 0x6C08), resp("", 0x9000));
        io.residentid.pcsc.pin.PinService pins = new io.residentid.pcsc.pin.PinService(
                TransmissionRules.defaults().wrap(card), io.residentid.pcsc.pin.PinPolicy.standard());
        io.residentid.pcsc.apdu.StatusWordException e = assertThrows(io.residentid.pcsc.apdu.StatusWordException.class,
                () -> pins.verify(io.residentid.pcsc.pin.PinReference.builder(0x81).length(4, 8).build(),
                        "123456".toCharArray()));
        assertEquals(0x6C08, e.statusWord().value());
        long verifiesWithData = card.sent.stream().filter(c -> c.ins() == 0x20 && c.nc() > 0).count();
        assertEquals(1, verifiesWithData);
    }

    @Test
    void wrongLeThenMoreDataCombinesBothRules() {
        ScriptedChannel card = new ScriptedChannel(resp("", 0x6C02), resp("0102", 0x6101), resp("03", 0x9000));
        ResponseApdu r = TransmissionRules.defaults().wrap(card).transmit(CommandApdu.builder(0xCA).ne(1).build());
        assertEquals("010203", hex(r.data()));
    }

    @Test
    void longDataIsChainedInPiecesOfTheConfiguredSize() {
        ScriptedChannel card = new ScriptedChannel(c -> ResponseApdu.of(c.isChained() ? bytes("") : bytes("CAFE"),
                StatusWord.OK));
        ApduChannel ch = TransmissionRules.builder().maxCommandData(100).build().wrap(card);
        byte[] data = new byte[250];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) i;
        }
        ResponseApdu r = ch.transmit(CommandApdu.builder(0x2A).p1(0x9E).p2(0x9A).data(data).ne(256).build());
        assertEquals("CAFE", hex(r.data()));
        assertEquals(3, card.sent.size());
        assertTrue(card.sent.get(0).isChained());
        assertTrue(card.sent.get(1).isChained());
        assertFalse(card.sent.get(2).isChained());
        assertEquals(0x10, card.sent.get(0).cla());
        assertEquals(0, card.sent.get(0).ne());
        assertEquals(256, card.sent.get(2).ne());
        assertEquals(100, card.sentData.get(0).length);
        assertEquals(50, card.sentData.get(2).length);
        byte[] joined = new byte[250];
        System.arraycopy(card.sentData.get(0), 0, joined, 0, 100);
        System.arraycopy(card.sentData.get(1), 0, joined, 100, 100);
        System.arraycopy(card.sentData.get(2), 0, joined, 200, 50);
        assertArrayEquals(data, joined);
    }

    @Test
    void chainStopsWhenTheCardRefusesALink() {
        ScriptedChannel card = new ScriptedChannel(resp("", 0x6884));
        ResponseApdu r = TransmissionRules.defaults().wrap(card).transmit(CommandApdu.builder(0xD6)
                .data(new byte[300]).build());
        assertEquals(0x6884, r.sw());
        assertEquals(1, card.sent.size());
    }

    @Test
    void withoutExtendedLengthLongDataIsChainedAndBigNeIsShortened() {
        ScriptedChannel card = new ScriptedChannel(c -> resp("", 0x9000));
        ApduChannel ch = TransmissionRules.defaults().wrap(card);
        ch.transmit(CommandApdu.builder(0xD6).data(new byte[300]).build());
        assertEquals(2, card.sent.size());
        assertFalse(card.sent.get(0).isExtended());
        ch.transmit(CommandApdu.builder(0x2A).data(new byte[300]).ne(1000).build());
        CommandApdu lastLink = card.sent.get(card.sent.size() - 1);
        assertFalse(lastLink.isExtended());
        assertEquals(256, lastLink.ne());
        assertEquals(45, lastLink.nc());
        ch.transmit(CommandApdu.builder(0xB0).ne(1000).build());
        CommandApdu last = card.sent.get(card.sent.size() - 1);
        assertFalse(last.isExtended());
        assertEquals(256, last.ne());
    }

    @Test
    void withExtendedLengthCommandsPassUnchanged() {
        ScriptedChannel card = new ScriptedChannel(c -> resp("", 0x9000));
        ApduChannel ch = TransmissionRules.builder().extendedLength(true).build().wrap(card);
        CommandApdu big = CommandApdu.builder(0xD6).data(new byte[3000]).ne(4000).build();
        ch.transmit(big);
        assertEquals(1, card.sent.size());
        assertTrue(card.sent.get(0).isExtended());
        assertEquals(3000, card.sent.get(0).nc());
    }

    @Test
    void chainingCanBeRefused() {
        ApduChannel ch = TransmissionRules.builder().chaining(false).build().wrap(new ScriptedChannel());
        assertThrows(CardTransportException.class, () -> ch.transmit(CommandApdu.builder(0xD6)
                .data(new byte[256]).build()));
    }

    @Test
    void rulesAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> TransmissionRules.builder().maxCommandData(300).build());
        assertThrows(IllegalArgumentException.class, () -> TransmissionRules.builder().maxCommandData(0));
        assertThrows(IllegalArgumentException.class, () -> TransmissionRules.builder().maxGetResponse(0));
        assertEquals(65535, TransmissionRules.builder().extendedLength(true).build().maxCommandData());
    }

    @Test
    void extendedLengthFollowsTheAtrCardCapabilities() {
        assertTrue(TransmissionRules.forAtr(io.residentid.emulator.SoftCard.DEFAULT_ATR).extendedLength());
        assertFalse(TransmissionRules.forAtr(bytes("3B00")).extendedLength());
        assertFalse(TransmissionRules.forAtr(bytes("3B")).extendedLength(), "unparseable: short length");
        assertFalse(TransmissionRules.forAtr(null).extendedLength());
    }

    @Test
    void closingTheWrapperClosesTheChannel() {
        ScriptedChannel card = new ScriptedChannel();
        TransmissionRules.defaults().wrap(card).close();
        assertTrue(card.closed);
    }
}
