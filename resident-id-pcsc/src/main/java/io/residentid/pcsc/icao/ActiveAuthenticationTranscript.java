package io.residentid.pcsc.icao;

import io.residentid.core.model.Bytes;
import java.util.Objects;

/**
 * What active authentication exchanged: the terminal's random challenge and the chip's signature over it, exactly as
 * sent and received. Kept so that a caller can archive the proof (e.g. as KYC evidence) and re-verify it later with
 * the DG15 key; both values print only their length.
 *
 * @param challenge the challenge sent in INTERNAL AUTHENTICATE
 * @param signature the chip's answer (the signature, as received)
 */
public record ActiveAuthenticationTranscript(Bytes challenge, Bytes signature) {

    /**
     * Checks that both parts are present.
     *
     * @param challenge the challenge sent in INTERNAL AUTHENTICATE
     * @param signature the chip's answer (the signature, as received)
     */
    public ActiveAuthenticationTranscript {
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(signature, "signature");
    }
}
