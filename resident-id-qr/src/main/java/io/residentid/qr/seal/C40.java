package io.residentid.qr.seal;

import java.io.ByteArrayOutputStream;

/**
 * The C40 encoding of ICAO 9303-13 / BSI TR-03137: three characters of the basic set (space, digits, capital
 * letters) in two bytes; two trailing characters padded with Shift 1; one trailing character as {@code 0xFE} and
 * its ASCII code plus one. In MRZ text the filler {@code <} is written as a space.
 */
final class C40 {

    private C40() {
    }

    /**
     * Decodes C40 bytes.
     *
     * @param data   the seal bytes
     * @param offset first byte
     * @param length number of bytes (even)
     * @return the text (spaces kept)
     * @throws SealException {@link SealCode#BAD_C40} with the offset of the bad pair
     */
    public static String decode(byte[] data, int offset, int length) {
        if (length % 2 != 0) {
            throw new SealException(SealCode.BAD_C40, offset + length - 1L);
        }
        StringBuilder out = new StringBuilder(length * 3 / 2);
        for (int i = offset; i < offset + length; i += 2) {
            int b1 = data[i] & 0xFF;
            int b2 = data[i + 1] & 0xFF;
            if (b1 == 0xFE) {
                int c = b2 - 1;
                if (c < 0x20 || c > 0x5A) {
                    throw new SealException(SealCode.BAD_C40, i);
                }
                out.append((char) c);
                continue;
            }
            int v = (b1 << 8 | b2) - 1;
            if (v < 0 || v >= 64000) {
                throw new SealException(SealCode.BAD_C40, i);
            }
            append(out, v / 1600, i);
            append(out, (v / 40) % 40, i);
            append(out, v % 40, i);
        }
        return out.toString();
    }

    private static void append(StringBuilder out, int value, int offset) {
        if (value == 0) {
            return; // Shift 1 pads the last triplet
        }
        if (value == 3) {
            out.append(' ');
        } else if (value >= 4 && value <= 13) {
            out.append((char) ('0' + value - 4));
        } else if (value >= 14) {
            out.append((char) ('A' + value - 14));
        } else {
            // Shift 2 and Shift 3 (sets beyond the basic one) never occur in seals.
            throw new SealException(SealCode.BAD_C40, offset);
        }
    }

    /**
     * Encodes text of the basic set; {@code <} is written as a space (MRZ filler).
     *
     * @throws SealException {@link SealCode#BAD_C40} when a character is outside the set
     */
    public static byte[] encode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        int i = 0;
        int n = text.length();
        while (n - i >= 2) {
            int c1 = value(text, i);
            int c2 = value(text, i + 1);
            int c3 = n - i >= 3 ? value(text, i + 2) : 0;
            int v = 1600 * c1 + 40 * c2 + c3 + 1;
            out.write(v >> 8);
            out.write(v & 0xFF);
            i += 3;
        }
        if (i < n) {
            value(text, i);
            char c = text.charAt(i) == '<' ? ' ' : text.charAt(i);
            out.write(0xFE);
            out.write(c + 1);
        }
        return out.toByteArray();
    }

    /** The number of bytes {@code chars} characters take in C40. */
    public static int encodedLength(int chars) {
        return chars / 3 * 2 + (chars % 3 == 0 ? 0 : 2);
    }

    private static int value(String text, int index) {
        char c = text.charAt(index);
        if (c == ' ' || c == '<') {
            return 3;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 4;
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 14;
        }
        throw new SealException(SealCode.BAD_C40, index);
    }
}
