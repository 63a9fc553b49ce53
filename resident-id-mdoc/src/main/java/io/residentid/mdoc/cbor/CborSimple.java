package io.residentid.mdoc.cbor;

/** A simple value (major type 7): false, true, null, undefined, or another simple value number. */
public final class CborSimple extends CborItem {
    /** false. */
    public static final CborSimple FALSE = new CborSimple(20);
    /** true. */
    public static final CborSimple TRUE = new CborSimple(21);
    /** null. */
    public static final CborSimple NULL = new CborSimple(22);
    /** undefined. */
    public static final CborSimple UNDEFINED = new CborSimple(23);

    private final int value;

    private CborSimple(int value) {
        this.value = value;
    }

    static CborSimple of(int value) {
        return new CborSimple(value);
    }

    /** {@return the simple value number (20 false, 21 true, 22 null, 23 undefined)} */
    public int value() {
        return value;
    }

    /** {@return whether this is true or false} */
    public boolean isBoolean() {
        return value == 20 || value == 21;
    }

    @Override
    public String typeName() {
        return isBoolean() ? "boolean" : value == 22 ? "null" : "simple";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CborSimple other && other.value == value;
    }

    @Override
    public int hashCode() {
        return value;
    }

    @Override
    public String toString() {
        switch (value) {
            case 20: return "false";
            case 21: return "true";
            case 22: return "null";
            case 23: return "undefined";
            default: return "simple(" + value + ")";
        }
    }
}
