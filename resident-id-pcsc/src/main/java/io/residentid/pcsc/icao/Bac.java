package io.residentid.pcsc.icao;

import io.residentid.pcsc.sm.BacAuthentication;
import io.residentid.pcsc.sm.MutualAuthenticationException;
import io.residentid.pcsc.sm.SessionKeys;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The terminal side of Basic Access Control (ICAO 9303-11 §4.3): GET CHALLENGE, then EXTERNAL AUTHENTICATE with
 * the cryptogram from the MRZ keys. One attempt per call.
 */
public final class Bac {

    private Bac() {
    }

    /**
     * Runs BAC with the ICAO applet selected.
     *
     * @throws AccessControlException when the card rejects the cryptogram (wrong MRZ) or its answer is wrong
     * @throws IOException            when the card cannot be reached
     */
    public static AccessControlResult perform(Transceiver transceiver, BacAuthentication keys, SecureRandom random)
            throws AccessControlException, IOException {
        Objects.requireNonNull(transceiver, "transceiver");
        Objects.requireNonNull(keys, "keys");
        byte[] rndIfd = new byte[8];
        byte[] kIfd = new byte[16];
        random.nextBytes(rndIfd);
        random.nextBytes(kIfd);
        try {
            byte[] rndIc = Apdus.expectOk(transceiver, Apdus.command(0x00, 0x84, 0x00, 0x00, null, 8),
                    "BAC GET CHALLENGE");
            if (rndIc.length != 8) {
                throw new AccessControlException("BAC: challenge is not 8 bytes");
            }
            byte[] command = keys.terminalCryptogram(rndIc, rndIfd, kIfd);
            byte[] answer;
            try {
                answer = Apdus.expectOk(transceiver, Apdus.command(0x00, 0x82, 0x00, 0x00, command, 40),
                        "BAC EXTERNAL AUTHENTICATE");
            } catch (Apdus.CardStatusException e) {
                throw new AccessControlException("BAC: the card rejected the cryptogram (wrong MRZ?)", e);
            }
            SessionKeys session = keys.terminalSessionKeys(answer, rndIc, rndIfd, kIfd);
            return new AccessControlResult(AccessControlResult.Method.BAC, Optional.empty(), session);
        } catch (Apdus.CardStatusException e) {
            throw new AccessControlException(e.getMessage(), e);
        } catch (MutualAuthenticationException | LdsFormatException e) {
            throw new AccessControlException("BAC: " + e.getMessage(), e);
        } finally {
            Arrays.fill(kIfd, (byte) 0);
        }
    }
}
