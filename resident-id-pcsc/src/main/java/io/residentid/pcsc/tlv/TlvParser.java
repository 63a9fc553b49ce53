package io.residentid.pcsc.tlv;

import io.residentid.pcsc.tlv.TlvException.Reason;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A configured BER-TLV parser: limits on input size, nesting depth and object count, the length-encoding policy and
 * whether ISO 7816-4 padding bytes are skipped. Immutable and thread-safe; build one with {@link #builder()} or use
 * {@link #defaults()}.
 *
 * <p><b>Length policy.</b> Definite lengths only: short form (one byte up to 127) and long form with one to four
 * subsequent bytes (values up to 2^31-1). Indefinite length ({@code 80}) is always rejected, as ISO 7816-4 requires.
 * By default a long form that could have been shorter (e.g. {@code 81 05}) is accepted, as BER allows and as some
 * cards write it; {@link Builder#strictLengths(boolean)} rejects it (DER). The encoder always writes minimal lengths,
 * so a lenient parse followed by {@link Tlv#encoded()} normalises the lengths.
 *
 * <p><b>Copying.</b> {@link #parse(byte[])} copies the input once and all nodes of the tree are views into that
 * private copy, so the tree is immutable and parsing stays fast; {@link #reader(byte[], int, int)} copies nothing.
 */
public final class TlvParser {

    /** Default limit on nesting depth of constructed objects. */
    public static final int DEFAULT_MAX_DEPTH = 32;
    /** Default limit on input size: 16 MiB, well above the largest eMRTD data group. */
    public static final int DEFAULT_MAX_SIZE = 16 * 1024 * 1024;
    /** Default limit on the number of data objects in one parse. */
    public static final int DEFAULT_MAX_OBJECTS = 100_000;
    /** Hard ceiling on the depth limit, so recursion always fits on the stack. */
    public static final int MAX_DEPTH_CEILING = 256;

    private static final TlvParser DEFAULTS = builder().build();

    private final int maxDepth;
    private final int maxSize;
    private final int maxObjects;
    private final boolean strictLengths;
    private final boolean skipPadding;

    private TlvParser(Builder builder) {
        this.maxDepth = builder.maxDepth;
        this.maxSize = builder.maxSize;
        this.maxObjects = builder.maxObjects;
        this.strictLengths = builder.strictLengths;
        this.skipPadding = builder.skipPadding;
    }

    /** {@return the parser with default limits: depth 32, 16 MiB, 100,000 objects, lenient lengths, no padding} */
    public static TlvParser defaults() {
        return DEFAULTS;
    }

    /** {@return a builder starting from the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    int maxDepth() {
        return maxDepth;
    }

    boolean strictLengths() {
        return strictLengths;
    }

    boolean skipsPadding() {
        return skipPadding;
    }

    /**
     * Parses exactly one data object that fills the whole input.
     *
     * @throws TlvException if the input is malformed, exceeds a limit, is empty or {@code null} ({@link
     *     Reason#EMPTY}) or has bytes after the object
     * @param data exactly one encoded data object
     * @return the object
     */
    public Tlv parse(byte[] data) {
        TlvPrefix prefix = parsePrefix(data);
        if (prefix.trailingBytes() > 0) {
            int offset = prefix.consumed();
            if (skipPadding) {
                offset = skipPaddingFrom(data, offset);
                if (offset == data.length) {
                    return prefix.tlv();
                }
            }
            throw new TlvException(Reason.TRAILING_BYTES, offset);
        }
        return prefix.tlv();
    }

    private static int skipPaddingFrom(byte[] data, int offset) {
        while (offset < data.length && (data[offset] == 0x00 || data[offset] == (byte) 0xFF)) {
            offset++;
        }
        return offset;
    }

    /**
     * Parses the first data object of the input and reports how many bytes follow it, for inputs where trailing
     * bytes are legitimate (e.g. a file read in whole blocks).
     *
     * @throws TlvException if the first object is malformed or exceeds a limit, or the input is empty or {@code
     *     null} ({@link Reason#EMPTY})
     * @param data bytes starting with an encoded data object
     * @return the first object, the bytes it used and the bytes after it
     */
    public TlvPrefix parsePrefix(byte[] data) {
        requireInput(data);
        checkSize(data.length);
        byte[] copy = data.clone();
        TlvReader reader = new TlvReader(copy, 0, copy.length, 0, 0, this);
        if (!reader.next()) {
            throw new TlvException(Reason.EMPTY, 0);
        }
        int end = reader.position();
        Tlv tlv = node(reader, copy, 0, new Scratch());
        return new TlvPrefix(tlv, end, copy.length - end);
    }

    /**
     * Parses a sequence of data objects that fills the whole input (e.g. the content of EF.DIR); an empty input
     * gives an empty list.
     *
     * @return an unmodifiable list
     * @throws TlvException if the input is malformed or exceeds a limit, or is {@code null} ({@link Reason#EMPTY})
     * @param data a sequence of encoded data objects
     */
    public List<Tlv> parseAll(byte[] data) {
        requireInput(data);
        checkSize(data.length);
        byte[] copy = data.clone();
        TlvReader reader = new TlvReader(copy, 0, copy.length, 0, 0, this);
        return sequence(reader, 0, copy.length, 0, new Scratch());
    }

    /**
     * A zero-copy reader over part of {@code data} with this parser's limits. The array is not copied: it must not
     * change while it is read.
     *
     * @param data the array
     * @param offset where the objects start
     * @param length how many bytes they span
     * @return a streaming reader over them with this parser's limits
     */
    public TlvReader reader(byte[] data, int offset, int length) {
        Objects.requireNonNull(data, "data");
        Objects.checkFromIndexSize(offset, length, data.length);
        checkSize(length);
        return new TlvReader(data, offset, offset + length, offset, 0, this);
    }

    /** Missing input is malformed input: callers handle one exception type, never a NullPointerException. */
    private static void requireInput(byte[] data) {
        if (data == null) {
            throw new TlvException(Reason.EMPTY, 0);
        }
    }

    private void checkSize(int length) {
        if (length > maxSize) {
            throw new TlvException(Reason.TOO_LARGE, 0);
        }
    }

    /**
     * Parses the objects in {@code [from, to)} of the reader's array. One reader decodes every header of the parse;
     * children are collected in a per-depth scratch array and end up in an exact-size immutable list.
     */
    private List<Tlv> sequence(TlvReader reader, int from, int to, int depth, Scratch scratch) {
        Tlv[] items = scratch.level(depth);
        int n = 0;
        int pos = from;
        byte[] data = reader.data();
        while (reader.readHeader(pos, to)) {
            pos = reader.position();
            Tlv item = node(reader, data, depth, scratch);
            if (n == items.length) {
                items = scratch.grow(depth);
            }
            items[n++] = item;
        }
        if (n == 0) {
            return List.of();
        }
        List<Tlv> list = new ChildList(Arrays.copyOf(items, n));
        Arrays.fill(items, 0, n, null);
        return list;
    }

    private Tlv node(TlvReader reader, byte[] data, int depth, Scratch scratch) {
        if (++scratch.count > maxObjects) {
            throw new TlvException(Reason.TOO_MANY_OBJECTS, reader.relativeOffset());
        }
        TlvTag tag = reader.tlvTag();
        int valueOffset = reader.valueOffset();
        int valueLength = reader.valueLength();
        if ((data[reader.headerOffset()] & 0x20) == 0) {
            return new Tlv(tag, data, valueOffset, valueLength);
        }
        if (depth + 1 >= maxDepth) {
            throw new TlvException(Reason.TOO_DEEP, reader.relativeOffset());
        }
        List<Tlv> children = sequence(reader, valueOffset, valueOffset + valueLength, depth + 1, scratch);
        return new Tlv(tag, children);
    }

    /** Per-parse working memory: object count and one reusable child buffer per depth. */
    private static final class Scratch {
        int count;
        private Tlv[][] levels = new Tlv[8][];

        Tlv[] level(int depth) {
            if (depth >= levels.length) {
                levels = Arrays.copyOf(levels, Math.max(depth + 1, levels.length * 2));
            }
            Tlv[] items = levels[depth];
            if (items == null) {
                items = new Tlv[8];
                levels[depth] = items;
            }
            return items;
        }

        Tlv[] grow(int depth) {
            levels[depth] = Arrays.copyOf(levels[depth], levels[depth].length * 2);
            return levels[depth];
        }
    }

    /** An immutable, exact-size list over an array that nothing else references. */
    private static final class ChildList extends AbstractList<Tlv> implements RandomAccess {
        private final Tlv[] items;

        ChildList(Tlv[] items) {
            this.items = items;
        }

        @Override
        public Tlv get(int index) {
            return items[index];
        }

        @Override
        public int size() {
            return items.length;
        }
    }

    /** Builds a {@link TlvParser}. */
    public static final class Builder {
        private int maxDepth = DEFAULT_MAX_DEPTH;
        private int maxSize = DEFAULT_MAX_SIZE;
        private int maxObjects = DEFAULT_MAX_OBJECTS;
        private boolean strictLengths;
        private boolean skipPadding;

        private Builder() {
        }

        /**
         * Most levels of nested data objects accepted, a top-level object being level 1 (1 to 256, default 32).
         *
         * @param maxDepth most levels of nested data objects accepted, a top-level object being level 1 (1 to 256,
         *     default 32)
         * @return this builder
         */
        public Builder maxDepth(int maxDepth) {
            if (maxDepth < 1 || maxDepth > MAX_DEPTH_CEILING) {
                throw new IllegalArgumentException("maxDepth must be 1.." + MAX_DEPTH_CEILING);
            }
            this.maxDepth = maxDepth;
            return this;
        }

        /**
         * Largest input accepted, in bytes.
         *
         * @param maxSize largest input accepted, in bytes
         * @return this builder
         */
        public Builder maxSize(int maxSize) {
            if (maxSize < 0) {
                throw new IllegalArgumentException("maxSize must not be negative");
            }
            this.maxSize = maxSize;
            return this;
        }

        /**
         * Most data objects accepted in one parse (bounds the size of the tree in memory).
         *
         * @param maxObjects most data objects accepted in one parse (bounds the size of the tree in memory)
         * @return this builder
         */
        public Builder maxObjects(int maxObjects) {
            if (maxObjects < 1) {
                throw new IllegalArgumentException("maxObjects must be positive");
            }
            this.maxObjects = maxObjects;
            return this;
        }

        /**
         * Whether long-form lengths that could be shorter are rejected (DER rule); default {@code false}.
         *
         * @param strictLengths whether long-form lengths that could be shorter are rejected (DER rule); default {@code
         *     false}
         * @return this builder
         */
        public Builder strictLengths(boolean strictLengths) {
            this.strictLengths = strictLengths;
            return this;
        }

        /**
         * Whether {@code 00} and {@code FF} bytes before, between and after data objects are skipped, as ISO 7816-4
         * §5.2 allows in files; default {@code false} (they are rejected as invalid tags).
         *
         * @param skipPadding whether 00 and FF bytes between objects are skipped
         * @return this builder
         */
        public Builder skipPadding(boolean skipPadding) {
            this.skipPadding = skipPadding;
            return this;
        }

        /**
         * {@return the parser}
         */
        public TlvParser build() {
            return new TlvParser(this);
        }
    }
}
