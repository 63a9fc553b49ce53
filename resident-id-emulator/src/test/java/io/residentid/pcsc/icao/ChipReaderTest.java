package io.residentid.pcsc.icao;

import java.util.Optional;
import io.residentid.core.report.Verdict;
import io.residentid.core.pki.TrustStore;
import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import io.residentid.emulator.ResidentCard;
import io.residentid.emulator.ResidentPersona;
import io.residentid.pcsc.transport.ApduChannel;
import io.residentid.pcsc.transport.ForwardingApduChannel;
import io.residentid.pcsc.transport.CardAbsentException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads the emulated resident card in-process, end to end. */
class ChipReaderTest {

    private static ResidentCard card;
    private static ChipReader reader;

    @BeforeAll
    static void personalise() {
        card = ResidentCard.demo();
        reader = ChipReader.builder().trustStore(TrustStore.of(List.of(card.csca()))).build();
    }

    private static AccessKey mrzKey() {
        ResidentPersona p = ResidentPersona.demo();
        return AccessKey.mrz(p.documentNumber(), java.time.LocalDate.of(1988, 4, 12), java.time.LocalDate.of(2031, 4, 30));
    }

    @Test
    void paceWithCanReadsAndAuthenticatesEverything() throws Exception {
        ChipReadResult r = reader.read(card.channel(), AccessKey.can(card.can()));
        assertEquals("PACE ECDH-GM brainpoolP256r1 AES_128", r.accessControl());
        assertEquals(Verdict.VALID, r.passiveAuthentication(), r.findings().toString());
        assertEquals(Optional.of(Verdict.VALID), r.activeAuthentication());
        assertEquals(Optional.of(Verdict.VALID), r.chipAuthentication());
        assertEquals(String.join("", card.mrzLines()), r.dg1().orElseThrow().mrz());
        assertEquals("رافي كومار", r.dg11().orElseThrow().fullName());
        assertEquals("ROYAL OMAN POLICE", r.dg12().orElseThrow().issuingAuthority());
        assertEquals("OMAN BUILD LLC",
                r.dg13().orElseThrow().interpret(Dg13Profile.emulatedResidentCard()).get("employer"));
        assertEquals(FaceImage.ImageFormat.JPEG, r.dg2().orElseThrow().faces().get(0).format());
        assertArrayEquals(card.file(LdsFile.DG2), r.files().get(LdsFile.DG2).toByteArray());
        assertTrue(r.findings().isEmpty(), r.findings().toString());
    }

    @Test
    void readBinaryCountIsMinimalWithExtendedLength() throws Exception {
        ChipReader large = ChipReader.builder().trustStore(TrustStore.of(List.of(card.csca())))
                .maxBlock(ChipReader.MAX_BLOCK).build();
        ChipReadResult r = large.read(card.channel(), AccessKey.can(card.can()));
        // EF.CardAccess + EF.COM + EF.SOD + 7 data groups, one READ BINARY each
        assertEquals(10, r.transfer().readBinary());
        // default block (PC/SC-safe 7936 bytes): DG2 of 20 KB takes 3 reads
        assertEquals(12, reader.read(card.channel(), AccessKey.can(card.can())).transfer().readBinary());
    }

    @Test
    void rsaDocumentSignerPassesToo() throws Exception {
        ResidentCard rsa = ResidentCard.builder(ResidentPersona.demo()).rsaDocumentSigner(true).faceSize(1000).build();
        ChipReadResult r = ChipReader.builder().trustStore(TrustStore.of(List.of(rsa.csca()))).build()
                .read(rsa.channel(), AccessKey.can(rsa.can()));
        assertEquals(Verdict.VALID, r.passiveAuthentication(), r.findings().toString());
    }

    @Test
    void paceWithMrz() throws Exception {
        ChipReadResult r = reader.read(card.channel(), mrzKey());
        assertTrue(r.accessControl().startsWith("PACE"));
        assertTrue(r.authentic());
    }

    @Test
    void bacOnlyCardIsReadWithBac() throws Exception {
        ResidentCard bacCard = ResidentCard.builder(ResidentPersona.demo()).pace(null).build();
        ChipReader bacReader = ChipReader.builder().trustStore(TrustStore.of(List.of(bacCard.csca()))).build();
        ChipReadResult r = bacReader.read(bacCard.channel(), mrzKey());
        assertEquals("BAC TDES", r.accessControl());
        assertEquals(Verdict.VALID, r.passiveAuthentication(), r.findings().toString());
        assertEquals(Optional.of(Verdict.VALID), r.activeAuthentication());
        assertEquals(Optional.of(Verdict.VALID), r.chipAuthentication());
        assertThrows(AccessControlException.class, () -> bacReader.read(bacCard.channel(), AccessKey.can("123456")));
    }

    @Test
    void shortLengthCardIsReadInSmallBlocks() throws Exception {
        ResidentCard shortCard = ResidentCard.builder(ResidentPersona.demo()).extendedLength(false).faceSize(2000)
                .build();
        ChipReader r = ChipReader.builder().trustStore(TrustStore.of(List.of(shortCard.csca()))).maxBlock(0xDF)
                .build();
        ChipReadResult result = r.read(shortCard.channel(), AccessKey.can(shortCard.can()));
        assertEquals(Verdict.VALID, result.passiveAuthentication(), result.findings().toString());
        assertTrue(result.transfer().readBinary() > 10);
    }

    @Test
    void tamperedDataGroupFailsPassiveAuthenticationAndAaIsNotCounted() throws Exception {
        ResidentCard tampered = ResidentCard.builder(ResidentPersona.demo()).tamperDataGroups(11).build();
        ChipReader r = ChipReader.builder().trustStore(TrustStore.of(List.of(tampered.csca()))).build();
        ChipReadResult result = r.read(tampered.channel(), AccessKey.can(tampered.can()));
        assertEquals(Verdict.INVALID, result.passiveAuthentication());
        assertEquals(Optional.of(Verdict.INDETERMINATE), result.activeAuthentication());
        assertTrue(result.findings().stream().anyMatch(f -> f.code().equals("DG_HASH_MISMATCH")));
    }

    @Test
    void untrustedCscaIsNotPassed() throws Exception {
        ResidentCard other = ResidentCard.demo();
        ChipReadResult r = reader.read(other.channel(), AccessKey.can(other.can()));
        assertEquals(Verdict.INVALID, r.passiveAuthentication());
        ChipReadResult noTrust = ChipReader.builder().build().read(other.channel(), AccessKey.can(other.can()));
        assertEquals(Verdict.INDETERMINATE, noTrust.passiveAuthentication());
    }

    @Test
    void wrongCanFailsOnceWithoutHammering() {
        AtomicInteger generalAuthenticate = new AtomicInteger();
        ApduChannel counting = new ForwardingApduChannel(card.channel()) {
            @Override
            public ResponseApdu transmit(CommandApdu command) {
                if (command.ins() == 0x86) {
                    generalAuthenticate.incrementAndGet();
                }
                return super.transmit(command);
            }
        };
        assertThrows(AccessControlException.class, () -> reader.read(counting, AccessKey.can("000000")));
        assertEquals(4, generalAuthenticate.get());
    }

    @Test
    void cardPulledMidReadGivesTypedError() {
        AtomicInteger commands = new AtomicInteger();
        ApduChannel pulled = new ForwardingApduChannel(card.channel()) {
            @Override
            public ResponseApdu transmit(CommandApdu command) {
                if (commands.incrementAndGet() > 12) {
                    throw new CardAbsentException("card removed", null);
                }
                return super.transmit(command);
            }
        };
        ChipReadException e = assertThrows(ChipReadException.class,
                () -> reader.read(pulled, AccessKey.can(card.can())));
        assertTrue(e.getMessage().contains("removed"));
    }

    @Test
    void alteredResponseBreaksTheSecureChannel() {
        AtomicInteger commands = new AtomicInteger();
        ApduChannel flipping = new ForwardingApduChannel(card.channel()) {
            @Override
            public ResponseApdu transmit(CommandApdu command) {
                ResponseApdu r = super.transmit(command);
                if (commands.incrementAndGet() == 10 && r.nr() > 0) {
                    byte[] d = r.data();
                    d[d.length / 2] ^= 1;
                    return ResponseApdu.of(d, r.statusWord());
                }
                return r;
            }
        };
        assertThrows(ChipReadException.class, () -> reader.read(flipping, AccessKey.can(card.can())));
    }
}
