package io.residentid.emulator;

import io.residentid.pcsc.sm.BacAuthentication;
import io.residentid.pcsc.sm.MutualAuthenticationException;
import io.residentid.pcsc.sm.SessionKeys;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * The chip side of Basic Access Control for the emulated card: GET CHALLENGE and EXTERNAL AUTHENTICATE. Each
 * challenge is good for one attempt. Not thread-safe.
 */
public final class BacResponder {

    private final BacAuthentication keys;
    private final SecureRandom random;
    private byte[] challenge;
    private SessionKeys established;

    /**
     * The chip side of BAC for the document's keys.
     *
     * @param keys the document basic access keys (from the card's MRZ)
     * @param random randomness for the card's challenge and key material
     */
    public BacResponder(BacAuthentication keys, SecureRandom random) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * Whether {@code apdu} is GET CHALLENGE or EXTERNAL AUTHENTICATE.
     *
     * @param apdu an encoded command APDU
     * @return whether it belongs to BAC (GET CHALLENGE, EXTERNAL AUTHENTICATE)
     */
    public static boolean handles(byte[] apdu) {
        return apdu.length >= 4 && ((apdu[1] & 0xFF) == 0x84 || (apdu[1] & 0xFF) == 0x82);
    }

    /**
     * Processes one plain command and returns the response APDU.
     *
     * @param apdu an encoded BAC command APDU
     * @return the encoded response APDU
     */
    public byte[] process(byte[] apdu) {
        if ((apdu[1] & 0xFF) == 0x84) {
            challenge = new byte[8];
            random.nextBytes(challenge);
            byte[] out = new byte[10];
            System.arraycopy(challenge, 0, out, 0, 8);
            out[8] = (byte) 0x90;
            return out;
        }
        byte[] rndIc = challenge;
        challenge = null;
        if (rndIc == null) {
            return PaceResponder.sw(0x6985);
        }
        byte[] data = PaceResponder.commandData(apdu);
        byte[] kIc = new byte[16];
        random.nextBytes(kIc);
        try {
            BacAuthentication.CardAnswer answer = keys.cardAnswer(data, rndIc, kIc);
            established = answer.keys();
            byte[] response = answer.response().toByteArray();
            byte[] out = new byte[response.length + 2];
            System.arraycopy(response, 0, out, 0, response.length);
            out[out.length - 2] = (byte) 0x90;
            return out;
        } catch (MutualAuthenticationException e) {
            return PaceResponder.sw(0x6300);
        }
    }

    /** {@return the session keys of a completed BAC run, once; {@code null} otherwise} */
    public SessionKeys takeSession() {
        SessionKeys k = established;
        established = null;
        return k;
    }
}
