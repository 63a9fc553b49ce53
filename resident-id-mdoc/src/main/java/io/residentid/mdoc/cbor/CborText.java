package io.residentid.mdoc.cbor;

import java.util.Objects;

/** A UTF-8 text string (major type 3), validated on reading. {@code toString()} prints only its length. */
public final class CborText extends CborItem {
    private final String value;

    CborText(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    /** {@return the text} */
    public String value() {
        return value;
    }

    @Override
    public String typeName() {
        return "text";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CborText other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        // Text may be a name; print only its length.
        return "\"<" + value.length() + " chars>\"";
    }
}
