package io.residentid.pcsc.internal;

import java.util.Arrays;

/** ISO/IEC 9797-1 padding method 2 (ISO 7816-4): a mandatory {@code 80} then zeros up to the block size. */
public final class Padding {

    private Padding() {
    }

    public static byte[] pad(byte[] data, int blockSize) {
        return pad(data, 0, data.length, blockSize);
    }

    public static byte[] pad(byte[] data, int offset, int length, int blockSize) {
        int paddedLength = (length / blockSize + 1) * blockSize;
        byte[] out = new byte[paddedLength];
        System.arraycopy(data, offset, out, 0, length);
        out[length] = (byte) 0x80;
        return out;
    }

    /** Removes method-2 padding; {@code null} when the padding is malformed. */
    public static byte[] unpad(byte[] data) {
        int i = data.length - 1;
        while (i >= 0 && data[i] == 0) {
            i--;
        }
        if (i < 0 || data[i] != (byte) 0x80) {
            return null;
        }
        return Arrays.copyOf(data, i);
    }
}
