package io.residentid.mdoc.cbor;

import io.residentid.mdoc.MdocFormatException;
import java.util.List;

/** An array (major type 4) of definite length. */
public final class CborArray extends CborItem {
    private final List<CborItem> items;

    CborArray(List<CborItem> items) {
        this.items = List.copyOf(items);
    }

    /** The items, unmodifiable. */
    public List<CborItem> items() {
        return items;
    }

    /** The number of items. */
    public int size() {
        return items.size();
    }

    /** The item at {@code index}; a STRUCTURE_INVALID exception naming {@code path} when out of range. */
    public CborItem get(int index, String path) {
        if (index < 0 || index >= items.size()) {
            throw MdocFormatException.structure(path + "[" + index + "]", "an item");
        }
        return items.get(index);
    }

    /** Requires exactly {@code size} items. */
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
