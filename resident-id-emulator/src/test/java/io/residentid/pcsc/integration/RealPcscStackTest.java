package io.residentid.pcsc.integration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import io.residentid.emulator.DemoResidentCard;
import io.residentid.emulator.SoftCard;
import io.residentid.emulator.VpcdClient;
import io.residentid.pcsc.pin.PinPolicy;
import io.residentid.pcsc.pin.PinResult;
import io.residentid.pcsc.pin.PinService;
import io.residentid.pcsc.pin.PinStatus;
import io.residentid.pcsc.transport.ApduChannel;
import io.residentid.pcsc.transport.ApduTrace;
import io.residentid.pcsc.transport.CardEvent;
import io.residentid.pcsc.transport.CardTransportException;
import io.residentid.pcsc.transport.CardEventMonitor;
import io.residentid.pcsc.transport.Pcsc;
import io.residentid.pcsc.transport.PcscCard;
import io.residentid.pcsc.transport.Protocol;
import io.residentid.pcsc.transport.TransmissionRules;
import java.io.ByteArrayOutputStream;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The emulator as a real card: pcscd + vsmartcard-vpcd + this SDK's javax.smartcardio path. Skips only when pcscd or
 * vpcd are not installed and {@code RESIDENT_ID_REQUIRE_PCSCD} is not {@code 1} (CI sets it: then it fails).
 */
@Tag("pcscd")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RealPcscStackTest {

    private static final String READER = "Virtual PCD 00 00";
    private static PcscdFixture pcscd;

    @BeforeAll
    static void startPcscd() throws Exception {
        pcscd = PcscdFixture.startOrSkip(Paths.get("target", "pcscd-it").toAbsolutePath());
    }

    @AfterAll
    static void stopPcscd() {
        if (pcscd != null) {
            pcscd.close();
        }
    }

    @Test
    void emulatedCardWorksThroughPcscdAndVpcd() throws Exception {
        Pcsc pcsc = Pcsc.open();
        waitForReader(pcsc);

        BlockingQueue<CardEvent> events = new LinkedBlockingQueue<>();
        SoftCard card = DemoResidentCard.create();
        try (CardEventMonitor monitor = pcsc.monitor().pollInterval(Duration.ofMillis(200))
                .reportInitialState(false).listener(events::add).start()) {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!monitor.isReady() && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            VpcdClient client = VpcdClient.builder(card).host("127.0.0.1").port(pcscd.vpcdPort()).start();
            try {
                assertTrue(client.awaitConnected(Duration.ofSeconds(15)), () -> "emulator did not connect to vpcd: "
                        + client.lastError() + "\n" + pcscd.log());
                expectEvent(events, CardEvent.Type.CARD_INSERTED);
                assertTrue(pcsc.waitForCardPresent(READER, Duration.ofSeconds(10)));
                assertTrue(pcsc.readers().stream().anyMatch(r -> r.name().equals(READER) && r.cardPresent()
                        && r.atr().isPresent()));

                try (PcscCard pcscCard = pcsc.connect(READER, Protocol.ANY)) {
                    assertArrayEquals(SoftCard.DEFAULT_ATR, pcscCard.atr());
                    pcscCard.beginExclusive();
                    TransmissionRules rules = TransmissionRules.forAtr(pcscCard.atr());
                    assertTrue(rules.extendedLength(), "the emulator's ATR announces extended length");
                    ApduChannel channel = rules.wrap(ApduTrace.wrap(pcscCard));
                    readLargeFile(channel);
                    readBeyond32767(channel);
                    pinFlows(channel);
                    pcscCard.endExclusive();

                    // a reset ends the card session: the verified PIN is forgotten
                    pcscCard.reset();
                    assertArrayEquals(SoftCard.DEFAULT_ATR, pcscCard.atr());
                    assertOk(channel.transmit(CommandApdu.builder(0xA4).p1(0x04).p2(0x0C)
                            .data(DemoResidentCard.appletAid()).build()));
                    assertEquals(PinStatus.State.NOT_VERIFIED,
                            new PinService(channel, PinPolicy.standard()).status(DemoResidentCard.PIN).state());
                    pcscCard.reconnect();
                    assertTrue(pcscCard.protocol().startsWith("T="), pcscCard.protocol());
                    pcscCard.disconnect(false);
                    assertThrows(CardTransportException.class, () -> channel.transmit(
                            CommandApdu.builder(0x84).ne(8).build()));
                }
            } finally {
                client.close();
            }
            expectEvent(events, CardEvent.Type.CARD_REMOVED);
            assertTrue(pcsc.waitForCardAbsent(READER, Duration.ofSeconds(10)));
        }
    }

    private static void readLargeFile(ApduChannel channel) {
        assertOk(channel.transmit(CommandApdu.builder(0xA4).p1(0x08).p2(0x0C)
                .data(new byte[] {0x50, 0x00, 0x50, 0x01}).build()));
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        while (content.size() < DemoResidentCard.DATA_FILE_SIZE) {
            int offset = content.size();
            ResponseApdu r = channel.transmit(CommandApdu.builder(0xB0).p1(offset >>> 8).p2(offset & 0xFF)
                    .ne(256).build());
            assertTrue(r.isSuccess(), r::toString);
            assertTrue(r.nr() > 0);
            content.writeBytes(r.data());
        }
        assertArrayEquals(DemoResidentCard.dataFileContent(), content.toByteArray());
    }

    private static void readBeyond32767(ApduChannel channel) {
        assertOk(channel.transmit(CommandApdu.builder(0xA4).p1(0x08).p2(0x0C)
                .data(new byte[] {0x50, 0x00, 0x50, 0x02}).build()));
        byte[] expected = DemoResidentCard.largeFileContent();
        // odd INS B1 with offset DO'54' = 32768, extended Le: the remaining 7232 bytes in one response
        ResponseApdu r = channel.transmit(CommandApdu.builder(0xB1).data(new byte[] {0x54, 0x02, (byte) 0x80, 0x00})
                .ne(65536).build());
        assertOk(r);
        byte[] body = r.data();
        int n = ((body[2] & 0xFF) << 8) | (body[3] & 0xFF);
        assertEquals(DemoResidentCard.LARGE_FILE_SIZE - 32768, n);
        assertArrayEquals(java.util.Arrays.copyOfRange(expected, 32768, expected.length),
                java.util.Arrays.copyOfRange(body, 4, body.length));
    }

    private static void pinFlows(ApduChannel channel) {
        assertOk(channel.transmit(CommandApdu.builder(0xA4).p1(0x04).p2(0x0C).data(DemoResidentCard.appletAid())
                .build()));
        PinService pins = new PinService(channel, PinPolicy.standard());
        assertEquals(new PinStatus(PinStatus.State.NOT_VERIFIED, 3), pins.status(DemoResidentCard.PIN));
        char[] wrong = "000000".toCharArray();
        assertEquals(2, expect(pins.verify(DemoResidentCard.PIN, wrong), PinResult.Status.WRONG_PIN).triesLeft());
        assertEquals(1, expect(pins.verify(DemoResidentCard.PIN, wrong), PinResult.Status.WRONG_PIN).triesLeft());
        expect(pins.verify(DemoResidentCard.PIN, wrong), PinResult.Status.LAST_ATTEMPT_REFUSED);
        assertEquals(1, pins.status(DemoResidentCard.PIN).triesLeft(), "the refusal sent nothing");
        PinService allowLast = new PinService(channel, PinPolicy.allowLastAttempt());
        expect(allowLast.verify(DemoResidentCard.PIN, DemoResidentCard.demoPin()), PinResult.Status.SUCCESS);
        ResponseApdu secret = channel.transmit(CommandApdu.builder(DemoResidentCard.INS_READ_PROTECTED).cla(0x80)
                .p1(0x01).ne(256).build());
        assertArrayEquals(DemoResidentCard.protectedData(), secret.data());

        // block it (last attempt explicitly allowed), then unblock with the PUK and a new PIN
        allowLast.verify(DemoResidentCard.PIN, wrong);
        allowLast.verify(DemoResidentCard.PIN, wrong);
        expect(allowLast.verify(DemoResidentCard.PIN, wrong), PinResult.Status.BLOCKED);
        assertTrue(pins.status(DemoResidentCard.PIN).isBlocked());
        expect(pins.verify(DemoResidentCard.PIN, DemoResidentCard.demoPin()), PinResult.Status.BLOCKED);
        char[] newPin = "654321".toCharArray();
        expect(pins.unblock(DemoResidentCard.PUK, DemoResidentCard.demoPuk(), DemoResidentCard.PIN, newPin),
                PinResult.Status.SUCCESS);
        assertEquals(3, pins.status(DemoResidentCard.PIN).triesLeft());
        expect(pins.verify(DemoResidentCard.PIN, newPin), PinResult.Status.SUCCESS);
    }

    private static PinResult expect(PinResult result, PinResult.Status status) {
        assertEquals(status, result.status(), result::toString);
        return result;
    }

    private static void assertOk(ResponseApdu r) {
        assertTrue(r.isSuccess(), r::toString);
    }

    private static void waitForReader(Pcsc pcsc) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!pcsc.readerNames().contains(READER)) {
            if (System.nanoTime() > until) {
                fail("reader " + READER + " not listed: " + pcsc.readerNames() + "\n" + pcscd.log());
            }
            Thread.sleep(100);
        }
    }

    private static void expectEvent(BlockingQueue<CardEvent> events, CardEvent.Type type) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < until) {
            CardEvent e = events.poll(200, TimeUnit.MILLISECONDS);
            if (e != null && e.type() == type && e.reader().equals(READER)) {
                return;
            }
        }
        fail("no " + type + " event for " + READER + " within 15 s");
    }

}
