package io.residentid.mdoc.cbor;

/** An integer (major types 0 and 1) within the range of {@code long}; larger magnitudes are refused on reading. */
public final class CborInt extends CborItem {
    private final long value;

    CborInt(long value) {
        this.value = value;
    }

    /** {@return the value} */
    public long value() {
        return value;
    }

    @Override
    public String typeName() {
        return "integer";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CborInt other && other.value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
