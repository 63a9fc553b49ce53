package io.residentid.pcsc.internal;

import io.residentid.pcsc.sm.SmCipher;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.DESParameters;

import java.util.Arrays;
import java.util.Objects;

/**
 * The key derivation function of ICAO 9303-11 §9.7.1: {@code KDF(K, c) = H(K ‖ c)} truncated to the key length,
 * with {@code c} a 32-bit big-endian counter. SHA-1 for 3DES and AES-128, SHA-256 for AES-192/256. 3DES keys get
 * odd DES parity, as the specification's worked examples show.
 */
public final class Kdf {

    /** Counter for the encryption key. */
    public static final int ENC = 1;
    /** Counter for the MAC key. */
    public static final int MAC = 2;
    /** Counter for the PACE password key K_π. */
    public static final int PACE_PASSWORD = 3;

    private Kdf() {
    }

    /**
     * Derives a key of {@code cipher}'s length from {@code secret} and {@code counter}.
     *
     * @return a fresh array the caller owns (and should wipe)
     */
    public static byte[] derive(byte[] secret, int counter, SmCipher cipher) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(cipher, "cipher");
        Digest digest = cipher == SmCipher.AES_192 || cipher == SmCipher.AES_256 ? new SHA256Digest() : new SHA1Digest();
        digest.update(secret, 0, secret.length);
        digest.update((byte) (counter >>> 24));
        digest.update((byte) (counter >>> 16));
        digest.update((byte) (counter >>> 8));
        digest.update((byte) counter);
        byte[] hash = new byte[digest.getDigestSize()];
        digest.doFinal(hash, 0);
        byte[] key = Arrays.copyOf(hash, cipher.keyLength());
        Arrays.fill(hash, (byte) 0);
        if (cipher == SmCipher.TDES) {
            DESParameters.setOddParity(key);
        }
        return key;
    }
}
