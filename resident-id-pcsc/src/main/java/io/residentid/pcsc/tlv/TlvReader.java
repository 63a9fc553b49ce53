package io.residentid.pcsc.tlv;

import io.residentid.pcsc.tlv.TlvException.Reason;
import java.util.Arrays;

/**
 * A zero-copy cursor over a sequence of BER-TLV data objects in a byte array: it decodes one header at a time and
 * reports where the value lies ({@link #valueOffset()}, {@link #valueLength()}) without copying or allocating. Use it
 * to skim large structures quickly (e.g. to find one data group in a file); use {@link Tlv#parse(byte[])} for an
 * immutable tree.
 *
 * <pre>{@code
 * TlvReader reader = TlvReader.of(bytes);
 * while (reader.next()) {
 *     if (reader.tag() == 0x61) {
 *         TlvReader template = reader.children();
 *         ...
 *     }
 * }
 * }</pre>
 *
 * <p>The reader does not copy the array: it must not change while it is read. Offsets it returns are indices into
 * that array; offsets in {@link TlvException}s are counted from the start of the outermost reader's range. Every
 * header is checked exactly as by {@link TlvParser} (tags, lengths, bounds, depth). Not thread-safe.
 */
public final class TlvReader {

    private final byte[] data;
    private final int end;
    private final int origin;
    private final int depth;
    private final TlvParser limits;

    private int position;
    private int headerOffset = -1;
    private int tag;
    private int tagLength;
    private int valueOffset;
    private int valueLength;

    TlvReader(byte[] data, int offset, int end, int origin, int depth, TlvParser limits) {
        this.data = data;
        this.position = offset;
        this.end = end;
        this.origin = origin;
        this.depth = depth;
        this.limits = limits;
    }

    /**
     * A reader over the whole array with the default limits ({@link TlvParser#defaults()}).
     *
     * @param data the encoded objects
     * @return a reader over the whole array
     */
    public static TlvReader of(byte[] data) {
        return TlvParser.defaults().reader(data, 0, data.length);
    }

    /**
     * A reader over {@code length} bytes from {@code offset} with the default limits.
     *
     * @param data the array
     * @param offset where the objects start
     * @param length how many bytes they span
     * @return a reader over that range
     */
    public static TlvReader of(byte[] data, int offset, int length) {
        return TlvParser.defaults().reader(data, offset, length);
    }

    /**
     * The total encoded length (header and value) that the data object starting {@code prefix} declares, from its
     * header alone: for reading a file whose first block holds only the beginning. The value need not be present.
     *
     * @return the declared length, or {@code -1} when {@code prefix} does not hold a complete, well-formed header
     *     (indefinite or over-long length fields included)
     * @param prefix the first bytes of an object (at least its tag and length)
     */
    public static long declaredTotalLength(byte[] prefix) {
        if (prefix == null || prefix.length < 2) {
            return -1;
        }
        int pos = 0;
        int first = prefix[pos++] & 0xFF;
        if ((first & 0x1F) == 0x1F) {
            int subsequent = 0;
            while (pos < prefix.length && (prefix[pos] & 0x80) != 0) {
                pos++;
                if (++subsequent >= TlvTag.MAX_LENGTH - 1) {
                    return -1;
                }
            }
            pos++;
        }
        if (pos >= prefix.length) {
            return -1;
        }
        int lengthByte = prefix[pos++] & 0xFF;
        if (lengthByte < 0x80) {
            return pos + (long) lengthByte;
        }
        int count = lengthByte & 0x7F;
        if (count == 0 || count > 4 || pos + count > prefix.length) {
            return -1;
        }
        long length = 0;
        for (int i = 0; i < count; i++) {
            length = (length << 8) | (prefix[pos++] & 0xFF);
        }
        return pos + length;
    }

    /**
     * Decodes the next data object's header and moves past its value.
     *
     * @return {@code false} when the range is exhausted
     * @throws TlvException if the header is malformed or the value does not fit in the range
     */
    public boolean next() {
        return readHeader(position, end);
    }

    /**
     * Decodes the header at {@code from} within {@code [from, limit)}; the tree parser calls this directly with its
     * own bounds so that one reader serves a whole parse.
     */
    boolean readHeader(int from, int limit) {
        int end = limit;
        int pos = from;
        if (limits.skipsPadding()) {
            while (pos < end && (data[pos] == 0x00 || data[pos] == (byte) 0xFF)) {
                pos++;
            }
        }
        if (pos >= end) {
            position = end;
            headerOffset = -1;
            return false;
        }
        headerOffset = pos;
        int first = data[pos] & 0xFF;
        int t;
        int tl;
        if ((first & 0x1F) != 0x1F && first != 0x00 && first != 0xFF) {
            t = first;
            tl = 1;
        } else {
            tl = TlvTag.validLength(data, pos, end);
            if (tl < 0) {
                throw new TlvException(tl == -1 ? Reason.TRUNCATED_TAG : tl == -2 ? Reason.INVALID_TAG : Reason.TAG_TOO_LONG,
                        pos - origin);
            }
            t = 0;
            for (int i = 0; i < tl; i++) {
                t = (t << 8) | (data[pos + i] & 0xFF);
            }
        }
        pos += tl;
        if (pos >= end) {
            throw new TlvException(Reason.TRUNCATED_LENGTH, pos - origin);
        }
        int lengthOffset = pos;
        int l = data[pos++] & 0xFF;
        if (l > 0x7F) {
            int count = l & 0x7F;
            if (count == 0) {
                throw new TlvException(Reason.INDEFINITE_LENGTH, lengthOffset - origin);
            }
            if (count > 4) {
                throw new TlvException(Reason.LENGTH_TOO_LONG, lengthOffset - origin);
            }
            if (end - pos < count) {
                throw new TlvException(Reason.TRUNCATED_LENGTH, lengthOffset - origin);
            }
            long value = 0;
            for (int i = 0; i < count; i++) {
                value = (value << 8) | (data[pos++] & 0xFF);
            }
            if (value > Integer.MAX_VALUE) {
                throw new TlvException(Reason.LENGTH_TOO_LONG, lengthOffset - origin);
            }
            if (limits.strictLengths() && (value < 0x80 || value < (1L << (8 * (count - 1))))) {
                throw new TlvException(Reason.NON_MINIMAL_LENGTH, lengthOffset - origin);
            }
            l = (int) value;
        }
        // Checked against what is left before anything is allocated: a huge length can never cause a huge buffer.
        if (l > end - pos) {
            throw new TlvException(Reason.TRUNCATED_VALUE, lengthOffset - origin);
        }
        tag = t;
        tagLength = tl;
        valueOffset = pos;
        valueLength = l;
        position = pos + l;
        return true;
    }

    private void requireCurrent() {
        if (headerOffset < 0) {
            throw new IllegalStateException("No current data object: call next() first");
        }
    }

    /** {@return the current tag as an unsigned big-endian number, e.g. {@code 0x5F1F}} */
    public int tag() {
        requireCurrent();
        return tag;
    }

    /** {@return the current tag as a value object} */
    public TlvTag tlvTag() {
        requireCurrent();
        return TlvTag.trusted(tag, tagLength);
    }

    /** {@return whether the current data object is constructed (its value holds data objects)} */
    public boolean isConstructed() {
        requireCurrent();
        return (data[headerOffset] & 0x20) != 0;
    }

    /** {@return index in the array of the current object's first tag byte} */
    public int headerOffset() {
        requireCurrent();
        return headerOffset;
    }

    /** {@return index in the array of the current object's first value byte} */
    public int valueOffset() {
        requireCurrent();
        return valueOffset;
    }

    /** {@return length of the current object's value in bytes} */
    public int valueLength() {
        requireCurrent();
        return valueLength;
    }

    /** {@return a copy of the current object's value bytes} */
    public byte[] value() {
        requireCurrent();
        return Arrays.copyOfRange(data, valueOffset, valueOffset + valueLength);
    }

    /** {@return nesting depth of this reader: 0 for the outermost range} */
    public int depth() {
        return depth;
    }

    /** The array this reader reads (not a copy). */
    byte[] data() {
        return data;
    }

    /** {@return index in the array just past the last object read so far} */
    public int position() {
        return position;
    }

    /**
     * A reader over the current object's value, one level deeper.
     *
     * @throws TlvException with {@link Reason#TOO_DEEP} beyond the depth limit
     * @return a reader over the current constructed object's value
     */
    public TlvReader children() {
        requireCurrent();
        if (depth + 1 >= limits.maxDepth()) {
            throw new TlvException(Reason.TOO_DEEP, headerOffset - origin);
        }
        return new TlvReader(data, valueOffset, valueOffset + valueLength, origin, depth + 1, limits);
    }

    /** Offset of the current header counted from the start of the outermost range (for error reports). */
    int relativeOffset() {
        return headerOffset - origin;
    }
}
