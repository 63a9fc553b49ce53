package io.residentid.mdoc.cbor;

import io.residentid.core.model.Bytes;
import io.residentid.mdoc.MdocFormatException;
import java.util.List;

/**
 * One CBOR data item (RFC 8949), immutable. Items read by {@link CborDecoder} remember the exact bytes they were
 * read from: {@link #encoded()} and {@link CborEncoder} return those bytes, never a re-encoding, so digests and
 * signatures over embedded items (tag 24) are computed over what was received. Items built in code encode
 * deterministically (shortest heads, definite lengths, map entries in insertion order).
 *
 * <p>Equality is by value (not by encoding), which is how map keys are compared when duplicates are refused.
 */
public abstract sealed class CborItem permits CborInt, CborByteString, CborText, CborArray, CborMap, CborTag,
        CborSimple, CborFloat {

    private Source source;

    CborItem() {
    }

    final void setSource(byte[] data, int offset, int length) {
        this.source = new Source(data, offset, length);
    }

    /** Where a decoded item's bytes are: the decoder's private copy of its input, which is never modified. */
    record Source(byte[] data, int offset, int length) {
    }

    final Source source() {
        return source;
    }

    /** {@return whether this item was read by a decoder (and so encodes as exactly the bytes it was read from)} */
    public final boolean isDecoded() {
        return source != null;
    }

    /** {@return the item's encoding: the bytes it was read from, or its deterministic encoding when built in code} */
    public final Bytes encoded() {
        if (source != null) {
            return Bytes.of(source.data(), source.offset(), source.length());
        }
        return Bytes.of(CborEncoder.encode(this));
    }

    /** {@return a short name of the item's type for messages ("map", "text"…)} */
    public abstract String typeName();

    // ---- typed access: each throws MdocFormatException(STRUCTURE_INVALID) naming the path on a wrong type ----

    /**
     * {@return this item as a map}
     *
     * @param path where this item sits in the structure, for error messages
     */
    public final CborMap asMap(String path) {
        return as(CborMap.class, path, "map");
    }

    /**
     * {@return this item as an array}
     *
     * @param path where this item sits in the structure, for error messages
     */
    public final CborArray asArray(String path) {
        return as(CborArray.class, path, "array");
    }

    /**
     * {@return this item's text}
     *
     * @param path where this item sits in the structure, for error messages
     */
    public final String asText(String path) {
        return as(CborText.class, path, "text").value();
    }

    /**
     * {@return this item's byte string}
     *
     * @param path where this item sits in the structure, for error messages
     */
    public final Bytes asBytes(String path) {
        return as(CborByteString.class, path, "byte string").value();
    }

    /**
     * {@return this item's integer value}
     *
     * @param path where this item sits in the structure, for error messages
     */
    public final long asLong(String path) {
        return as(CborInt.class, path, "integer").value();
    }

    /**
     * {@return this item's boolean value}
     *
     * @param path where this item sits in the structure, for error messages
     */
    public final boolean asBoolean(String path) {
        CborSimple simple = as(CborSimple.class, path, "boolean");
        if (simple.value() == 21) {
            return true;
        }
        if (simple.value() == 20) {
            return false;
        }
        throw MdocFormatException.structure(path, "boolean");
    }

    /**
     * {@return this item as a tag with number {@code tag}}
     *
     * @param tag the CBOR tag number
     * @param path where this item sits in the structure, for error messages
     */
    public final CborTag asTag(long tag, String path) {
        CborTag t = as(CborTag.class, path, "tag " + tag);
        if (t.tag() != tag) {
            throw MdocFormatException.structure(path, "tag " + tag);
        }
        return t;
    }

    /** {@return whether this item is the simple value null} */
    public final boolean isNull() {
        return this instanceof CborSimple simple && simple.value() == 22;
    }

    private <T extends CborItem> T as(Class<T> type, String path, String what) {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw MdocFormatException.structure(path, what);
    }

    // ---- factories ----

    /**
     * {@return a text string}
     *
     * @param value the text
     */
    public static CborText text(String value) {
        return new CborText(value);
    }

    /**
     * {@return an integer}
     *
     * @param value the value
     */
    public static CborInt integer(long value) {
        return new CborInt(value);
    }

    /**
     * {@return a byte string}
     *
     * @param value the bytes
     */
    public static CborByteString bytes(Bytes value) {
        return new CborByteString(value);
    }

    /**
     * {@return a byte string}
     *
     * @param value the bytes (copied)
     */
    public static CborByteString bytes(byte[] value) {
        return new CborByteString(Bytes.of(value));
    }

    /**
     * {@return an array}
     *
     * @param items the items
     */
    public static CborArray array(CborItem... items) {
        return new CborArray(List.of(items));
    }

    /**
     * {@return an array}
     *
     * @param items the items
     */
    public static CborArray array(List<? extends CborItem> items) {
        return new CborArray(List.copyOf(items));
    }

    /**
     * {@return a boolean}
     *
     * @param value the value
     */
    public static CborSimple bool(boolean value) {
        return value ? CborSimple.TRUE : CborSimple.FALSE;
    }

    /**
     * {@return a tagged item}
     *
     * @param tag the CBOR tag number
     * @param content the tagged item
     */
    public static CborTag tag(long tag, CborItem content) {
        return new CborTag(tag, content);
    }

    /**
     * {@return {@code #6.24(bstr .cbor item)}: the item embedded as an encoded CBOR data item} A decoded item is
     * embedded as
     * the exact bytes it was read from.
     *
     * @param item the CBOR data item
     */
    public static CborTag embedded(CborItem item) {
        return new CborTag(CborTag.ENCODED_CBOR, new CborByteString(item.encoded()));
    }

    /**
     * {@return a tdate ({@code #6.0(tstr)}), RFC 3339 with seconds and Z, no fraction}
     *
     * @param instant the time (fractions of a second dropped)
     */
    public static CborTag tdate(java.time.Instant instant) {
        return new CborTag(0, new CborText(java.time.format.DateTimeFormatter.ISO_INSTANT
                .format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS))));
    }

    /**
     * {@return a full-date ({@code #6.1004(tstr)}, RFC 8943)}
     *
     * @param date the date
     */
    public static CborTag fullDate(java.time.LocalDate date) {
        return new CborTag(CborTag.FULL_DATE, new CborText(date.toString()));
    }
}
