package io.residentid.pcsc.pin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import io.residentid.pcsc.apdu.StatusWord;
import io.residentid.pcsc.apdu.StatusWordException;
import io.residentid.emulator.DemoResidentCard;
import io.residentid.emulator.SoftCard;
import io.residentid.pcsc.transport.ApduChannel;
import io.residentid.pcsc.transport.ForwardingApduChannel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PinServiceTest {

    private static final char[] WRONG = "000000".toCharArray();
    private static final PinReference PIN = DemoResidentCard.PIN;
    private static final PinReference PUK = DemoResidentCard.PUK;

    /** Records every command (the object, to check it was wiped after transmit). */
    private static final class Recording extends ForwardingApduChannel {
        final List<CommandApdu> sent = new ArrayList<>();

        Recording(ApduChannel inner) {
            super(inner);
        }

        @Override
        public ResponseApdu transmit(CommandApdu command) {
            sent.add(command);
            return inner.transmit(command);
        }

        long verifiesWithData() {
            return sent.stream().filter(c -> c.ins() == 0x20 && c.nc() > 0).count();
        }
    }

    private Recording channel;
    private PinService pins;
    private PinService allowLast;

    @BeforeEach
    void selectDemoApplet() {
        SoftCard card = DemoResidentCard.create();
        channel = new Recording(card.channel());
        channel.transmit(CommandApdu.builder(0xA4).p1(4).p2(0x0C).data(DemoResidentCard.appletAid()).build())
                .requireSuccess();
        pins = new PinService(channel, PinPolicy.standard());
        allowLast = new PinService(channel, PinPolicy.allowLastAttempt());
    }

    @Test
    void statusDoesNotSpendATry() {
        assertEquals(new PinStatus(PinStatus.State.NOT_VERIFIED, 3), pins.status(PIN));
        assertEquals(new PinStatus(PinStatus.State.NOT_VERIFIED, 3), pins.status(PIN));
        assertEquals(PinResult.Status.SUCCESS, pins.verify(PIN, DemoResidentCard.demoPin()).status());
        assertEquals(PinStatus.State.VERIFIED, pins.status(PIN).state());
    }

    @Test
    void wrongPinsCountDownAndTheLastAttemptIsRefusedWithoutOptIn() {
        assertEquals(2, pins.verify(PIN, WRONG).triesLeft());
        assertEquals(1, pins.verify(PIN, WRONG).triesLeft());
        long sentBefore = channel.verifiesWithData();
        PinResult refused = pins.verify(PIN, DemoResidentCard.demoPin());
        assertEquals(PinResult.Status.LAST_ATTEMPT_REFUSED, refused.status());
        assertEquals(1, refused.triesLeft());
        assertTrue(refused.statusWord().isEmpty());
        assertEquals(sentBefore, channel.verifiesWithData(), "no VERIFY with data was sent");
        assertEquals(PinResult.Status.SUCCESS, allowLast.verify(PIN, DemoResidentCard.demoPin()).status());
        assertEquals(PinStatus.State.VERIFIED, pins.status(PIN).state());
    }

    @Test
    void blockedPinIsATypedResultAndThePukUnblocksIt() {
        pins.verify(PIN, WRONG);
        pins.verify(PIN, WRONG);
        PinResult blocked = allowLast.verify(PIN, WRONG);
        assertEquals(PinResult.Status.BLOCKED, blocked.status());
        assertEquals(StatusWord.of(0x63C0), blocked.statusWord().get());
        assertTrue(pins.status(PIN).isBlocked());
        PinResult stillBlocked = allowLast.verify(PIN, DemoResidentCard.demoPin());
        assertEquals(PinResult.Status.BLOCKED, stillBlocked.status());
        assertEquals(StatusWord.AUTHENTICATION_METHOD_BLOCKED, stillBlocked.statusWord().get());

        assertEquals(PinResult.Status.WRONG_PIN, pins.unblock(PUK, "87654321".toCharArray(), PIN,
                "111111".toCharArray()).status());
        assertEquals(PinResult.Status.SUCCESS, pins.unblock(PUK, DemoResidentCard.demoPuk(), PIN,
                "111111".toCharArray()).status());
        assertEquals(3, pins.status(PIN).triesLeft());
        assertEquals(PinResult.Status.WRONG_PIN, pins.verify(PIN, DemoResidentCard.demoPin()).status());
        assertEquals(PinResult.Status.SUCCESS, pins.verify(PIN, "111111".toCharArray()).status());
    }

    @Test
    void unblockWithoutNewPinOnlyResetsTheCounter() {
        pins.verify(PIN, WRONG);
        assertEquals(PinResult.Status.SUCCESS, pins.unblock(PUK, DemoResidentCard.demoPuk(), PIN, null).status());
        assertEquals(3, pins.status(PIN).triesLeft());
        assertEquals(0x01, channel.sent.get(channel.sent.size() - 2).p1());
        assertEquals(PinResult.Status.SUCCESS, pins.verify(PIN, DemoResidentCard.demoPin()).status());
    }

    @Test
    void changeReplacesThePin() {
        char[] newPin = "246810".toCharArray();
        assertEquals(PinResult.Status.WRONG_PIN, pins.change(PIN, WRONG, newPin).status());
        assertEquals(PinResult.Status.SUCCESS, pins.change(PIN, DemoResidentCard.demoPin(), newPin).status());
        assertEquals(PinResult.Status.WRONG_PIN, pins.verify(PIN, DemoResidentCard.demoPin()).status());
        assertEquals(PinResult.Status.SUCCESS, pins.verify(PIN, newPin).status());
    }

    @Test
    void invalidInputIsRejectedBeforeAnyApdu() {
        int before = channel.sent.size();
        assertThrows(InvalidPinException.class, () -> pins.verify(PIN, "12345".toCharArray()));
        assertThrows(InvalidPinException.class, () -> pins.verify(PIN, "12345x".toCharArray()));
        assertThrows(InvalidPinException.class, () -> pins.change(PIN, DemoResidentCard.demoPin(),
                "1".toCharArray()));
        assertThrows(InvalidPinException.class, () -> pins.unblock(PUK, "1234".toCharArray(), PIN,
                DemoResidentCard.demoPin()));
        assertEquals(before, channel.sent.size());
    }

    @Test
    void sentPinBuffersAreWipedAndCallerArraysUntouched() {
        char[] pin = DemoResidentCard.demoPin();
        pins.verify(PIN, pin);
        pins.change(PIN, pin, "654321".toCharArray());
        pins.unblock(PUK, DemoResidentCard.demoPuk(), PIN, "123456".toCharArray());
        assertArrayEquals("123456".toCharArray(), pin, "the caller owns and wipes its array");
        List<CommandApdu> withSecrets = channel.sent.stream().filter(c -> c.nc() > 0 && c.isSensitive()).toList();
        assertEquals(3, withSecrets.size());
        for (CommandApdu c : withSecrets) {
            assertArrayEquals(new byte[c.nc()], c.data(), "wiped after transmit: " + c);
        }
    }

    @Test
    void pinAsAsciiBytesIsAcceptedAndLeftToTheCaller() {
        byte[] pin = "123456".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals(PinResult.Status.SUCCESS, pins.verify(PIN, pin).status());
        assertArrayEquals("123456".getBytes(java.nio.charset.StandardCharsets.US_ASCII), pin);
        assertThrows(InvalidPinException.class, () -> pins.verify(PIN, (byte[]) null));
        assertThrows(InvalidPinException.class, () -> pins.verify(PIN, new byte[] {0x31, 0x32, 0x33, 0x34, 0x35,
            (byte) 0xB6}));
    }

    /** A card that answers the tries query (VERIFY without data) with 6A86 instead of 63Cx. */
    private static ApduChannel cannotReportTries(ApduChannel inner) {
        return new ForwardingApduChannel(inner) {
            @Override
            public ResponseApdu transmit(CommandApdu command) {
                if (command.ins() == 0x20 && command.nc() == 0) {
                    return ResponseApdu.parse(new byte[] {0x6A, (byte) 0x86});
                }
                return super.transmit(command);
            }
        };
    }

    @Test
    void unknownTriesAreRefusedUnlessThePolicyAllowsThem() {
        ApduChannel blind = cannotReportTries(channel);
        PinResult refused = new PinService(blind, PinPolicy.standard()).verify(PIN, DemoResidentCard.demoPin());
        assertEquals(PinResult.Status.TRIES_UNKNOWN_REFUSED, refused.status());
        assertEquals(-1, refused.triesLeft());
        assertEquals(0, channel.verifiesWithData(), "no PIN was sent");
        assertEquals(PinResult.Status.SUCCESS, new PinService(blind, PinPolicy.allowUnknownTries())
                .verify(PIN, DemoResidentCard.demoPin()).status());
        assertEquals(PinResult.Status.SUCCESS, new PinService(blind, PinPolicy.allowLastAttempt())
                .verify(PIN, DemoResidentCard.demoPin()).status());
    }

    @Test
    void allowingUnknownTriesStillRefusesAKnownLastTry() {
        PinService unknownAllowed = new PinService(channel, PinPolicy.allowUnknownTries());
        unknownAllowed.verify(PIN, WRONG);
        unknownAllowed.verify(PIN, WRONG);
        assertEquals(PinResult.Status.LAST_ATTEMPT_REFUSED, unknownAllowed.verify(PIN, WRONG).status());
        assertEquals(2, channel.verifiesWithData());
        assertTrue(PinPolicy.allowUnknownTries().isUnknownTriesAllowed());
        assertFalse(PinPolicy.standard().isUnknownTriesAllowed());
    }

    @Test
    void unknownReferenceIsAStatusWordException() {
        PinReference unknown = PinReference.builder(0x85).length(6, 6).build();
        StatusWordException e = assertThrows(StatusWordException.class, () -> pins.status(unknown));
        assertEquals(StatusWord.REFERENCE_DATA_NOT_FOUND, e.statusWord());
    }

    @Test
    void toStringsNeverShowPins() {
        assertFalse(pins.toString().contains("123456"));
        assertFalse(PIN.toString().contains("123456"));
        assertFalse(pins.verify(PIN, DemoResidentCard.demoPin()).toString().contains("123456"));
    }
}
