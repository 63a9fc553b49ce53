package io.residentid.pcsc.icao;

import io.residentid.core.pki.TrustStore;
import io.residentid.core.report.Severity;
import io.residentid.core.report.Verdict;
import io.residentid.emulator.ResidentCard;
import io.residentid.emulator.ResidentPersona;
import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import io.residentid.pcsc.pkiapplet.HolderAuthenticationResult;
import io.residentid.pcsc.pkiapplet.HolderAuthenticator;
import io.residentid.pcsc.transport.ApduChannel;
import io.residentid.pcsc.transport.ForwardingApduChannel;
import io.residentid.pcsc.transport.TransmissionRules;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Regression tests for the smart-card items of issue 11, each named for the attack it stops. */
class SmartCardAttackTest {

    /** Issue 11 item 16: after PACE/BAC, VERIFY went out in clear ({@code 00 20 00 81 08 …} on the wire). */
    @Test
    void pinSniffedOnTheWireAfterPaceSeesOnlySecureMessaging() throws Exception {
        ResidentCard card = ResidentCard.demo();
        Recorder wire = new Recorder(card.channel(), null);
        ApduChannel channel = TransmissionRules.forAtr(card.atr()).wrap(wire);
        ChipReader reader = ChipReader.builder().trustStore(TrustStore.of(List.of(card.csca()))).build();
        HolderAuthenticationResult holder;
        try (ChipSession session = reader.readAndKeepSession(channel, AccessKey.can(card.can()))) {
            assertTrue(session.result().authentic(), session.result().findings().toString());
            holder = HolderAuthenticator.builder().trustStore(TrustStore.of(List.of(card.nationalCa()))).build()
                    .authenticate(session.channel(), ResidentPersona.demo().pin().toCharArray());
        }
        assertEquals(HolderAuthenticationResult.Status.AUTHENTICATED, holder.status(), holder.findings().toString());
        List<CommandApdu> verifies = wire.sent.stream().filter(c -> c.ins() == 0x20).toList();
        assertFalse(verifies.isEmpty());
        for (CommandApdu verify : verifies) {
            assertEquals(0x0C, verify.cla() & 0x0C, "VERIFY left the secure channel: " + verify);
        }
        assertTrue(wire.sent.stream().allMatch(c -> (c.cla() & 0x0C) == 0x0C || !sentAfterAccessControl(wire, c)),
                "a plain command after access control would end the card's session");
    }

    private static boolean sentAfterAccessControl(Recorder wire, CommandApdu c) {
        int firstSecure = -1;
        for (int i = 0; i < wire.sent.size(); i++) {
            if ((wire.sent.get(i).cla() & 0x0C) == 0x0C) {
                firstSecure = i;
                break;
            }
        }
        return firstSecure >= 0 && wire.sent.indexOf(c) > firstSecure;
    }

    /** Issue 11 item 17: a man in the middle answers 6A82 to EF.CardAccess so the reader falls back to BAC. */
    @Test
    void hiddenCardAccessDowngradeToBacIsReportedAndFailsByDefault() throws Exception {
        ResidentCard card = ResidentCard.demo();
        ApduChannel hiding = new Recorder(card.channel(), SmartCardAttackTest::hideCardAccess);
        ChipReadResult r = ChipReader.builder().trustStore(TrustStore.of(List.of(card.csca()))).build()
                .read(TransmissionRules.forAtr(card.atr()).wrap(hiding), mrzKey());
        assertEquals("BAC TDES", r.accessControl());
        assertEquals(Verdict.VALID, r.passiveAuthentication(), r.findings().toString());
        assertTrue(r.has(ChipFindingCode.PACE_DOWNGRADE), r.findings().toString());
        assertEquals(Severity.ERROR, r.findings().stream()
                .filter(f -> f.code().equals("PACE_DOWNGRADE")).findFirst().orElseThrow().severity());
        assertFalse(r.authentic());
        assertEquals(Verdict.INVALID, r.verdict());
    }

    @Test
    void acceptedDowngradeIsOnlyAWarning() throws Exception {
        ResidentCard card = ResidentCard.demo();
        ApduChannel hiding = new Recorder(card.channel(), SmartCardAttackTest::hideCardAccess);
        ChipReadResult r = ChipReader.builder().trustStore(TrustStore.of(List.of(card.csca())))
                .acceptPaceDowngrade(true).build().read(TransmissionRules.forAtr(card.atr()).wrap(hiding), mrzKey());
        assertTrue(r.has(ChipFindingCode.PACE_DOWNGRADE));
        assertTrue(r.authentic());
        assertEquals(Verdict.VALID, r.verdict());
    }

    @Test
    void bacOnlyChipIsNoDowngrade() throws Exception {
        ResidentCard bacCard = ResidentCard.builder(ResidentPersona.demo()).pace(null).build();
        ChipReadResult r = ChipReader.builder().trustStore(TrustStore.of(List.of(bacCard.csca()))).build()
                .read(bacCard.channel(), mrzKey());
        assertEquals("BAC TDES", r.accessControl());
        assertFalse(r.has(ChipFindingCode.PACE_DOWNGRADE));
        assertTrue(r.authentic());
    }

    @Test
    void readKeepsTheExactFilesAndTheActiveAuthenticationTranscript() throws Exception {
        ResidentCard card = ResidentCard.demo();
        ChipReadResult r = ChipReader.builder().trustStore(TrustStore.of(List.of(card.csca()))).build()
                .read(card.channel(), AccessKey.can(card.can()));
        for (LdsFile f : List.of(LdsFile.COM, LdsFile.SOD, LdsFile.DG1, LdsFile.DG2, LdsFile.DG14, LdsFile.DG15,
                LdsFile.CARD_ACCESS)) {
            assertEquals(io.residentid.core.model.Bytes.of(card.file(f)), r.file(f).orElseThrow(), f.name());
        }
        ActiveAuthenticationTranscript t = r.activeAuthenticationTranscript().orElseThrow();
        assertEquals(8, t.challenge().length());
        assertEquals(Boolean.TRUE, ActiveAuthenticationVerifier.verify(r.dg15().orElseThrow().publicKey(),
                r.dg14().orElseThrow().securityInfos().activeAuthenticationSignatureAlgorithm(),
                t.challenge().toByteArray(), t.signature().toByteArray()).orElseThrow());
        assertFalse(r.toString().contains(t.signature().toHex()));
    }

    private static AccessKey mrzKey() {
        ResidentPersona p = ResidentPersona.demo();
        return AccessKey.mrz(p.documentNumber(), p.dateOfBirth(), p.dateOfExpiry());
    }

    private static byte[] hideCardAccess(byte[] command) {
        boolean readCardAccess = (command[1] & 0xFF) == 0xB0 && (command[2] & 0xFF) == (0x80 | 0x1C);
        return readCardAccess ? new byte[] {0x6A, (byte) 0x82} : null;
    }

    /** Records what goes over the wire; {@code forge} may answer a command instead of the card. */
    private static final class Recorder extends ForwardingApduChannel {
        final List<CommandApdu> sent = new ArrayList<>();
        private final UnaryOperator<byte[]> forge;

        Recorder(ApduChannel inner, UnaryOperator<byte[]> forge) {
            super(inner);
            this.forge = forge;
        }

        @Override
        public ResponseApdu transmit(CommandApdu command) {
            sent.add(command);
            byte[] forged = forge == null ? null : forge.apply(command.encode());
            return forged != null ? ResponseApdu.parse(forged) : inner.transmit(command);
        }
    }
}
