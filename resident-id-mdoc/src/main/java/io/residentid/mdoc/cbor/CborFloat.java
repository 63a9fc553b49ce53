package io.residentid.mdoc.cbor;

/** A floating-point number (major type 7, half, single or double precision), held as a double. */
public final class CborFloat extends CborItem {
    private final double value;

    CborFloat(double value) {
        this.value = value;
    }

    /** {@return the value} */
    public double value() {
        return value;
    }

    @Override
    public String typeName() {
        return "float";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CborFloat other && Double.compare(other.value, value) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(value);
    }

    @Override
    public String toString() {
        return Double.toString(value);
    }
}
