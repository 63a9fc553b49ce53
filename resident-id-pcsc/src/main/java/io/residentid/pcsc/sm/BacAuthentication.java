package io.residentid.pcsc.sm;

import io.residentid.pcsc.internal.Padding;
import io.residentid.pcsc.internal.SmPrimitives;
import io.residentid.pcsc.internal.Kdf;
import io.residentid.core.model.Bytes;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;

/**
 * The cryptography of Basic Access Control (ICAO 9303-11 §4.3): document basic access keys from {@code K_seed},
 * the EXTERNAL AUTHENTICATE cryptograms of both sides, and the session keys and initial send-sequence counter.
 * The APDU exchange itself (GET CHALLENGE, EXTERNAL AUTHENTICATE) is the caller's.
 */
public final class BacAuthentication {

    private static final int RND_LENGTH = 8;
    private static final int KEY_MATERIAL_LENGTH = 16;
    private static final int CRYPTOGRAM_LENGTH = 32;

    private final byte[] kEnc;
    private final byte[] kMac;

    private BacAuthentication(byte[] keySeed) {
        if (keySeed.length != 16) {
            throw new IllegalArgumentException("K_seed must be 16 bytes");
        }
        this.kEnc = Kdf.derive(keySeed, Kdf.ENC, SmCipher.TDES);
        this.kMac = Kdf.derive(keySeed, Kdf.MAC, SmCipher.TDES);
    }

    /**
     * BAC from a key seed ({@code K_seed}, 16 bytes).
     *
     * @param keySeed {@code K_seed}, 16 bytes (copied into derived keys)
     * @return BAC with the document basic access keys
     */
    public static BacAuthentication fromKeySeed(byte[] keySeed) {
        return new BacAuthentication(Objects.requireNonNull(keySeed, "keySeed"));
    }

    /** {@return a copy of the document basic access key K_enc} */
    public byte[] encKey() {
        return kEnc.clone();
    }

    /** {@return a copy of the document basic access key K_mac} */
    public byte[] macKey() {
        return kMac.clone();
    }

    /**
     * The terminal's EXTERNAL AUTHENTICATE data {@code E_IFD ‖ M_IFD} (40 bytes) for
     * {@code S = RND.IFD ‖ RND.IC ‖ K.IFD}.
     *
     * @param rndIc the card's challenge, 8 bytes
     * @param rndIfd the terminal's nonce, 8 bytes
     * @param kIfd the terminal's key material, 16 bytes
     * @return the EXTERNAL AUTHENTICATE data
     */
    public byte[] terminalCryptogram(byte[] rndIc, byte[] rndIfd, byte[] kIfd) {
        requireLength(rndIc, RND_LENGTH, "RND.IC");
        requireLength(rndIfd, RND_LENGTH, "RND.IFD");
        requireLength(kIfd, KEY_MATERIAL_LENGTH, "K.IFD");
        return cryptogram(rndIfd, rndIc, kIfd);
    }

    /**
     * Checks the card's answer {@code E_IC ‖ M_IC} and derives the session keys: {@code K_seed = K.IFD ⊕ K.IC},
     * SSC = the last 4 bytes of RND.IC ‖ the last 4 bytes of RND.IFD.
     *
     * @throws MutualAuthenticationException when the MAC or the returned nonces are wrong
     * @param cardResponse the card's answer {@code E_IC ‖ M_IC}, 40 bytes
     * @param rndIc the card's challenge, 8 bytes
     * @param rndIfd the terminal's nonce, 8 bytes
     * @param kIfd the terminal's key material, 16 bytes
     * @return the session keys and initial send-sequence counter
     */
    public SessionKeys terminalSessionKeys(byte[] cardResponse, byte[] rndIc, byte[] rndIfd, byte[] kIfd) {
        byte[] r = openCryptogram(cardResponse, "card");
        try {
            if (!MessageDigest.isEqual(Arrays.copyOfRange(r, 0, 8), rndIc)
                    || !MessageDigest.isEqual(Arrays.copyOfRange(r, 8, 16), rndIfd)) {
                throw new MutualAuthenticationException("card's answer does not contain the exchanged nonces");
            }
            return sessionKeys(kIfd, Arrays.copyOfRange(r, 16, 32), rndIc, rndIfd);
        } finally {
            Arrays.fill(r, (byte) 0);
        }
    }

    /**
     * The card side of EXTERNAL AUTHENTICATE (used by the emulator): checks the terminal's cryptogram against the
     * card's challenge and answers with {@code E_IC ‖ M_IC} for {@code R = RND.IC ‖ RND.IFD ‖ K.IC}.
     *
     * @throws MutualAuthenticationException when the terminal does not know the keys or answers another challenge
     * @param terminalData the terminal's EXTERNAL AUTHENTICATE data, 40 bytes
     * @param rndIc the card's challenge, 8 bytes
     * @param kIc the card's key material, 16 bytes
     * @return the card's response and the session it starts
     */
    public CardAnswer cardAnswer(byte[] terminalData, byte[] rndIc, byte[] kIc) {
        requireLength(rndIc, RND_LENGTH, "RND.IC");
        requireLength(kIc, KEY_MATERIAL_LENGTH, "K.IC");
        byte[] s = openCryptogram(terminalData, "terminal");
        try {
            byte[] rndIfd = Arrays.copyOfRange(s, 0, 8);
            if (!MessageDigest.isEqual(Arrays.copyOfRange(s, 8, 16), rndIc)) {
                throw new MutualAuthenticationException("terminal answered another challenge");
            }
            byte[] kIfd = Arrays.copyOfRange(s, 16, 32);
            byte[] response = cryptogram(rndIc, rndIfd, kIc);
            return new CardAnswer(Bytes.of(response), sessionKeys(kIfd, kIc, rndIc, rndIfd));
        } finally {
            Arrays.fill(s, (byte) 0);
        }
    }

    /**
     * The card's EXTERNAL AUTHENTICATE response and the session it starts.
     *
     * @param response {@code E_IC ‖ M_IC}
     * @param keys     the session keys
     */
    public record CardAnswer(Bytes response, SessionKeys keys) {
        /**
         * Checks that both components are present.
         *
         * @param response {@code E_IC ‖ M_IC}
         * @param keys the session keys
         */
        public CardAnswer {
            Objects.requireNonNull(response, "response");
            Objects.requireNonNull(keys, "keys");
        }
    }

    private byte[] cryptogram(byte[] a, byte[] b, byte[] keyMaterial) {
        byte[] plain = new byte[CRYPTOGRAM_LENGTH];
        System.arraycopy(a, 0, plain, 0, 8);
        System.arraycopy(b, 0, plain, 8, 8);
        System.arraycopy(keyMaterial, 0, plain, 16, 16);
        byte[] e = SmPrimitives.encrypt(SmCipher.TDES, kEnc, null, plain);
        Arrays.fill(plain, (byte) 0);
        byte[] m = SmPrimitives.mac(SmCipher.TDES, kMac, Padding.pad(e, 8));
        byte[] out = Arrays.copyOf(e, CRYPTOGRAM_LENGTH + SmPrimitives.MAC_LENGTH);
        System.arraycopy(m, 0, out, CRYPTOGRAM_LENGTH, SmPrimitives.MAC_LENGTH);
        return out;
    }

    private byte[] openCryptogram(byte[] data, String side) {
        if (data == null || data.length != CRYPTOGRAM_LENGTH + SmPrimitives.MAC_LENGTH) {
            throw new MutualAuthenticationException(side + " cryptogram must be 40 bytes");
        }
        byte[] e = Arrays.copyOf(data, CRYPTOGRAM_LENGTH);
        byte[] m = Arrays.copyOfRange(data, CRYPTOGRAM_LENGTH, data.length);
        if (!MessageDigest.isEqual(SmPrimitives.mac(SmCipher.TDES, kMac, Padding.pad(e, 8)), m)) {
            throw new MutualAuthenticationException(side + " cryptogram MAC does not verify (wrong access key?)");
        }
        return SmPrimitives.decrypt(SmCipher.TDES, kEnc, null, e);
    }

    private static SessionKeys sessionKeys(byte[] kIfd, byte[] kIc, byte[] rndIc, byte[] rndIfd) {
        byte[] seed = new byte[16];
        for (int i = 0; i < 16; i++) {
            seed[i] = (byte) (kIfd[i] ^ kIc[i]);
        }
        byte[] enc = Kdf.derive(seed, Kdf.ENC, SmCipher.TDES);
        byte[] mac = Kdf.derive(seed, Kdf.MAC, SmCipher.TDES);
        byte[] ssc = new byte[8];
        System.arraycopy(rndIc, 4, ssc, 0, 4);
        System.arraycopy(rndIfd, 4, ssc, 4, 4);
        try {
            return new SessionKeys(SmCipher.TDES, enc, mac, ssc);
        } finally {
            Arrays.fill(seed, (byte) 0);
            Arrays.fill(enc, (byte) 0);
            Arrays.fill(mac, (byte) 0);
        }
    }

    private static void requireLength(byte[] value, int length, String name) {
        if (value == null || value.length != length) {
            throw new IllegalArgumentException(name + " must be " + length + " bytes");
        }
    }
}
