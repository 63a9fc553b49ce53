package io.residentid.pcsc.tlv;

import java.util.Locale;

/**
 * A BER-TLV tag (ISO/IEC 7816-4 §5.2, ITU-T X.690 §8.1.2): one to four bytes, written as the unsigned big-endian
 * number of its bytes, e.g. {@code 0x4F}, {@code 0x5F1F}, {@code 0x7F61}, {@code 0xBF8101}.
 *
 * <p>Valid tags follow both standards: the low five bits of the first byte are {@code 11111} exactly when subsequent
 * bytes follow; every subsequent byte but the last has bit 8 set; the first subsequent byte is neither {@code 00}
 * nor {@code 80} (no leading zero bits in the tag number). ISO 7816-4 reserves {@code 00} and {@code FF} as padding,
 * so neither starts a tag. Two-byte tags with numbers below 31 (e.g. {@code 5F01}, {@code 5F0E}) are accepted
 * although X.690 would use the one-byte form, because ICAO Doc 9303 data groups use them.
 *
 * <p>Immutable value; instances are compared by value.
 */
public final class TlvTag {

    /** The longest tag field accepted, in bytes. */
    public static final int MAX_LENGTH = 4;

    /** The class of a tag (bits 8 and 7 of its first byte). */
    public enum TagClass {
        /** {@code 00xxxxxx}: universal (ASN.1 types). */
        UNIVERSAL,
        /** {@code 01xxxxxx}: application (e.g. ISO 7816-4 interindustry templates {@code 61}, {@code 6F}). */
        APPLICATION,
        /** {@code 10xxxxxx}: context-specific. */
        CONTEXT_SPECIFIC,
        /** {@code 11xxxxxx}: private. */
        PRIVATE
    }

    private static final TlvTag[] SINGLE_BYTE = new TlvTag[256];

    static {
        for (int b = 0x01; b < 0xFF; b++) {
            if ((b & 0x1F) != 0x1F) {
                SINGLE_BYTE[b] = new TlvTag(b, 1);
            }
        }
    }

    private final int value;
    private final int length;

    private TlvTag(int value, int length) {
        this.value = value;
        this.length = length;
    }

    /**
     * The tag with the given value.
     *
     * @param value the tag bytes as an unsigned big-endian number, e.g. {@code 0x5F1F}
     * @throws IllegalArgumentException if the value is not a valid tag
     * @return the tag
     */
    public static TlvTag of(int value) {
        if (value >= 0 && value < 0x100) {
            TlvTag single = SINGLE_BYTE[value];
            if (single == null) {
                throw new IllegalArgumentException("Not a valid BER-TLV tag: " + hex(value, 1));
            }
            return single;
        }
        int length = value >>> 24 != 0 ? 4 : value >>> 16 != 0 ? 3 : 2;
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (value >>> (8 * (length - 1 - i)));
        }
        if (validLength(bytes, 0, length) != length) {
            throw new IllegalArgumentException("Not a valid BER-TLV tag: " + hex(value, length));
        }
        return new TlvTag(value, length);
    }

    /**
     * The tag whose encoding is exactly {@code bytes}.
     *
     * @throws IllegalArgumentException if the bytes are not exactly one valid tag field
     * @param bytes the tag's encoding, 1 to 3 bytes
     * @return the tag
     */
    public static TlvTag of(byte[] bytes) {
        if (bytes == null || bytes.length == 0 || bytes.length > MAX_LENGTH || validLength(bytes, 0, bytes.length) != bytes.length) {
            throw new IllegalArgumentException("Not a valid BER-TLV tag field");
        }
        int value = 0;
        for (byte b : bytes) {
            value = (value << 8) | (b & 0xFF);
        }
        return bytes.length == 1 ? SINGLE_BYTE[value] : new TlvTag(value, bytes.length);
    }

    /** A tag already validated by the parser. */
    static TlvTag trusted(int value, int length) {
        return length == 1 ? SINGLE_BYTE[value] : new TlvTag(value, length);
    }

    /**
     * Checks the tag field starting at {@code offset}; returns its length in bytes, or a negative code:
     * {@code -1} truncated, {@code -2} invalid, {@code -3} longer than {@link #MAX_LENGTH}.
     */
    static int validLength(byte[] data, int offset, int end) {
        if (offset >= end) {
            return -1;
        }
        int first = data[offset] & 0xFF;
        if (first == 0x00 || first == 0xFF) {
            return -2;
        }
        if ((first & 0x1F) != 0x1F) {
            return 1;
        }
        for (int i = 1; ; i++) {
            if (i >= MAX_LENGTH) {
                return -3;
            }
            if (offset + i >= end) {
                return -1;
            }
            int b = data[offset + i] & 0xFF;
            if (i == 1 && (b & 0x7F) == 0) {
                return -2;
            }
            if ((b & 0x80) == 0) {
                return i + 1;
            }
        }
    }

    /** {@return the tag bytes as an unsigned big-endian number, e.g. {@code 0x5F1F}} */
    public int value() {
        return value;
    }

    /** {@return length of the tag field in bytes (1 to 4)} */
    public int length() {
        return length;
    }

    /** {@return a new copy of the tag field's bytes} */
    public byte[] bytes() {
        byte[] bytes = new byte[length];
        writeTo(bytes, 0);
        return bytes;
    }

    void writeTo(byte[] target, int offset) {
        for (int i = 0; i < length; i++) {
            target[offset + i] = (byte) (value >>> (8 * (length - 1 - i)));
        }
    }

    private int firstByte() {
        return (value >>> (8 * (length - 1))) & 0xFF;
    }

    /** {@return whether the tag announces a constructed data object (bit 6 of the first byte)} */
    public boolean isConstructed() {
        return (firstByte() & 0x20) != 0;
    }

    /** {@return the tag's class (bits 8 and 7 of the first byte)} */
    public TagClass tagClass() {
        return TagClass.values()[firstByte() >>> 6];
    }

    /**
     * {@return the tag number (X.690): the low five bits of a one-byte tag, else the 7-bit groups of the subsequent
     * bytes}
     */
    public int number() {
        if (length == 1) {
            return value & 0x1F;
        }
        int number = 0;
        for (int i = length - 2; i >= 0; i--) {
            number = (number << 7) | ((value >>> (8 * i)) & 0x7F);
        }
        return number;
    }

    /** Upper-case hexadecimal tag bytes, e.g. {@code 5F1F}. */
    @Override
    public String toString() {
        return hex(value, length);
    }

    static String hex(int value, int length) {
        String digits = Integer.toHexString(value).toUpperCase(Locale.ROOT);
        StringBuilder text = new StringBuilder(2 * length);
        for (int i = digits.length(); i < 2 * length; i++) {
            text.append('0');
        }
        return text.append(digits).toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TlvTag && ((TlvTag) other).value == value && ((TlvTag) other).length == length;
    }

    @Override
    public int hashCode() {
        return value;
    }
}
