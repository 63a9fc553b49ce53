package io.residentid.kyc;

import io.residentid.core.model.Bytes;

import java.util.Objects;

/**
 * What was exchanged in active authentication (ICAO 9303-11 §6.1): the terminal's random challenge and the chip's
 * signature over it, kept so the signature can be checked again, later and elsewhere, with the DG15 key.
 *
 * @param challenge the challenge sent in INTERNAL AUTHENTICATE (8 bytes in ICAO)
 * @param signature the chip's answer
 */
public record ActiveAuthenticationTranscript(Bytes challenge, Bytes signature) {

    /**
     * Checks presence.
     *
     * @param challenge the challenge the reader sent
     * @param signature the chip's signature over it
     */
    public ActiveAuthenticationTranscript {
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(signature, "signature");
    }
}
