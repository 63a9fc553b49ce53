package io.residentid.pcsc.sm;

import io.residentid.pcsc.internal.Kdf;
import java.util.Arrays;
import java.util.Objects;

/**
 * The keys and initial send-sequence counter of one secure-messaging session, as agreed by BAC, PACE or chip
 * authentication. Holds copies of the key material; {@link #destroy()} wipes them. {@link #toString()} never
 * shows key bytes.
 */
public final class SessionKeys {

    private final SmCipher cipher;
    private final byte[] encKey;
    private final byte[] macKey;
    private final byte[] initialSsc;

    /**
     * The keys and send-sequence counter of one secure-messaging session; the arrays are copied.
     *
     * @param cipher     the session's cipher
     * @param encKey     K_enc ({@code cipher.keyLength()} bytes)
     * @param macKey     K_mac ({@code cipher.keyLength()} bytes)
     * @param initialSsc the send-sequence counter before the first command ({@code cipher.blockSize()} bytes)
     */
    public SessionKeys(SmCipher cipher, byte[] encKey, byte[] macKey, byte[] initialSsc) {
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        Objects.requireNonNull(encKey, "encKey");
        Objects.requireNonNull(macKey, "macKey");
        Objects.requireNonNull(initialSsc, "initialSsc");
        if (encKey.length != cipher.keyLength() || macKey.length != cipher.keyLength()) {
            throw new IllegalArgumentException("keys must be " + cipher.keyLength() + " bytes for " + cipher);
        }
        if (initialSsc.length != cipher.blockSize()) {
            throw new IllegalArgumentException("SSC must be " + cipher.blockSize() + " bytes for " + cipher);
        }
        this.encKey = encKey.clone();
        this.macKey = macKey.clone();
        this.initialSsc = initialSsc.clone();
    }

    /**
     * Session keys from a shared secret: {@code K_enc = KDF(K, 1)}, {@code K_mac = KDF(K, 2)}, SSC zero (PACE and
     * chip authentication, ICAO 9303-11 §9.8.6.3).
     *
     * @param cipher the cipher the protocol agreed on
     * @param sharedSecret the key-agreement secret (not kept)
     * @return the session keys with a zero send-sequence counter
     */
    public static SessionKeys derive(SmCipher cipher, byte[] sharedSecret) {
        byte[] enc = Kdf.derive(sharedSecret, Kdf.ENC, cipher);
        byte[] mac = Kdf.derive(sharedSecret, Kdf.MAC, cipher);
        try {
            return new SessionKeys(cipher, enc, mac, new byte[cipher.blockSize()]);
        } finally {
            Arrays.fill(enc, (byte) 0);
            Arrays.fill(mac, (byte) 0);
        }
    }

    /** {@return the session's cipher} */
    public SmCipher cipher() {
        return cipher;
    }

    /** {@return a copy of K_enc} */
    public byte[] encKey() {
        return encKey.clone();
    }

    /** {@return a copy of K_mac} */
    public byte[] macKey() {
        return macKey.clone();
    }

    /** {@return a copy of the initial send-sequence counter} */
    public byte[] initialSsc() {
        return initialSsc.clone();
    }

    byte[] encKeyRef() {
        return encKey;
    }

    byte[] macKeyRef() {
        return macKey;
    }

    /** Wipes the key material held by this object. */
    public void destroy() {
        Arrays.fill(encKey, (byte) 0);
        Arrays.fill(macKey, (byte) 0);
    }

    @Override
    public String toString() {
        return "SessionKeys[" + cipher + ", keys hidden]";
    }
}
