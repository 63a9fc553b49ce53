package io.residentid.core.model;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An immutable byte string: the one binary value type of the SDK's API (records never hold {@code byte[]}). Equality
 * and hash code are by content; arrays are copied in and out. A value made with {@link #personal(byte[])} holds
 * personal or secret data (a face image, a data group, a signature over a challenge) and prints only its length.
 */
public final class Bytes {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final Bytes EMPTY = new Bytes(new byte[0], false);

    private final byte[] data;
    private final boolean personal;

    private Bytes(byte[] data, boolean personal) {
        this.data = data;
        this.personal = personal;
    }

    /**
     * {@return a copy of {@code data}}
     *
     * @param data the bytes, copied
     */
    public static Bytes of(byte[] data) {
        Objects.requireNonNull(data, "data");
        return data.length == 0 ? EMPTY : new Bytes(data.clone(), false);
    }

    /**
     * {@return a copy of {@code length} bytes of {@code data} from {@code offset}}
     *
     * @param data the bytes, copied
     * @param offset the position of the first byte
     * @param length how many bytes
     */
    public static Bytes of(byte[] data, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, Objects.requireNonNull(data, "data").length);
        return new Bytes(Arrays.copyOfRange(data, offset, offset + length), false);
    }

    /**
     * {@return a copy of {@code data} that {@link #toString()} never prints}
     *
     * @param data the bytes, copied
     */
    public static Bytes personal(byte[] data) {
        Objects.requireNonNull(data, "data");
        return new Bytes(data.clone(), true);
    }

    /**
     * {@return the bytes written as hexadecimal (either case, no separators)}
     *
     * @param hex hexadecimal digits, an even number of them
     */
    public static Bytes fromHex(String hex) {
        Objects.requireNonNull(hex, "hex");
        return new Bytes(HexFormat.of().parseHex(hex), false);
    }

    /** {@return the empty byte string} */
    public static Bytes empty() {
        return EMPTY;
    }

    /** {@return the number of bytes} */
    public int length() {
        return data.length;
    }

    /** {@return whether there are no bytes} */
    public boolean isEmpty() {
        return data.length == 0;
    }

    /**
     * {@return the byte at {@code index}, unsigned (0–255)}
     *
     * @param index the position, from 0
     */
    public int get(int index) {
        return data[Objects.checkIndex(index, data.length)] & 0xFF;
    }

    /** {@return a copy of the bytes} */
    public byte[] toByteArray() {
        return data.clone();
    }

    /**
     * {@return {@code length} bytes from {@code offset}, keeping the personal mark}
     *
     * @param offset the position of the first byte
     * @param length how many bytes
     */
    public Bytes slice(int offset, int length) {
        Objects.checkFromIndexSize(offset, length, data.length);
        return new Bytes(Arrays.copyOfRange(data, offset, offset + length), personal);
    }

    /** {@return a stream over the bytes, without copying} */
    public InputStream newInputStream() {
        return new ByteArrayInputStream(data);
    }

    /** {@return upper-case hexadecimal of the whole content, also for personal values: the caller asked for it} */
    public String toHex() {
        return HEX.formatHex(data);
    }

    /** {@return the SHA-256 digest of the content} */
    public Bytes sha256() {
        try {
            return new Bytes(MessageDigest.getInstance("SHA-256").digest(data), false);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /**
     * {@return whether the content equals {@code other}'s, in time independent of where they differ}
     *
     * @param other the value to compare with
     */
    public boolean constantTimeEquals(Bytes other) {
        return MessageDigest.isEqual(data, other.data);
    }

    /** {@return whether this value is marked as personal data} */
    public boolean isPersonal() {
        return personal;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bytes b && Arrays.equals(data, b.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    /** {@return hexadecimal, shortened beyond 32 bytes; personal values print only their length} */
    @Override
    public String toString() {
        if (personal) {
            return "[" + data.length + " bytes]";
        }
        if (data.length <= 32) {
            return HEX.formatHex(data);
        }
        return HEX.formatHex(data, 0, 16) + "…(" + data.length + " bytes)";
    }
}
