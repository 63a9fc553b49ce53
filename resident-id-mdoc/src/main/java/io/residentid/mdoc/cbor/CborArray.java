package io.residentid.mdoc.cbor;

import io.residentid.mdoc.MdocFormatException;
import java.util.List;

/** An array (major type 4) of definite length. */
public final class CborArray extends CborItem {
    private final List<CborItem> items;

    CborArray(List<CborItem> items) {
        this.items = List.copyOf(items);
    }

    /** {@return the items, unmodifiable} */
    public List<CborItem> items() {
        return items;
    }

    /** {@return the number of items} */
    public int size() {
        return items.size();
    }

    /**
     * {@return the item at {@code index}; a STRUCTURE_INVALID exception naming {@code path} when out of range}
     *
     * @param index the zero-based index
     * @param path where this item sits in the structure, for error messages
     */
    public CborItem get(int index, String path) {
        if (index < 0 || index >= items.size()) {
            throw MdocFormatException.structure(path + "[" + index + "]", "an item");
        }
        return items.get(index);
    }

    /**
     * Requires exactly {@code size} items.
     *
     * @param size the size
     * @param path where this item sits in the structure, for error messages
     * @return this array
     */
    public CborArray requireSize(int size, String path) {
        if (items.size() != size) {
            throw MdocFormatException.structure(path, "an array of " + size + " items");
        }
        return this;
    }

    @Override
    public String typeName() {
        return "array";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CborArray other && other.items.equals(items);
    }

    @Override
    public int hashCode() {
        return items.hashCode();
    }

    @Override
    public String toString() {
        return items.toString();
    }
}
