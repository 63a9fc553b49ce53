package io.residentid.mdoc.cbor;

import java.util.Objects;

/** A tagged item (major type 6). */
public final class CborTag extends CborItem {
    /** Tag 24: an encoded CBOR data item in a byte string. */
    public static final long ENCODED_CBOR = 24;
    /** Tag 1004: an RFC 8943 full-date text string. */
    public static final long FULL_DATE = 1004;
    /** Tag 0: an RFC 3339 date-time text string. */
    public static final long DATE_TIME = 0;

    private final long tag;
    private final CborItem content;

    CborTag(long tag, CborItem content) {
        this.tag = tag;
        this.content = Objects.requireNonNull(content, "content");
    }

    /** {@return the tag number} */
    public long tag() {
        return tag;
    }

    /** {@return the tagged item} */
    public CborItem content() {
        return content;
    }

    @Override
    public String typeName() {
        return "tag " + tag;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CborTag other && other.tag == tag && other.content.equals(content);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(tag) * 31 + content.hashCode();
    }

    @Override
    public String toString() {
        return tag + "(" + content + ")";
    }
}
