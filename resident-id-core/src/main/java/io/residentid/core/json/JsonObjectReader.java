package io.residentid.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads one JSON object of known shape, tracking the JSON path for errors: each property is taken once by name with
 * its type and range checked, and {@link #end()} refuses any property nobody took. Replaces hand-written object
 * walkers. Not thread-safe; use one per object being read.
 *
 * <pre>{@code
 * JsonObjectReader key = JsonObjectReader.of(StrictJson.parse(bytes));
 * String kid = key.string("kid");
 * long seq = key.integer("sequence", 0, Long.MAX_VALUE);
 * Optional<LocalDate> from = key.optDate("validFrom");
 * key.end();
 * }</pre>
 */
public final class JsonObjectReader {

    private final JsonNode node;
    private final String path;
    private final Set<String> taken = new LinkedHashSet<>();

    private JsonObjectReader(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** A reader over the root object of a document. */
    public static JsonObjectReader of(JsonNode root) {
        return of(root, "$");
    }

    /** A reader over the object {@code node} found at {@code path}. */
    public static JsonObjectReader of(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new JsonFormatException(JsonCode.JSON_WRONG_TYPE, path, -1, "an object");
        }
        return new JsonObjectReader(node, path);
    }

    /** The JSON path of this object. */
    public String path() {
        return path;
    }

    /** The path of one of this object's properties. */
    public String pathOf(String name) {
        return JsonPaths.child(path, name);
    }

    /** Whether the property is present and not {@code null}. */
    public boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    /** The names of all properties, in document order (for maps keyed by name). */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A required string. */
    public String string(String name) {
        return optString(name).orElseThrow(() -> missing(name));
    }

    /** An optional string. */
    public Optional<String> optString(String name) {
        JsonNode value = take(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw wrong(name, "a string");
        }
        return Optional.of(value.textValue());
    }

    /** A required integer within {@code [min, max]}. */
    public long integer(String name, long min, long max) {
        return optInteger(name, min, max).orElseThrow(() -> missing(name));
    }

    /** An optional integer within {@code [min, max]}. */
    public Optional<Long> optInteger(String name, long min, long max) {
        JsonNode value = take(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw wrong(name, "an integer");
        }
        long v = value.longValue();
        if (v < min || v > max) {
            throw new JsonFormatException(JsonCode.JSON_VALUE_OUT_OF_RANGE, pathOf(name), -1, min + "…" + max);
        }
        return Optional.of(v);
    }

    /** A required integer within {@code [min, max]} as an {@code int}. */
    public int intValue(String name, int min, int max) {
        return (int) integer(name, min, max);
    }

    /** A required decimal number (its scale and magnitude are already bounded by {@link StrictJson}). */
    public BigDecimal decimal(String name) {
        return optDecimal(name).orElseThrow(() -> missing(name));
    }

    /** An optional decimal number. */
    public Optional<BigDecimal> optDecimal(String name) {
        JsonNode value = take(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isNumber()) {
            throw wrong(name, "a number");
        }
        return Optional.of(value.decimalValue());
    }

    /** A required boolean. */
    public boolean bool(String name) {
        return optBool(name).orElseThrow(() -> missing(name));
    }

    /** An optional boolean. */
    public Optional<Boolean> optBool(String name) {
        JsonNode value = take(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            throw wrong(name, "true or false");
        }
        return Optional.of(value.booleanValue());
    }

    /** A required ISO date ({@code 2027-06-30}). */
    public LocalDate date(String name) {
        return optDate(name).orElseThrow(() -> missing(name));
    }

    /** An optional ISO date ({@code 2027-06-30}). */
    public Optional<LocalDate> optDate(String name) {
        return optString(name).map(text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw wrong(name, "an ISO date (YYYY-MM-DD)");
            }
        });
    }

    /** An optional ISO instant ({@code 2026-12-06T10:15:30Z}). */
    public Optional<Instant> optInstant(String name) {
        return optString(name).map(text -> {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw wrong(name, "an ISO instant (YYYY-MM-DDThh:mm:ssZ)");
            }
        });
    }

    /** A string that must be one of an enum's constant names. */
    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        return optEnum(name, type).orElseThrow(() -> missing(name));
    }

    /** An optional string that must be one of an enum's constant names. */
    public <E extends Enum<E>> Optional<E> optEnum(String name, Class<E> type) {
        return optString(name).map(text -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(text)) {
                    return constant;
                }
            }
            throw wrong(name, "one of " + java.util.Arrays.toString(type.getEnumConstants()));
        });
    }

    /** A required nested object. */
    public JsonObjectReader object(String name) {
        return optObject(name).orElseThrow(() -> missing(name));
    }

    /** An optional nested object. */
    public Optional<JsonObjectReader> optObject(String name) {
        JsonNode value = take(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            throw wrong(name, "an object");
        }
        return Optional.of(new JsonObjectReader(value, pathOf(name)));
    }

    /** A required array of objects, each read by {@code element} (which should call {@link #end()}). */
    public <T> List<T> objects(String name, Function<JsonObjectReader, T> element) {
        return optObjects(name, element).orElseThrow(() -> missing(name));
    }

    /** An optional array of objects, each read by {@code element}. */
    public <T> Optional<List<T>> optObjects(String name, Function<JsonObjectReader, T> element) {
        return optArray(name).map(array -> {
            List<T> out = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                out.add(element.apply(of(array.get(i), pathOf(name) + "[" + i + "]")));
            }
            return List.copyOf(out);
        });
    }

    /** An optional array of strings. */
    public Optional<List<String>> optStrings(String name) {
        return optArray(name).map(array -> {
            List<String> out = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = array.get(i);
                if (!item.isTextual()) {
                    throw new JsonFormatException(JsonCode.JSON_WRONG_TYPE, pathOf(name) + "[" + i + "]", -1,
                            "a string");
                }
                out.add(item.textValue());
            }
            return List.copyOf(out);
        });
    }

    /** A required array of strings. */
    public List<String> strings(String name) {
        return optStrings(name).orElseThrow(() -> missing(name));
    }

    /** An optional array, as read. */
    public Optional<JsonNode> optArray(String name) {
        JsonNode value = take(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isArray()) {
            throw wrong(name, "an array");
        }
        return Optional.of(value);
    }

    /** An optional value of any type, as read (for fields whose shape depends on another field). */
    public Optional<JsonNode> optRaw(String name) {
        return Optional.ofNullable(take(name));
    }

    /**
     * Refuses any property not taken by name.
     *
     * @throws JsonFormatException {@link JsonCode#JSON_UNKNOWN_FIELD} naming the first unknown property
     */
    public void end() {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!taken.contains(name)) {
                throw new JsonFormatException(JsonCode.JSON_UNKNOWN_FIELD, pathOf(name), -1, null);
            }
        }
    }

    /** A {@link JsonCode#JSON_WRONG_TYPE} or {@link JsonCode#JSON_VALUE_OUT_OF_RANGE} error for a property's value. */
    public JsonFormatException invalid(String name, String expected) {
        return new JsonFormatException(JsonCode.JSON_VALUE_OUT_OF_RANGE, pathOf(name), -1, expected);
    }

    private JsonNode take(String name) {
        taken.add(name);
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private JsonFormatException missing(String name) {
        return new JsonFormatException(JsonCode.JSON_MISSING_FIELD, pathOf(name), -1, null);
    }

    private JsonFormatException wrong(String name, String expected) {
        return new JsonFormatException(JsonCode.JSON_WRONG_TYPE, pathOf(name), -1, expected);
    }
}
