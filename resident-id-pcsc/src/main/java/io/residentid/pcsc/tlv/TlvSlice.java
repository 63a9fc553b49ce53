package io.residentid.pcsc.tlv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One BER-TLV data object located in a byte array, decoded in place: its tag and the offsets of its header and value
 * in that array. Nothing is copied or re-encoded, so a parser can hash or keep the exact bytes it read (an LDS data
 * group is hashed as read, never as re-encoded). Headers are decoded by {@link TlvReader} with the default limits.
 *
 * <pre>{@code
 * TlvSlice dg1 = TlvSlice.single(bytes);            // exactly one object filling the array
 * byte[] mrz = dg1.child(0x5F1F).orElseThrow().value();
 * }</pre>
 *
 * <p>A slice views the caller's array, which must not change while slices of it are used. Immutable otherwise;
 * {@link #toString()} shows the tag and offsets, never the value.
 */
public final class TlvSlice {

    /** Default bound on the children of one object ({@link #children()}). */
    public static final int MAX_CHILDREN = 4096;

    private final byte[] buffer;
    private final int tag;
    private final boolean constructed;
    private final int headerOffset;
    private final int valueOffset;
    private final int valueLength;

    private TlvSlice(byte[] buffer, int tag, boolean constructed, int headerOffset, int valueOffset,
            int valueLength) {
        this.buffer = buffer;
        this.tag = tag;
        this.constructed = constructed;
        this.headerOffset = headerOffset;
        this.valueOffset = valueOffset;
        this.valueLength = valueLength;
    }

    /**
     * The data object at {@code offset}, which must end at or before {@code limit}.
     *
     * @throws TlvException if the header is malformed, the value does not fit, or there is nothing to read
     * @param buffer the array (not copied)
     * @param offset where the object starts
     * @param limit where the object must end at the latest
     * @return the object found there
     */
    public static TlvSlice read(byte[] buffer, int offset, int limit) {
        Objects.requireNonNull(buffer, "buffer");
        Objects.checkFromToIndex(offset, limit, buffer.length);
        if (offset >= limit) {
            throw new TlvException(TlvException.Reason.EMPTY, offset);
        }
        TlvReader reader = TlvReader.of(buffer, offset, limit - offset);
        if (!reader.next()) {
            throw new TlvException(TlvException.Reason.EMPTY, offset);
        }
        return new TlvSlice(buffer, reader.tag(), reader.isConstructed(), reader.headerOffset(),
                reader.valueOffset(), reader.valueLength());
    }

    /**
     * Exactly one data object filling all of {@code buffer}.
     *
     * @throws TlvException if it is malformed, empty, or bytes follow it
     * @param buffer the array (not copied), exactly one object
     * @return the object
     */
    public static TlvSlice single(byte[] buffer) {
        TlvSlice slice = read(buffer, 0, buffer.length);
        if (slice.end() != buffer.length) {
            throw new TlvException(TlvException.Reason.TRAILING_BYTES, slice.end());
        }
        return slice;
    }

    /**
     * The consecutive data objects filling {@code [offset, end)}, at most {@code maxObjects}.
     *
     * @throws TlvException if one is malformed or there are more than {@code maxObjects}
     * @param buffer the array (not copied)
     * @param offset where the objects start
     * @param end where they end
     * @param maxObjects the most objects accepted
     * @return the objects, in order
     */
    public static List<TlvSlice> sequence(byte[] buffer, int offset, int end, int maxObjects) {
        List<TlvSlice> out = new ArrayList<>();
        int pos = offset;
        while (pos < end) {
            if (out.size() >= maxObjects) {
                throw new TlvException(TlvException.Reason.TOO_MANY_OBJECTS, pos);
            }
            TlvSlice slice = read(buffer, pos, end);
            out.add(slice);
            pos = slice.end();
        }
        return out;
    }

    /** {@return the tag value, e.g. {@code 0x5F1F}} */
    public int tag() {
        return tag;
    }

    /** {@return whether the tag is constructed} */
    public boolean isConstructed() {
        return constructed;
    }

    /** {@return offset of the tag's first byte in the array} */
    public int headerOffset() {
        return headerOffset;
    }

    /** {@return offset of the value's first byte in the array} */
    public int valueOffset() {
        return valueOffset;
    }

    /** {@return the value's length} */
    public int valueLength() {
        return valueLength;
    }

    /** {@return offset just after the value} */
    public int end() {
        return valueOffset + valueLength;
    }

    /** {@return a copy of the value} */
    public byte[] value() {
        return Arrays.copyOfRange(buffer, valueOffset, end());
    }

    /** {@return a copy of the exact bytes of the whole object (header and value) as read} */
    public byte[] encoded() {
        return Arrays.copyOfRange(buffer, headerOffset, end());
    }

    /**
     * The data objects inside the value, at most {@code maxChildren}.
     *
     * @throws TlvException if the value is not a well-formed sequence or holds more than {@code maxChildren}
     * @param maxChildren the most children accepted
     * @return the children, in order
     */
    public List<TlvSlice> children(int maxChildren) {
        return sequence(buffer, valueOffset, end(), maxChildren);
    }

    /** {@return the data objects inside the value, at most {@link #MAX_CHILDREN}} */
    public List<TlvSlice> children() {
        return children(MAX_CHILDREN);
    }

    /**
     * The first child with {@code tag}.
     *
     * @param childTag the tag looked for
     * @return the first child with that tag
     */
    public Optional<TlvSlice> child(int childTag) {
        for (TlvSlice c : children()) {
            if (c.tag == childTag) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return String.format("TlvSlice[tag=%X, header=%d, value=%d+%d]", tag, headerOffset, valueOffset, valueLength);
    }
}
