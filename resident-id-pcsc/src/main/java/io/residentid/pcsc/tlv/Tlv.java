package io.residentid.pcsc.tlv;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable BER-TLV data object (ISO/IEC 7816-4 §5.2, ITU-T X.690 §8.1): a {@link TlvTag} with either a primitive
 * value or, when the tag is constructed, an ordered list of child data objects.
 *
 * <pre>
 * BER-TLV data object ::= tag (1..4 bytes) length (1..5 bytes, definite) value (length bytes)
 * length              ::= 0xxxxxxx                   (0..127)
 *                       | 1nnnnnnn n bytes, n = 1..4 (big-endian)
 * </pre>
 *
 * <p>Parse with {@link #parse(byte[])} (exactly one object), {@link #parseAll(byte[])} (a sequence) or a configured
 * {@link TlvParser}; build with {@link #primitive(int, byte[])}, {@link #constructed(int, Tlv...)} or
 * {@link #builder(int)}; encode with {@link #encoded()} (always minimal lengths).
 *
 * <pre>{@code
 * List<Tlv> efDir = Tlv.parseAll(bytes);
 * Optional<Tlv> aid = Tlv.find(efDir, 0x61, 0x4F);
 *
 * Tlv template = Tlv.builder(0x61).add(0x4F, aidBytes).add(0x50, labelBytes).build();
 * byte[] encoded = template.encoded();
 * }</pre>
 *
 * <p>Values are never exposed: {@link #value()} returns a copy and {@link #valueBuffer()} a read-only view. Child
 * lists are unmodifiable. {@link #toString()} shows tags and lengths only, never value bytes (they may be personal
 * data). Instances are thread-safe and compared by value (tag and content).
 */
public final class Tlv {

    private final TlvTag tag;
    /** Primitive: the backing array of the value (never exposed); constructed: {@code null}. */
    private final byte[] data;
    private final int valueOffset;
    private final int valueLength;
    /** Constructed: the children (unmodifiable); primitive: {@code null}. */
    private final List<Tlv> children;
    private final int encodedLength;

    /** A primitive node viewing {@code data}, which the caller guarantees is never modified nor exposed. */
    Tlv(TlvTag tag, byte[] data, int valueOffset, int valueLength) {
        this.tag = tag;
        this.data = data;
        this.valueOffset = valueOffset;
        this.valueLength = valueLength;
        this.children = null;
        this.encodedLength = encodedLength(tag, valueLength);
    }

    /** A constructed node over an unmodifiable list owned by this node. */
    Tlv(TlvTag tag, List<Tlv> children) {
        this.tag = tag;
        this.data = null;
        this.valueOffset = 0;
        this.children = children;
        long total = 0;
        for (Tlv child : children) {
            total += child.encodedLength;
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("Data object too large to encode");
        }
        this.valueLength = (int) total;
        this.encodedLength = encodedLength(tag, (int) total);
    }

    private static int encodedLength(TlvTag tag, int valueLength) {
        long total = (long) tag.length() + lengthFieldSize(valueLength) + valueLength;
        if (total > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("Data object too large to encode");
        }
        return (int) total;
    }

    static int lengthFieldSize(int length) {
        if (length < 0x80) {
            return 1;
        }
        if (length < 0x100) {
            return 2;
        }
        if (length < 0x10000) {
            return 3;
        }
        return length < 0x1000000 ? 4 : 5;
    }

    // ---- parsing -------------------------------------------------------------------------------------------

    /**
     * Parses exactly one data object that fills {@code data}, with {@link TlvParser#defaults()}.
     *
     * @throws TlvException if the input is malformed, exceeds a default limit, is empty or {@code null}, or has
     *     bytes after the object
     * @param data exactly one encoded data object
     * @return the object
     */
    public static Tlv parse(byte[] data) {
        return TlvParser.defaults().parse(data);
    }

    /**
     * Parses a sequence of data objects that fills {@code data}, with {@link TlvParser#defaults()}.
     *
     * @return an unmodifiable list, empty for empty input
     * @throws TlvException if the input is malformed, exceeds a default limit or is {@code null}
     * @param data a sequence of encoded data objects
     */
    public static List<Tlv> parseAll(byte[] data) {
        return TlvParser.defaults().parseAll(data);
    }

    // ---- building ------------------------------------------------------------------------------------------

    /**
     * A primitive data object; the value is copied.
     *
     * @param tag tag value, e.g. {@code 0x5F1F}; must be a primitive tag
     * @throws IllegalArgumentException if the tag is invalid or constructed
     * @param value the value (copied)
     * @return the primitive object
     */
    public static Tlv primitive(int tag, byte[] value) {
        return primitive(TlvTag.of(tag), value);
    }

    /**
     * A primitive data object; the value is copied.
     *
     * @throws IllegalArgumentException if the tag is constructed
     * @param tag the tag
     * @param value the value (copied)
     * @return the primitive object
     */
    public static Tlv primitive(TlvTag tag, byte[] value) {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(value, "value");
        if (tag.isConstructed()) {
            throw new IllegalArgumentException("Tag " + tag + " is constructed; use constructed(...)");
        }
        return new Tlv(tag, value.clone(), 0, value.length);
    }

    /**
     * A constructed data object holding {@code children} in order.
     *
     * @throws IllegalArgumentException if the tag is invalid or primitive
     * @param tag the tag, which must be constructed
     * @param children the children, in order
     * @return the constructed object
     */
    public static Tlv constructed(int tag, Tlv... children) {
        return constructed(TlvTag.of(tag), Arrays.asList(children));
    }

    /**
     * A constructed data object holding {@code children} in order (the list is copied).
     *
     * @throws IllegalArgumentException if the tag is primitive
     * @param tag the tag, which must be constructed
     * @param children the children, in order
     * @return the constructed object
     */
    public static Tlv constructed(TlvTag tag, List<Tlv> children) {
        Objects.requireNonNull(tag, "tag");
        if (!tag.isConstructed()) {
            throw new IllegalArgumentException("Tag " + tag + " is primitive; use primitive(...)");
        }
        List<Tlv> copy = List.copyOf(children);
        return new Tlv(tag, copy);
    }

    /**
     * A builder for a constructed data object with the given (constructed) tag.
     *
     * @param tag the constructed object's tag
     * @return a builder to add children to
     */
    public static Builder builder(int tag) {
        return new Builder(TlvTag.of(tag));
    }

    /** Builds a constructed data object child by child. */
    public static final class Builder {
        private final TlvTag tag;
        private final List<Tlv> children = new ArrayList<>();

        private Builder(TlvTag tag) {
            if (!tag.isConstructed()) {
                throw new IllegalArgumentException("Tag " + tag + " is primitive; a builder makes constructed objects");
            }
            this.tag = tag;
        }

        /**
         * Appends a child.
         *
         * @param child appends a child
         * @return this builder
         */
        public Builder add(Tlv child) {
            children.add(Objects.requireNonNull(child, "child"));
            return this;
        }

        /**
         * Appends a primitive child (the value is copied).
         *
         * @param tag the child's tag
         * @param value the child's value (copied)
         * @return this builder
         */
        public Builder add(int tag, byte[] value) {
            return add(primitive(tag, value));
        }

        /**
         * {@return the constructed object}
         */
        public Tlv build() {
            return constructed(tag, children);
        }
    }

    // ---- access --------------------------------------------------------------------------------------------

    /** {@return the tag} */
    public TlvTag tag() {
        return tag;
    }

    /** {@return whether this object is constructed (its value is a sequence of data objects)} */
    public boolean isConstructed() {
        return children != null;
    }

    /** {@return length of the value in bytes, as written by {@link #encoded()}} */
    public int valueLength() {
        return valueLength;
    }

    /** {@return a copy of the value bytes; for a constructed object, the encoding of its children} */
    public byte[] value() {
        if (data != null) {
            return Arrays.copyOfRange(data, valueOffset, valueOffset + valueLength);
        }
        byte[] value = new byte[valueLength];
        int pos = 0;
        for (Tlv child : children) {
            pos = child.writeTo(value, pos);
        }
        return value;
    }

    /** {@return a read-only view of the value without copying (for large primitives such as images)} */
    public ByteBuffer valueBuffer() {
        if (data != null) {
            return ByteBuffer.wrap(data, valueOffset, valueLength).slice().asReadOnlyBuffer();
        }
        return ByteBuffer.wrap(value()).asReadOnlyBuffer();
    }

    /**
     * Whether this is a primitive object whose value equals {@code bytes}, compared without copying.
     *
     * @param bytes the bytes to compare with
     * @return whether this is a primitive object whose value equals them
     */
    public boolean valueEquals(byte[] bytes) {
        return data != null && Arrays.equals(data, valueOffset, valueOffset + valueLength, bytes, 0, bytes.length);
    }

    /** {@return the children in order: unmodifiable, empty for a primitive object} */
    public List<Tlv> children() {
        return children == null ? List.of() : children;
    }

    /** {@return total length of {@link #encoded()}: tag, length field and value} */
    public int encodedLength() {
        return encodedLength;
    }

    /** {@return the BER-TLV encoding with minimal definite lengths} */
    public byte[] encoded() {
        byte[] out = new byte[encodedLength];
        writeTo(out, 0);
        return out;
    }

    /**
     * Writes the encoding into {@code out} (as {@link #encoded()}).
     *
     * @param out where the encoding goes
     */
    public void writeTo(java.io.ByteArrayOutputStream out) {
        out.writeBytes(encoded());
    }

    /**
     * Writes one data object straight into {@code out}, without building a tree: the tag's bytes, the minimal
     * definite length and {@code value}. The value's bytes are taken as they are, also for a constructed tag (a
     * template whose children the caller encoded). Used by the protocol encoders (secure messaging, PACE, chip
     * authentication) and the LDS writers.
     *
     * @param tag tag value, e.g. {@code 0x7C} or {@code 0x5F1F}
     * @throws IllegalArgumentException if the tag is not a valid BER-TLV tag
     * @param out where the encoding goes
     * @param value the value
     */
    public static void write(java.io.ByteArrayOutputStream out, int tag, byte[] value) {
        write(out, tag, value, 0, value.length);
    }

    /**
     * As {@link #write(java.io.ByteArrayOutputStream, int, byte[])} with {@code length} bytes of {@code value}.
     *
     * @param out where the encoding goes
     * @param tag the tag
     * @param value the array holding the value
     * @param offset where the value starts in it
     * @param length the value's length
     */
    public static void write(java.io.ByteArrayOutputStream out, int tag, byte[] value, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, value.length);
        TlvTag t = TlvTag.of(tag);
        byte[] tagBytes = new byte[t.length()];
        t.writeTo(tagBytes, 0);
        out.write(tagBytes, 0, tagBytes.length);
        writeLength(out, length);
        out.write(value, offset, length);
    }

    /**
     * One data object's encoding: {@code tag}, minimal definite length, {@code value} (see {@link #write}).
     *
     * @param tag the tag
     * @param value the value
     * @return the encoded object
     */
    public static byte[] encode(int tag, byte[] value) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(value.length + 8);
        write(out, tag, value);
        return out.toByteArray();
    }

    /**
     * Writes a minimal definite length field for {@code length} (0 or more).
     *
     * @param out where the encoding goes
     * @param length the length to encode
     */
    public static void writeLength(java.io.ByteArrayOutputStream out, int length) {
        if (length < 0) {
            throw new IllegalArgumentException("length must not be negative");
        }
        int size = lengthFieldSize(length);
        if (size == 1) {
            out.write(length);
            return;
        }
        out.write(0x80 | (size - 1));
        for (int i = size - 2; i >= 0; i--) {
            out.write(length >>> (8 * i));
        }
    }

    /** Writes the encoding at {@code offset}; returns the offset just after it. */
    int writeTo(byte[] out, int offset) {
        tag.writeTo(out, offset);
        int pos = offset + tag.length();
        int size = lengthFieldSize(valueLength);
        if (size == 1) {
            out[pos++] = (byte) valueLength;
        } else {
            out[pos++] = (byte) (0x80 | (size - 1));
            for (int i = size - 2; i >= 0; i--) {
                out[pos++] = (byte) (valueLength >>> (8 * i));
            }
        }
        if (data != null) {
            System.arraycopy(data, valueOffset, out, pos, valueLength);
            return pos + valueLength;
        }
        for (Tlv child : children) {
            pos = child.writeTo(out, pos);
        }
        return pos;
    }

    // ---- lookup --------------------------------------------------------------------------------------------

    /**
     * The first descendant reached by following {@code path} through the children: {@code find(0x7F60, 0x5F2E)}
     * is the first {@code 5F2E} child of the first {@code 7F60} child of this object.
     *
     * @param path tag values, outermost first (at least one)
     * @return the first object at that path
     */
    public Optional<Tlv> find(int... path) {
        return find(children(), path);
    }

    /**
     * Every descendant reached by following {@code path}, in document order (all branches, not only the first).
     *
     * @param path the tags from this object's children down
     * @return every object at that path, in order
     */
    public List<Tlv> findAll(int... path) {
        return findAll(children(), path);
    }

    /**
     * The first data object reached by following {@code path} from a sequence: {@code find(efDir, 0x61, 0x4F)} is
     * the first {@code 4F} in the first {@code 61} template that has one.
     *
     * @param objects the top-level objects
     * @param path the tags from the top level down
     * @return the first object at that path
     */
    public static Optional<Tlv> find(List<Tlv> objects, int... path) {
        checkPath(path);
        return Optional.ofNullable(first(objects, path, 0));
    }

    private static Tlv first(List<Tlv> objects, int[] path, int index) {
        for (Tlv object : objects) {
            if (object.tag.value() == path[index]) {
                if (index == path.length - 1) {
                    return object;
                }
                Tlv found = first(object.children(), path, index + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * Every data object reached by following {@code path} from a sequence, in document order.
     *
     * @param objects the top-level objects
     * @param path the tags from the top level down
     * @return every object at that path, in order
     */
    public static List<Tlv> findAll(List<Tlv> objects, int... path) {
        checkPath(path);
        List<Tlv> found = new ArrayList<>();
        collect(objects, path, 0, found);
        return Collections.unmodifiableList(found);
    }

    private static void collect(List<Tlv> objects, int[] path, int index, List<Tlv> found) {
        for (Tlv object : objects) {
            if (object.tag.value() == path[index]) {
                if (index == path.length - 1) {
                    found.add(object);
                } else {
                    collect(object.children(), path, index + 1, found);
                }
            }
        }
    }

    private static void checkPath(int[] path) {
        if (path == null || path.length == 0) {
            throw new IllegalArgumentException("A tag path needs at least one tag");
        }
    }

    // ---- value semantics -----------------------------------------------------------------------------------

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Tlv)) {
            return false;
        }
        Tlv that = (Tlv) other;
        if (!tag.equals(that.tag) || valueLength != that.valueLength || isConstructed() != that.isConstructed()) {
            return false;
        }
        if (data != null) {
            return Arrays.equals(data, valueOffset, valueOffset + valueLength,
                    that.data, that.valueOffset, that.valueOffset + that.valueLength);
        }
        return children.equals(that.children);
    }

    @Override
    public int hashCode() {
        int hash = 31 * tag.hashCode() + valueLength;
        if (data != null) {
            for (int i = valueOffset; i < valueOffset + valueLength; i++) {
                hash = 31 * hash + data[i];
            }
            return hash;
        }
        return 31 * hash + children.hashCode();
    }

    /** Tag, kind and length only; values are left out because they may be personal data. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        describe(text);
        return text.toString();
    }

    private void describe(StringBuilder text) {
        text.append(tag).append('[').append(valueLength);
        if (children != null) {
            text.append(':');
            for (int i = 0; i < children.size(); i++) {
                if (text.length() > 2000) {
                    text.append(" …");
                    break;
                }
                text.append(i == 0 ? " " : ", ");
                children.get(i).describe(text);
            }
        }
        text.append(']');
    }
}
