package io.residentid.pcsc.icao;

import io.residentid.core.model.Bytes;
import io.residentid.core.report.Finding;
import io.residentid.core.report.Verdict;
import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import io.residentid.pcsc.transport.ApduChannel;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

/**
 * Active authentication (ICAO 9303-11 §6.1): INTERNAL AUTHENTICATE with a fresh 8-byte challenge, the answer
 * verified with the DG15 key (algorithm from DG14 for ECDSA). Keeps the challenge and the signature as a transcript.
 */
final class ActiveAuthenticationProtocol {

    private static final int CHALLENGE_LENGTH = 8;

    /** The verdict (empty: algorithm not supported) and, when the card answered, what was exchanged. */
    record Outcome(Optional<Verdict> status, Optional<ActiveAuthenticationTranscript> transcript) {
    }

    private ActiveAuthenticationProtocol() {
    }

    static Outcome perform(ApduChannel channel, Dg15 dg15, Optional<Dg14> dg14, SecureRandom random,
            List<Finding> findings) {
        byte[] challenge = new byte[CHALLENGE_LENGTH];
        random.nextBytes(challenge);
        ResponseApdu r = channel.transmit(CommandApdu.of(0x00, 0x88, 0x00, 0x00, challenge, 256));
        if (r.sw() != 0x9000) {
            findings.add(ChipFindingCode.AA_FAILED.finding());
            return new Outcome(Optional.of(Verdict.INVALID), Optional.empty());
        }
        byte[] signature = r.data();
        Optional<ActiveAuthenticationTranscript> transcript = Optional.of(
                new ActiveAuthenticationTranscript(Bytes.personal(challenge), Bytes.personal(signature)));
        Optional<String> algorithm = dg14.flatMap(d -> d.securityInfos().activeAuthenticationSignatureAlgorithm());
        Optional<Boolean> ok = ActiveAuthenticationVerifier.verify(dg15.publicKey(), algorithm, challenge, signature);
        if (ok.isEmpty()) {
            findings.add(ChipFindingCode.AA_UNSUPPORTED.finding());
            return new Outcome(Optional.empty(), transcript);
        }
        if (!ok.get()) {
            findings.add(ChipFindingCode.AA_FAILED.finding());
            return new Outcome(Optional.of(Verdict.INVALID), transcript);
        }
        return new Outcome(Optional.of(Verdict.VALID), transcript);
    }
}
