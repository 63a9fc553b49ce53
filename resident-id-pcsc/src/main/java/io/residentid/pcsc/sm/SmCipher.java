package io.residentid.pcsc.sm;

/**
 * The block cipher of a secure-messaging session (ICAO 9303-11 §9.8): two-key 3DES with the ISO/IEC 9797-1
 * retail MAC, or AES with CMAC. Fixes the key length, block size and the key-derivation hash.
 */
public enum SmCipher {
    /** Two-key 3DES in CBC mode, retail MAC (ISO/IEC 9797-1 MAC algorithm 3); used by BAC and PACE-3DES. */
    TDES(16, 8),
    /** AES-128 in CBC mode, CMAC truncated to 8 bytes. */
    AES_128(16, 16),
    /** AES-192 in CBC mode, CMAC truncated to 8 bytes. */
    AES_192(24, 16),
    /** AES-256 in CBC mode, CMAC truncated to 8 bytes. */
    AES_256(32, 16);

    private final int keyLength;
    private final int blockSize;

    SmCipher(int keyLength, int blockSize) {
        this.keyLength = keyLength;
        this.blockSize = blockSize;
    }

    /** {@return key length in bytes (3DES: 16, the two-key form K1‖K2)} */
    public int keyLength() {
        return keyLength;
    }

    /** {@return cipher block size in bytes; also the length of the send-sequence counter} */
    public int blockSize() {
        return blockSize;
    }

    /** {@return whether this is an AES variant} */
    public boolean isAes() {
        return this != TDES;
    }
}
