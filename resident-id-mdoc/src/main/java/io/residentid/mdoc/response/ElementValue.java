package io.residentid.mdoc.response;

import io.residentid.core.model.Bytes;
import io.residentid.mdoc.cbor.CborArray;
import io.residentid.mdoc.cbor.CborByteString;
import io.residentid.mdoc.cbor.CborFloat;
import io.residentid.mdoc.cbor.CborInt;
import io.residentid.mdoc.cbor.CborItem;
import io.residentid.mdoc.cbor.CborMap;
import io.residentid.mdoc.cbor.CborSimple;
import io.residentid.mdoc.cbor.CborTag;
import io.residentid.mdoc.cbor.CborText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A data element value with its type: text, integer, boolean, full-date ({@code #6.1004}), tdate ({@code #6.0}),
 * bytes (a portrait), array (driving privileges) or map. {@code toString()} prints only the kind, since values are
 * personal data.
 */
public final class ElementValue {

    /** The kinds of values. */
    public enum Kind {
        /** A text string. */
        TEXT,
        /** An integer. */
        INTEGER,
        /** A boolean. */
        BOOLEAN,
        /** A full-date (tag 1004, or an untagged "YYYY-MM-DD" is still TEXT). */
        FULL_DATE,
        /** A date-time (tag 0). */
        DATE_TIME,
        /** A byte string. */
        BYTES,
        /** An array. */
        ARRAY,
        /** A map. */
        MAP,
        /** A float. */
        FLOAT,
        /** null. */
        NULL,
        /** Anything else (another tag or simple value). */
        OTHER
    }

    private final CborItem item;
    private final Kind kind;

    private ElementValue(CborItem item) {
        this.item = item;
        this.kind = kindOf(item);
    }

    /**
     * {@return the typed view of a decoded value}
     *
     * @param item the CBOR data item
     */
    public static ElementValue of(CborItem item) {
        return new ElementValue(java.util.Objects.requireNonNull(item, "item"));
    }

    private static Kind kindOf(CborItem item) {
        if (item instanceof CborText) {
            return Kind.TEXT;
        }
        if (item instanceof CborInt) {
            return Kind.INTEGER;
        }
        if (item instanceof CborSimple s) {
            return s.isBoolean() ? Kind.BOOLEAN : s.value() == 22 ? Kind.NULL : Kind.OTHER;
        }
        if (item instanceof CborByteString) {
            return Kind.BYTES;
        }
        if (item instanceof CborArray) {
            return Kind.ARRAY;
        }
        if (item instanceof CborMap) {
            return Kind.MAP;
        }
        if (item instanceof CborFloat) {
            return Kind.FLOAT;
        }
        if (item instanceof CborTag t) {
            if (t.tag() == CborTag.FULL_DATE && validDate(t)) {
                return Kind.FULL_DATE;
            }
            if (t.tag() == CborTag.DATE_TIME && validInstant(t)) {
                return Kind.DATE_TIME;
            }
        }
        return Kind.OTHER;
    }

    private static boolean validDate(CborTag t) {
        try {
            LocalDate.parse(((CborText) t.content()).value());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean validInstant(CborTag t) {
        try {
            java.time.OffsetDateTime.parse(((CborText) t.content()).value());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** {@return the kind} */
    public Kind kind() {
        return kind;
    }

    /** {@return the CBOR item as read} */
    public CborItem cbor() {
        return item;
    }

    /** {@return the text, when TEXT} */
    public Optional<String> text() {
        return item instanceof CborText t ? Optional.of(t.value()) : Optional.empty();
    }

    /** {@return the integer, when INTEGER} */
    public Optional<Long> integer() {
        return item instanceof CborInt i ? Optional.of(i.value()) : Optional.empty();
    }

    /** {@return the boolean, when BOOLEAN} */
    public Optional<Boolean> bool() {
        return kind == Kind.BOOLEAN ? Optional.of(((CborSimple) item).value() == 21) : Optional.empty();
    }

    /** {@return the date, when FULL_DATE (or TEXT holding a valid "YYYY-MM-DD", as some issuers send)} */
    public Optional<LocalDate> date() {
        if (kind == Kind.FULL_DATE) {
            return Optional.of(LocalDate.parse(((CborText) ((CborTag) item).content()).value()));
        }
        if (item instanceof CborText t && t.value().length() == 10) {
            try {
                return Optional.of(LocalDate.parse(t.value()));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** {@return the instant, when DATE_TIME} */
    public Optional<Instant> instant() {
        return kind == Kind.DATE_TIME
                ? Optional.of(java.time.OffsetDateTime.parse(((CborText) ((CborTag) item).content()).value())
                .toInstant()) : Optional.empty();
    }

    /** {@return the bytes, when BYTES (marked personal: they print only their length)} */
    public Optional<Bytes> bytes() {
        return item instanceof CborByteString b ? Optional.of(Bytes.personal(b.value().toByteArray()))
                : Optional.empty();
    }

    /**
     * The value as plain Java: String, Long, Boolean, LocalDate, Instant, Bytes, Double, List, Map (text keys as
     * strings, others by their text form), or null.
     *
     * @return the value as plain Java: String, Long, Boolean, LocalDate, Instant, Bytes, Double, List, Map (text keys
     *         as strings, others by their text form), or null
     */
    public Object toJava() {
        switch (kind) {
            case TEXT: return text().orElseThrow();
            case INTEGER: return integer().orElseThrow();
            case BOOLEAN: return bool().orElseThrow();
            case FULL_DATE: return date().orElseThrow();
            case DATE_TIME: return instant().orElseThrow();
            case BYTES: return bytes().orElseThrow();
            case FLOAT: return ((CborFloat) item).value();
            case NULL: return null;
            case ARRAY: {
                List<Object> out = new ArrayList<>();
                for (CborItem i : ((CborArray) item).items()) {
                    out.add(of(i).toJava());
                }
                return out;
            }
            case MAP: {
                Map<String, Object> out = new LinkedHashMap<>();
                for (Map.Entry<CborItem, CborItem> e : ((CborMap) item).entries().entrySet()) {
                    String key = e.getKey() instanceof CborText t ? t.value()
                            : e.getKey() instanceof CborInt i ? Long.toString(i.value()) : e.getKey().typeName();
                    out.put(key, of(e.getValue()).toJava());
                }
                return out;
            }
            default:
                return item instanceof CborTag t ? t.tag() + "(" + t.content().typeName() + ")" : item.typeName();
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ElementValue v && v.item.equals(item);
    }

    @Override
    public int hashCode() {
        return item.hashCode();
    }

    @Override
    public String toString() {
        return "ElementValue[" + kind + "]";
    }
}
