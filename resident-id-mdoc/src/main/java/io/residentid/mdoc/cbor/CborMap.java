package io.residentid.mdoc.cbor;

import io.residentid.mdoc.MdocFormatException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A map (major type 5) of definite length with unique keys, in the order read or built. Decoding refuses duplicate
 * keys; the builder refuses them too.
 */
public final class CborMap extends CborItem {
    private final Map<CborItem, CborItem> entries;

    CborMap(LinkedHashMap<CborItem, CborItem> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    /** {@return the entries in order, unmodifiable} */
    public Map<CborItem, CborItem> entries() {
        return entries;
    }

    /** {@return the number of entries} */
    public int size() {
        return entries.size();
    }

    /**
     * {@return the value under a text key}
     *
     * @param key the key
     */
    public Optional<CborItem> get(String key) {
        return Optional.ofNullable(entries.get(new CborText(key)));
    }

    /**
     * {@return the value under an integer key}
     *
     * @param key the key
     */
    public Optional<CborItem> get(long key) {
        return Optional.ofNullable(entries.get(new CborInt(key)));
    }

    /**
     * {@return the value under a text key, which must be present}
     *
     * @param key the key
     * @param path where this item sits in the structure, for error messages
     */
    public CborItem require(String key, String path) {
        CborItem item = entries.get(new CborText(key));
        if (item == null) {
            throw MdocFormatException.structure(path + "." + key, "present");
        }
        return item;
    }

    /**
     * {@return the value under an integer key, which must be present}
     *
     * @param key the key
     * @param path where this item sits in the structure, for error messages
     */
    public CborItem require(long key, String path) {
        CborItem item = entries.get(new CborInt(key));
        if (item == null) {
            throw MdocFormatException.structure(path + "." + key, "present");
        }
        return item;
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String typeName() {
        return "map";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CborMap other && other.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return entries.toString();
    }

    /** Builds a map in insertion order; a repeated key is a programming error. */
    public static final class Builder {
        private final LinkedHashMap<CborItem, CborItem> entries = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds an entry.
         *
         * @param key the key
         * @param value the value
         * @return this builder
         */
        public Builder put(CborItem key, CborItem value) {
            if (entries.putIfAbsent(key, value) != null) {
                throw new IllegalArgumentException("duplicate map key");
            }
            return this;
        }

        /**
         * Adds an entry under a text key.
         *
         * @param key the key
         * @param value the value
         * @return this builder
         */
        public Builder put(String key, CborItem value) {
            return put(new CborText(key), value);
        }

        /**
         * Adds an entry under an integer key.
         *
         * @param key the key
         * @param value the value
         * @return this builder
         */
        public Builder put(long key, CborItem value) {
            return put(new CborInt(key), value);
        }

        /** {@return the map} */
        public CborMap build() {
            return new CborMap(new LinkedHashMap<>(entries));
        }
    }
}
