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
import java.util.regex.Pattern;

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

    /** A decimal written as text: bounded so that no string expands into a huge number. */
    private static final Pattern DECIMAL_TEXT = Pattern.compile("-?\\d{1,15}(\\.\\d{1,15})?");

    private final JsonNode node;
    private final String path;
    private final Set<String> taken = new LinkedHashSet<>();

    private JsonObjectReader(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /**
     * {@return a reader over the root object of a document}
     *
     * @param root the parsed document
     */
    public static JsonObjectReader of(JsonNode root) {
        return of(root, "$");
    }

    /**
     * {@return a reader over the object {@code node} found at {@code path}}
     *
     * @param node the object's node, as parsed
     * @param path the object's JSON path, such as {@code $.keys[2]}
     */
    public static JsonObjectReader of(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new JsonFormatException(JsonCode.JSON_WRONG_TYPE, path, -1, "an object");
        }
        return new JsonObjectReader(node, path);
    }

    /** {@return the JSON path of this object} */
    public String path() {
        return path;
    }

    /**
     * {@return the path of one of this object's properties}
     *
     * @param name the property's name
     */
    public String pathOf(String name) {
        return JsonPaths.child(path, name);
    }

    /**
     * {@return whether the property is present and not {@code null}}
     *
     * @param name the property's name
     */
    public boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    /** {@return the names of all properties, in document order (for maps keyed by name)} */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * {@return a required string}
     *
     * @param name the property's name
     */
    public String string(String name) {
        return optString(name).orElseThrow(() -> missing(name));
    }

    /**
     * {@return an optional string}
     *
     * @param name the property's name
     */
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

    /**
     * {@return a required integer within {@code [min, max]}}
     *
     * @param name the property's name
     * @param min the smallest value accepted
     * @param max the largest value accepted
     */
    public long integer(String name, long min, long max) {
        return optInteger(name, min, max).orElseThrow(() -> missing(name));
    }

    /**
     * {@return an optional integer within {@code [min, max]}}
     *
     * @param name the property's name
     * @param min the smallest value accepted
     * @param max the largest value accepted
     */
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

    /**
     * {@return a required integer within {@code [min, max]} as an {@code int}}
     *
     * @param name the property's name
     * @param min the smallest value accepted
     * @param max the largest value accepted
     */
    public int intValue(String name, int min, int max) {
        return (int) integer(name, min, max);
    }

    /**
     * {@return a required decimal number (its scale and magnitude are already bounded by {@link StrictJson})}
     *
     * @param name the property's name
     */
    public BigDecimal decimal(String name) {
        return optDecimal(name).orElseThrow(() -> missing(name));
    }

    /**
     * {@return an optional decimal number}
     *
     * @param name the property's name
     */
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

    /**
     * {@return a required boolean}
     *
     * @param name the property's name
     */
    public boolean bool(String name) {
        return optBool(name).orElseThrow(() -> missing(name));
    }

    /**
     * {@return an optional boolean}
     *
     * @param name the property's name
     */
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

    /**
     * {@return a required ISO date ({@code 2027-06-30})}
     *
     * @param name the property's name
     */
    public LocalDate date(String name) {
        return optDate(name).orElseThrow(() -> missing(name));
    }

    /**
     * {@return an optional ISO date ({@code 2027-06-30})}
     *
     * @param name the property's name
     */
    public Optional<LocalDate> optDate(String name) {
        return optString(name).map(text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw wrong(name, "an ISO date (YYYY-MM-DD)");
            }
        });
    }

    /**
     * A required ISO instant.
     *
     * @param name the property
     * @return the instant, such as {@code 2026-12-06T10:15:30Z}
     * @throws JsonFormatException {@link JsonCode#JSON_MISSING_FIELD} or {@link JsonCode#JSON_WRONG_TYPE}
     */
    public Instant instant(String name) {
        return optInstant(name).orElseThrow(() -> missing(name));
    }

    /**
     * {@return an optional ISO instant ({@code 2026-12-06T10:15:30Z})}
     *
     * @param name the property's name
     */
    public Optional<Instant> optInstant(String name) {
        return optString(name).map(text -> {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw wrong(name, "an ISO instant (YYYY-MM-DDThh:mm:ssZ)");
            }
        });
    }

    /**
     * {@return a string that must be one of an enum's constant names}
     *
     * @param name the property's name
     * @param type the enum's class
     * @param <E> the enum
     */
    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        return optEnum(name, type).orElseThrow(() -> missing(name));
    }

    /**
     * {@return an optional string that must be one of an enum's constant names}
     *
     * @param name the property's name
     * @param type the enum's class
     * @param <E> the enum
     */
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

    /**
     * {@return a required nested object}
     *
     * @param name the property's name
     */
    public JsonObjectReader object(String name) {
        return optObject(name).orElseThrow(() -> missing(name));
    }

    /**
     * {@return an optional nested object}
     *
     * @param name the property's name
     */
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

    /**
     * {@return a required array of objects, each read by {@code element} (which should call {@link #end()})}
     *
     * @param name the property's name
     * @param element reads one element's object (and should call {@link #end()})
     * @param <T> what each element is read into
     */
    public <T> List<T> objects(String name, Function<JsonObjectReader, T> element) {
        return optObjects(name, element).orElseThrow(() -> missing(name));
    }

    /**
     * {@return an optional array of objects, each read by {@code element}}
     *
     * @param name the property's name
     * @param element reads one element's object (and should call {@link #end()})
     * @param <T> what each element is read into
     */
    public <T> Optional<List<T>> optObjects(String name, Function<JsonObjectReader, T> element) {
        return optArray(name).map(array -> {
            List<T> out = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                out.add(element.apply(of(array.get(i), pathOf(name) + "[" + i + "]")));
            }
            return List.copyOf(out);
        });
    }

    /**
     * {@return an optional array of strings}
     *
     * @param name the property's name
     */
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

    /**
     * {@return a required array of strings}
     *
     * @param name the property's name
     */
    public List<String> strings(String name) {
        return optStrings(name).orElseThrow(() -> missing(name));
    }

    /**
     * Refuses now, rather than at {@link #end()}, any property outside {@code names}: a document with an unknown
     * property is refused before any of its values is looked at.
     *
     * @param names the properties this object may have
     * @return this reader
     * @throws JsonFormatException {@link JsonCode#JSON_UNKNOWN_FIELD} naming the first other property
     */
    public JsonObjectReader allowOnly(String... names) {
        Set<String> allowed = Set.of(names);
        Iterator<String> present = node.fieldNames();
        while (present.hasNext()) {
            String name = present.next();
            if (!allowed.contains(name)) {
                throw new JsonFormatException(JsonCode.JSON_UNKNOWN_FIELD, pathOf(name), -1, null);
            }
        }
        taken.addAll(allowed);
        return this;
    }

    /**
     * An optional non-blank string of at most {@code maxLength} characters.
     *
     * @param name      the property
     * @param maxLength the longest accepted value, in characters
     * @return the string, or empty when the property is absent or {@code null}
     * @throws JsonFormatException {@link JsonCode#JSON_WRONG_TYPE} for a non-string or blank value,
     *                             {@link JsonCode#JSON_VALUE_OUT_OF_RANGE} for a longer one
     */
    public Optional<String> optText(String name, int maxLength) {
        Optional<String> text = optString(name);
        if (text.isPresent()) {
            if (text.get().isBlank()) {
                throw wrong(name, "a non-blank string");
            }
            if (text.get().length() > maxLength) {
                throw invalid(name, "at most " + maxLength + " characters");
            }
        }
        return text;
    }

    /**
     * A required non-blank string of at most {@code maxLength} characters.
     *
     * @param name      the property
     * @param maxLength the longest accepted value, in characters
     * @return the string
     * @throws JsonFormatException as {@link #optText(String, int)}, or {@link JsonCode#JSON_MISSING_FIELD}
     */
    public String text(String name, int maxLength) {
        return optText(name, maxLength).orElseThrow(() -> missing(name));
    }

    /**
     * An optional decimal written either as a JSON number or as a plain decimal string such as {@code "20.00"} (at
     * most 15 digits on either side of the point), so that amounts keep the scale they were written with.
     *
     * @param name the property
     * @return the decimal, or empty when the property is absent or {@code null}
     * @throws JsonFormatException {@link JsonCode#JSON_WRONG_TYPE} for any other value
     */
    public Optional<BigDecimal> optDecimalOrText(String name) {
        JsonNode value = take(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value.isNumber()) {
            return Optional.of(value.decimalValue());
        }
        if (value.isTextual() && DECIMAL_TEXT.matcher(value.textValue()).matches()) {
            return Optional.of(new BigDecimal(value.textValue()));
        }
        throw wrong(name, "a decimal number");
    }

    /**
     * An optional decimal number within {@code [min, max]} with at most {@code maxScale} decimals.
     *
     * @param name     the property
     * @param min      the smallest accepted value
     * @param max      the largest accepted value
     * @param maxScale the most decimals accepted
     * @return the decimal, or empty when the property is absent or {@code null}
     * @throws JsonFormatException {@link JsonCode#JSON_WRONG_TYPE} for a non-number,
     *                             {@link JsonCode#JSON_VALUE_OUT_OF_RANGE} outside the bounds
     */
    public Optional<BigDecimal> optDecimal(String name, BigDecimal min, BigDecimal max, int maxScale) {
        Optional<BigDecimal> value = optDecimal(name);
        if (value.isPresent()) {
            BigDecimal d = value.get();
            // Compared, never formatted: StrictJson has already bounded the scale, so this is cheap.
            if (d.compareTo(min) < 0 || d.compareTo(max) > 0 || d.stripTrailingZeros().scale() > maxScale) {
                throw invalid(name, min.toPlainString() + "…" + max.toPlainString() + " with at most " + maxScale
                        + " decimals");
            }
        }
        return value;
    }

    /**
     * A required array of at most {@code maxCount} objects, one reader each (with its path, e.g.
     * {@code $.sources[2]}), for callers that read each element in a loop of their own.
     *
     * @param name     the property
     * @param maxCount the most elements accepted
     * @return a reader per element, in order
     * @throws JsonFormatException {@link JsonCode#JSON_MISSING_FIELD}, {@link JsonCode#JSON_WRONG_TYPE} for a
     *                             non-array or a non-object element, {@link JsonCode#JSON_VALUE_OUT_OF_RANGE} for
     *                             too many elements
     */
    public List<JsonObjectReader> objectArray(String name, int maxCount) {
        return optObjectArray(name, maxCount).orElseThrow(() -> missing(name));
    }

    /**
     * An optional array of at most {@code maxCount} objects, one reader each.
     *
     * @param name     the property
     * @param maxCount the most elements accepted
     * @return a reader per element, or empty when the property is absent or {@code null}
     * @throws JsonFormatException as {@link #objectArray(String, int)}
     */
    public Optional<List<JsonObjectReader>> optObjectArray(String name, int maxCount) {
        return optArray(name).map(array -> {
            if (array.size() > maxCount) {
                throw invalid(name, "at most " + maxCount + " entries");
            }
            List<JsonObjectReader> out = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                out.add(of(array.get(i), pathOf(name) + "[" + i + "]"));
            }
            return List.copyOf(out);
        });
    }

    /**
     * A required, non-empty array of distinct enum constant names, such as {@code ["LOST", "DAMAGED"]}.
     *
     * @param <E>      the enum
     * @param name     the property
     * @param type     the enum's class
     * @return the constants, in declaration order, unmodifiable
     * @throws JsonFormatException {@link JsonCode#JSON_MISSING_FIELD}, {@link JsonCode#JSON_WRONG_TYPE} for a
     *                             non-array or an unknown name, {@link JsonCode#JSON_VALUE_OUT_OF_RANGE} for an empty
     *                             array or a repeated name
     */
    public <E extends Enum<E>> Set<E> enumSet(String name, Class<E> type) {
        JsonNode array = optArray(name).orElseThrow(() -> missing(name));
        if (array.isEmpty()) {
            throw invalid(name, "at least one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
        java.util.EnumSet<E> set = java.util.EnumSet.noneOf(type);
        E[] constants = type.getEnumConstants();
        for (int i = 0; i < array.size(); i++) {
            String at = pathOf(name) + "[" + i + "]";
            JsonNode item = array.get(i);
            E found = null;
            if (item.isTextual()) {
                for (E constant : constants) {
                    if (constant.name().equals(item.textValue())) {
                        found = constant;
                        break;
                    }
                }
            }
            if (found == null) {
                throw new JsonFormatException(JsonCode.JSON_WRONG_TYPE, at, -1,
                        "one of " + java.util.Arrays.toString(constants));
            }
            if (!set.add(found)) {
                throw new JsonFormatException(JsonCode.JSON_VALUE_OUT_OF_RANGE, at, -1, "no repeated " + found);
            }
        }
        return java.util.Collections.unmodifiableSet(set);
    }

    /**
     * A required array of at most {@code maxCount} non-blank strings of at most {@code maxLength} characters each.
     *
     * @param name      the property
     * @param maxCount  the most elements accepted
     * @param maxLength the longest element accepted, in characters
     * @return the strings, in order, unmodifiable
     * @throws JsonFormatException {@link JsonCode#JSON_MISSING_FIELD}, {@link JsonCode#JSON_WRONG_TYPE} for a
     *                             non-array or a non-string or blank element, {@link JsonCode#JSON_VALUE_OUT_OF_RANGE}
     *                             for too many or too long elements
     */
    public List<String> strings(String name, int maxCount, int maxLength) {
        List<String> strings = strings(name);
        if (strings.size() > maxCount) {
            throw invalid(name, "at most " + maxCount + " entries");
        }
        for (int i = 0; i < strings.size(); i++) {
            String item = strings.get(i);
            String at = pathOf(name) + "[" + i + "]";
            if (item.isBlank()) {
                throw new JsonFormatException(JsonCode.JSON_WRONG_TYPE, at, -1, "a non-blank string");
            }
            if (item.length() > maxLength) {
                throw new JsonFormatException(JsonCode.JSON_VALUE_OUT_OF_RANGE, at, -1,
                        "at most " + maxLength + " characters");
            }
        }
        return strings;
    }

    /**
     * {@return an optional array, as read}
     *
     * @param name the property's name
     */
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

    /**
     * {@return an optional value of any type, as read (for fields whose shape depends on another field)}
     *
     * @param name the property's name
     */
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

    /**
     * {@return a {@link JsonCode#JSON_WRONG_TYPE} or {@link JsonCode#JSON_VALUE_OUT_OF_RANGE} error for a property's
     * value}
     *
     * @param name the property's name
     * @param expected what the value should have been, in English, without the input
     */
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
