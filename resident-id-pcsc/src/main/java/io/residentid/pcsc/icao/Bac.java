package io.residentid.pcsc.icao;

import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import io.residentid.pcsc.sm.BacAuthentication;
import io.residentid.pcsc.sm.MutualAuthenticationException;
import io.residentid.pcsc.sm.SessionKeys;
import io.residentid.pcsc.transport.ApduChannel;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The terminal side of Basic Access Control (ICAO 9303-11 §4.3): GET CHALLENGE, then EXTERNAL AUTHENTICATE with
 * the cryptogram from the MRZ keys. One attempt per call; the cryptogram is never sent twice.
 */
public final class Bac {

    private Bac() {
    }

    /**
     * Runs BAC with the ICAO applet selected.
     *
     * @param channel the plain channel to the card (transmission rules applied)
     * @throws AccessControlException when the card rejects the cryptogram (wrong MRZ) or its answer is wrong
     * @throws io.residentid.pcsc.transport.CardTransportException when the card cannot be reached
     * @param keys the BAC keys from the MRZ access key
     * @param random randomness for the terminal's nonce and key material
     * @return the established session keys and the protocol used
     */
    public static AccessControlResult perform(ApduChannel channel, BacAuthentication keys, SecureRandom random)
            throws AccessControlException {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(random, "random");
        byte[] rndIfd = new byte[8];
        byte[] kIfd = new byte[16];
        random.nextBytes(rndIfd);
        random.nextBytes(kIfd);
        byte[] cryptogram = null;
        try {
            byte[] rndIc = expectOk(channel, CommandApdu.of(0x00, 0x84, 0x00, 0x00, null, 8), "BAC GET CHALLENGE");
            if (rndIc.length != 8) {
                throw new AccessControlException("BAC: challenge is not 8 bytes");
            }
            cryptogram = keys.terminalCryptogram(rndIc, rndIfd, kIfd);
            CommandApdu externalAuthenticate = CommandApdu.of(0x00, 0x82, 0x00, 0x00, cryptogram, 40);
            ResponseApdu answer;
            try {
                answer = channel.transmit(externalAuthenticate);
            } finally {
                externalAuthenticate.wipe();
            }
            if (answer.sw() != 0x9000) {
                throw new AccessControlException(String.format(
                        "BAC: the card rejected the cryptogram (wrong MRZ?): card answered %04X", answer.sw()));
            }
            SessionKeys session = keys.terminalSessionKeys(answer.data(), rndIc, rndIfd, kIfd);
            return new AccessControlResult(AccessControlResult.Method.BAC, Optional.empty(), session);
        } catch (MutualAuthenticationException | LdsFormatException e) {
            throw new AccessControlException("BAC: " + e.getMessage(), e);
        } finally {
            Arrays.fill(kIfd, (byte) 0);
            Arrays.fill(rndIfd, (byte) 0);
            if (cryptogram != null) {
                Arrays.fill(cryptogram, (byte) 0);
            }
        }
    }

    /** The data of a 9000 answer; any other status word is an {@link AccessControlException} naming the step. */
    static byte[] expectOk(ApduChannel channel, CommandApdu command, String what) throws AccessControlException {
        ResponseApdu r = channel.transmit(command);
        if (r.sw() != 0x9000) {
            throw new AccessControlException(String.format("%s: card answered %04X", what, r.sw()));
        }
        return r.data();
    }
}
