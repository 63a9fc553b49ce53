package io.residentid.kyc;

import io.residentid.core.model.Bytes;
import io.residentid.emulator.ResidentCard;
import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import io.residentid.pcsc.pkiapplet.PkiAppletProfile;
import io.residentid.pcsc.transport.ApduChannel;
import io.residentid.pcsc.transport.TransmissionRules;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HolderAuthenticationTest {

    /** What a bank's terminal does: read the certificate, verify the PIN, have the card sign the challenge. */
    static HolderAuthenticationTranscript authenticate(ResidentCard card, byte[] challenge) {
        ApduChannel ch = TransmissionRules.forAtr(card.atr()).wrap(card.channel());
        PkiAppletProfile p = PkiAppletProfile.resident();
        assertEquals(0x9000, ch.transmit(CommandApdu.of(0x00, 0xA4, 0x04, 0x0C, p.aid().toByteArray())).sw());
        int fid = p.authenticationCertFile();
        assertEquals(0x9000, ch.transmit(CommandApdu.of(0x00, 0xA4, 0x02, 0x0C,
                new byte[] {(byte) (fid >>> 8), (byte) fid})).sw());
        ByteArrayOutputStream cert = new ByteArrayOutputStream();
        while (true) {
            int off = cert.size();
            ResponseApdu r = ch.transmit(CommandApdu.of(0x00, 0xB0, off >>> 8, off & 0xFF, null, 256));
            if (r.sw() != 0x9000 && r.sw() != 0x6282) {
                break;
            }
            cert.writeBytes(r.data());
            if (r.nr() < 256 || r.sw() == 0x6282) {
                break;
            }
        }
        byte[] pin = {'1', '2', '3', '4', '5', '6', (byte) 0xFF, (byte) 0xFF};
        assertEquals(0x9000, ch.transmit(CommandApdu.of(0x00, 0x20, 0x00, p.pin().reference(), pin)).sw());
        ResponseApdu signed = ch.transmit(CommandApdu.of(0x00, 0x88, 0x00, 0x00, challenge, 256));
        assertEquals(0x9000, signed.sw());
        return new HolderAuthenticationTranscript(Bytes.of(challenge), Bytes.personal(signed.data()),
                List.of(Bytes.of(cert.toByteArray())));
    }

    private static final byte[] CHALLENGE = "bank challenge 0001 / 2026-12-06".getBytes();

    @Test
    void theCardHoldersSignatureAndChainToTheNationalCaVerify() {
        ResidentCard card = ResidentCard.demo();
        HolderAuthenticationTranscript t = authenticate(card, CHALLENGE);
        KycReport r = KycVerifier.builder().trust(KycTrust.builder().nationalCa(card.nationalCa(), "national CA")
                .build()).build().verify(KycEvidence.builder().holderAuthentication(t).build());
        assertEquals(CheckStatus.PASS, r.check("holder-authentication").orElseThrow().status(), r.toString());
        assertTrue(r.has(KycCode.HOLDER_AUTHENTICATED));
        assertTrue(r.evidence().stream().anyMatch(e -> e.item().equals("holder-authentication")));
    }

    @Test
    void aSignatureOverAnotherChallengeFailsAndAnUnknownCaFails() {
        ResidentCard card = ResidentCard.demo();
        HolderAuthenticationTranscript t = authenticate(card, CHALLENGE);
        HolderAuthenticationTranscript replayed = new HolderAuthenticationTranscript(Bytes.of(new byte[32]),
                t.signature(), t.certificates());
        KycTrust trust = KycTrust.builder().nationalCa(card.nationalCa(), "national CA").build();
        KycReport forged = KycVerifier.builder().trust(trust).build().verify(KycEvidence.builder()
                .holderAuthentication(replayed).build());
        assertEquals(KycDecision.FAIL, forged.decision());
        assertTrue(forged.has(KycCode.HOLDER_SIGNATURE_INVALID));
        KycReport other = KycVerifier.builder().trust(KycTrust.builder().nationalCa(ResidentCard.demo().nationalCa(),
                "another").build()).build().verify(KycEvidence.builder().holderAuthentication(t).build());
        assertEquals(KycDecision.FAIL, other.decision());
        assertTrue(other.has(KycCode.HOLDER_CHAIN_INVALID));
        KycReport malformed = KycVerifier.builder().trust(trust).build().verify(KycEvidence.builder()
                .holderAuthentication(new HolderAuthenticationTranscript(t.challenge(), t.signature(),
                        List.of(Bytes.of(new byte[] {0x30, 0x03, 0x02, 0x01, 0x01})))).build());
        assertTrue(malformed.has(KycCode.HOLDER_AUTH_MALFORMED));
    }
}
