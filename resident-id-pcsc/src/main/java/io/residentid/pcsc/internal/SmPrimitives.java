package io.residentid.pcsc.internal;

import io.residentid.pcsc.sm.SmCipher;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.Mac;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.DESEngine;
import org.bouncycastle.crypto.engines.DESedeEngine;
import org.bouncycastle.crypto.macs.CMac;
import org.bouncycastle.crypto.macs.ISO9797Alg3Mac;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.modes.CBCModeCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

import java.util.Arrays;
import java.util.Objects;

/**
 * The block-cipher primitives that ICAO 9303-11 access control and secure messaging are built from: CBC
 * encryption with a given IV, the 8-byte MAC (3DES retail MAC or AES-CMAC), and ISO/IEC 9797-1 padding method 2.
 * Stateless and thread-safe.
 */
public final class SmPrimitives {

    /** Length of every MAC (checksum) in ICAO secure messaging. */
    public static final int MAC_LENGTH = 8;

    private SmPrimitives() {
    }

    /** CBC encryption of block-aligned {@code data} with the given IV (zeros when {@code null}). */
    public static byte[] encrypt(SmCipher cipher, byte[] key, byte[] iv, byte[] data) {
        return cbc(cipher, key, iv, data, true);
    }

    /** CBC decryption of block-aligned {@code data} with the given IV (zeros when {@code null}). */
    public static byte[] decrypt(SmCipher cipher, byte[] key, byte[] iv, byte[] data) {
        return cbc(cipher, key, iv, data, false);
    }

    /** Encrypts one block in ECB mode (AES secure messaging derives its IV as {@code E(K_enc, SSC)}). */
    public static byte[] encryptBlock(SmCipher cipher, byte[] key, byte[] block) {
        BlockCipher engine = engine(cipher);
        engine.init(true, new KeyParameter(tdesKey(cipher, key)));
        byte[] out = new byte[engine.getBlockSize()];
        engine.processBlock(block, 0, out, 0);
        return out;
    }

    /**
     * The 8-byte MAC over {@code data} exactly as given (callers pad first where the protocol says so): retail MAC
     * for 3DES (the input must then be block aligned), CMAC truncated to 8 bytes for AES.
     */
    public static byte[] mac(SmCipher cipher, byte[] key, byte[] data) {
        Objects.requireNonNull(data, "data");
        Mac mac;
        if (cipher.isAes()) {
            mac = new CMac(AESEngine.newInstance());
        } else {
            if (data.length % 8 != 0) {
                throw new IllegalArgumentException("retail MAC input must be padded to 8 bytes");
            }
            mac = new ISO9797Alg3Mac(new DESEngine());
        }
        mac.init(new KeyParameter(key));
        mac.update(data, 0, data.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return out.length == MAC_LENGTH ? out : Arrays.copyOf(out, MAC_LENGTH);
    }

    /** ISO/IEC 9797-1 padding method 2 to {@code blockSize}. */
    public static byte[] pad(byte[] data, int blockSize) {
        return Padding.pad(data, blockSize);
    }

    private static byte[] cbc(SmCipher cipher, byte[] key, byte[] iv, byte[] data, boolean encrypt) {
        Objects.requireNonNull(key, "key");
        BlockCipher engine = engine(cipher);
        int blockSize = engine.getBlockSize();
        if (data.length % blockSize != 0) {
            throw new IllegalArgumentException("data is not block aligned");
        }
        CBCModeCipher cbc = CBCBlockCipher.newInstance(engine);
        byte[] ivBytes = iv == null ? new byte[blockSize] : iv;
        cbc.init(encrypt, new ParametersWithIV(new KeyParameter(tdesKey(cipher, key)), ivBytes));
        byte[] out = new byte[data.length];
        for (int i = 0; i < data.length; i += blockSize) {
            cbc.processBlock(data, i, out, i);
        }
        return out;
    }

    private static BlockCipher engine(SmCipher cipher) {
        return cipher.isAes() ? AESEngine.newInstance() : new DESedeEngine();
    }

    private static byte[] tdesKey(SmCipher cipher, byte[] key) {
        if (cipher.isAes()) {
            if (key.length != cipher.keyLength()) {
                throw new IllegalArgumentException("AES key must be " + cipher.keyLength() + " bytes");
            }
            return key;
        }
        if (key.length != 16 && key.length != 24) {
            throw new IllegalArgumentException("3DES key must be 16 or 24 bytes");
        }
        return key;
    }
}
