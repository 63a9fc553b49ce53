package io.residentid.pcsc.integration;

import java.util.Optional;
import io.residentid.core.report.Verdict;
import io.residentid.core.pki.TrustStore;
import io.residentid.emulator.ResidentCard;
import io.residentid.emulator.VpcdClient;
import io.residentid.emulator.ResidentPersona;
import io.residentid.pcsc.icao.AccessControlException;
import io.residentid.pcsc.icao.AccessKey;
import io.residentid.pcsc.icao.ChipReadResult;
import io.residentid.pcsc.icao.ChipReader;
import io.residentid.pcsc.transport.ApduChannel;
import io.residentid.pcsc.transport.Pcsc;
import io.residentid.pcsc.transport.PcscCard;
import io.residentid.pcsc.transport.Protocol;
import io.residentid.pcsc.transport.TransmissionRules;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The scenario of {@link IcaoPcscStackTest}, run in its own JVM: javax.smartcardio keeps one PC/SC context per JVM,
 * which dies when a test stops its pcscd, so each pcscd-backed scenario needs a fresh JVM.
 */
final class IcaoPcscStackScenario {

    private static final String READER = "Virtual PCD 00 00";
    private static int vpcdPort;

    public static void main(String[] args) {
        vpcdPort = Integer.parseInt(args[0]);
        try {
            new IcaoPcscStackScenario().emulatedResidentCardIsReadThroughPcscd();
            System.out.println("SCENARIO PASSED");
            System.exit(0);
        } catch (Throwable e) {
            e.printStackTrace(System.out);
            System.exit(1);
        }
    }

    private interface Reading {
        void run(ApduChannel channel, ResidentCard card) throws Exception;
    }

    private static void withCard(Pcsc pcsc, ResidentCard card, Reading reading) throws Exception {
        VpcdClient bridge = connect(card);
        try {
            assertTrue(pcsc.waitForCardPresent(READER, Duration.ofSeconds(15)));
            try (PcscCard pcscCard = pcsc.connect(READER, Protocol.ANY)) {
                reading.run(TransmissionRules.forAtr(pcscCard.atr()).wrap(pcscCard), card);
            }
        } finally {
            bridge.close();
        }
        assertTrue(pcsc.waitForCardAbsent(READER, Duration.ofSeconds(15)));
    }

    private static VpcdClient connect(ResidentCard card) throws Exception {
        // vpcd may still be starting: the client keeps trying until it is up
        VpcdClient client = VpcdClient.builder(card).host("127.0.0.1").port(vpcdPort).retryDelay(Duration.ofMillis(200))
                .start();
        if (!client.awaitConnected(Duration.ofSeconds(15))) {
            client.close();
            throw new IOException("vpcd not reachable on port " + vpcdPort, client.lastError());
        }
        return client;
    }

    private static ChipReader reader(ResidentCard card) {
        return ChipReader.builder().trustStore(TrustStore.of(List.of(card.csca()))).build();
    }

    private static AccessKey mrz() {
        return AccessKey.mrz(ResidentPersona.demo().documentNumber(), java.time.LocalDate.of(1988, 4, 12), java.time.LocalDate.of(2031, 4, 30));
    }

    void emulatedResidentCardIsReadThroughPcscd() throws Exception {
        Pcsc pcsc = Pcsc.open();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!pcsc.readerNames().contains(READER)) {
            if (System.nanoTime() > until) {
                fail("reader not listed: " + pcsc.readerNames());
            }
            Thread.sleep(100);
        }

        withCard(pcsc, ResidentCard.demo(), (channel, card) -> {
            assertThrows(AccessControlException.class, () -> reader(card).read(channel, AccessKey.can("000000")));
            ChipReadResult r = reader(card).read(channel, AccessKey.can(card.can()));
            assertTrue(r.accessControl().startsWith("PACE"), r.accessControl());
            assertEquals(Verdict.VALID, r.passiveAuthentication(), r.findings().toString());
            assertEquals(Optional.of(Verdict.VALID), r.activeAuthentication());
            assertEquals(Optional.of(Verdict.VALID), r.chipAuthentication());
        });

        withCard(pcsc, ResidentCard.builder(ResidentPersona.demo()).pace(null).build(), (channel, card) -> {
            ChipReadResult r = reader(card).read(channel, mrz());
            assertEquals("BAC TDES", r.accessControl());
            assertEquals(Verdict.VALID, r.passiveAuthentication(), r.findings().toString());
            assertEquals(Optional.of(Verdict.VALID), r.activeAuthentication());
        });

        withCard(pcsc, ResidentCard.builder(ResidentPersona.demo()).tamperDataGroups(2).build(), (channel, card) -> {
            ChipReadResult r = reader(card).read(channel, mrz());
            assertEquals(Verdict.INVALID, r.passiveAuthentication());
            assertTrue(r.findings().stream().anyMatch(f -> f.code().equals("DG_HASH_MISMATCH")));
        });
    }
}
