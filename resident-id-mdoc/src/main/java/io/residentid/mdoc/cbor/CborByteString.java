package io.residentid.mdoc.cbor;

import io.residentid.core.model.Bytes;
import java.util.Objects;

/** A byte string (major type 2). {@code toString()} prints only its length (it may be a portrait or a key). */
public final class CborByteString extends CborItem {
    private final Bytes value;

    CborByteString(Bytes value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    /** {@return the bytes} */
    public Bytes value() {
        return value;
    }

    @Override
    public String typeName() {
        return "byte string";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CborByteString other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "h'<" + value.length() + " bytes>'";
    }
}
