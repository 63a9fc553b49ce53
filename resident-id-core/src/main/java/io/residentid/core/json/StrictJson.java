package io.residentid.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * The one strict JSON reader of the SDK: every JSON document it reads (claims, headers, trust and status lists, rule
 * packs, facts, declared KYC data, catalogues) goes through here. One value, no trailing data, no duplicate keys, no
 * comments or non-standard literals, and every {@link JsonLimits limit} checked while reading. Numbers are kept exact:
 * integers as integers, decimals as {@link BigDecimal} with bounded scale, so no later step ever expands
 * {@code 1e-999999999}. Errors are {@link JsonFormatException}s with the JSON path of the fault.
 *
 * <p>Use {@link JsonObjectReader} on the result to read a document of known shape with unknown fields refused.
 */
public final class StrictJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private StrictJson() {
    }

    /**
     * Parses UTF-8 JSON under {@link JsonLimits#DEFAULT}.
     *
     * @param json the document
     * @return the parsed value
     */
    public static JsonNode parse(byte[] json) {
        return parse(json, JsonLimits.DEFAULT);
    }

    /**
     * Parses JSON text under {@link JsonLimits#DEFAULT}.
     *
     * @param json the document
     * @return the parsed value
     */
    public static JsonNode parse(String json) {
        if (json == null) {
            throw new JsonFormatException(JsonCode.JSON_EMPTY, null, -1, null);
        }
        return parse(json.getBytes(StandardCharsets.UTF_8), JsonLimits.DEFAULT);
    }

    /**
     * Parses one UTF-8 JSON value.
     *
     * @throws JsonFormatException when the input is absent, malformed or beyond a limit
     * @param json the UTF-8 document
     * @param limits the bounds to hold it to
     * @return the parsed value, numbers kept exact
     */
    public static JsonNode parse(byte[] json, JsonLimits limits) {
        if (json == null || json.length == 0) {
            throw new JsonFormatException(JsonCode.JSON_EMPTY, null, -1, null);
        }
        if (json.length > limits.maxBytes()) {
            throw new JsonFormatException(JsonCode.JSON_TOO_LARGE, null, -1, limits.maxBytes());
        }
        JsonFactory factory = JsonFactory.builder()
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth() + 1)
                        .maxStringLength(Math.max(limits.maxStringLength(), 1))
                        .maxNameLength(Math.max(limits.maxStringLength(), 1))
                        .maxNumberLength(limits.maxNumberLength())
                        .maxDocumentLength(limits.maxBytes())
                        .build())
                .build();
        Reader reader = new Reader(limits);
        try (JsonParser parser = factory.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new JsonFormatException(JsonCode.JSON_EMPTY, null, -1, null);
            }
            JsonNode root = reader.value(parser, first, "$", 0);
            if (parser.nextToken() != null) {
                throw new JsonFormatException(JsonCode.JSON_MALFORMED, "$", offset(parser), ": data after the value");
            }
            return root;
        } catch (JsonFormatException e) {
            throw e;
        } catch (StreamConstraintsException e) {
            throw new JsonFormatException(JsonCode.JSON_NUMBER_OUT_OF_RANGE, reader.path, -1, ": beyond a limit");
        } catch (JsonProcessingException e) {
            throw new JsonFormatException(JsonCode.JSON_MALFORMED, reader.path, offset(e.getLocation()), "");
        } catch (IOException e) {
            throw new JsonFormatException(JsonCode.JSON_MALFORMED, reader.path, -1, "");
        }
    }

    private static long offset(JsonParser parser) {
        return offset(parser.currentLocation());
    }

    private static long offset(JsonLocation location) {
        if (location == null) {
            return -1;
        }
        // A parser over bytes knows only the byte offset; one over characters only the character offset.
        long chars = location.getCharOffset();
        return chars >= 0 ? chars : location.getByteOffset();
    }

    /** Builds the tree while counting values and tracking the path of the value being read. */
    private static final class Reader {
        private final JsonLimits limits;
        private int values;
        String path = "$";

        Reader(JsonLimits limits) {
            this.limits = limits;
        }

        JsonNode value(JsonParser parser, JsonToken token, String at, int depth) throws IOException {
            path = at;
            if (++values > limits.maxElements()) {
                throw new JsonFormatException(JsonCode.JSON_TOO_MANY_VALUES, at, offset(parser), limits.maxElements());
            }
            switch (token) {
                case START_OBJECT: {
                    if (depth >= limits.maxDepth()) {
                        throw new JsonFormatException(JsonCode.JSON_TOO_DEEP, at, offset(parser), limits.maxDepth());
                    }
                    ObjectNode object = NODES.objectNode();
                    JsonToken next;
                    while ((next = parser.nextToken()) == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        if (name.length() > limits.maxStringLength()) {
                            throw new JsonFormatException(JsonCode.JSON_STRING_TOO_LONG, at, offset(parser),
                                    limits.maxStringLength());
                        }
                        if (object.has(name)) {
                            throw new JsonFormatException(JsonCode.JSON_DUPLICATE_KEY, at, offset(parser),
                                    JsonPaths.quote(name));
                        }
                        String child = JsonPaths.child(at, name);
                        object.set(name, value(parser, parser.nextToken(), child, depth + 1));
                    }
                    expect(next, JsonToken.END_OBJECT, parser, at);
                    return object;
                }
                case START_ARRAY: {
                    if (depth >= limits.maxDepth()) {
                        throw new JsonFormatException(JsonCode.JSON_TOO_DEEP, at, offset(parser), limits.maxDepth());
                    }
                    ArrayNode array = NODES.arrayNode();
                    JsonToken next;
                    int index = 0;
                    while ((next = parser.nextToken()) != JsonToken.END_ARRAY && next != null) {
                        array.add(value(parser, next, at + "[" + index++ + "]", depth + 1));
                    }
                    expect(next, JsonToken.END_ARRAY, parser, at);
                    return array;
                }
                case VALUE_STRING: {
                    String text = parser.getText();
                    if (text.length() > limits.maxStringLength()) {
                        throw new JsonFormatException(JsonCode.JSON_STRING_TOO_LONG, at, offset(parser),
                                limits.maxStringLength());
                    }
                    return NODES.textNode(text);
                }
                case VALUE_NUMBER_INT: {
                    String text = parser.getText();
                    if (text.length() > limits.maxNumberLength()) {
                        throw new JsonFormatException(JsonCode.JSON_NUMBER_OUT_OF_RANGE, at, offset(parser), "");
                    }
                    BigInteger integer = new BigInteger(text);
                    if (integer.bitLength() < 32) {
                        return NODES.numberNode(integer.intValue());
                    }
                    if (integer.bitLength() < 64) {
                        return NODES.numberNode(integer.longValue());
                    }
                    return NODES.numberNode(integer);
                }
                case VALUE_NUMBER_FLOAT: {
                    String text = parser.getText();
                    if (text.length() > limits.maxNumberLength()) {
                        throw new JsonFormatException(JsonCode.JSON_NUMBER_OUT_OF_RANGE, at, offset(parser), "");
                    }
                    BigDecimal decimal;
                    try {
                        decimal = new BigDecimal(text);
                    } catch (NumberFormatException | ArithmeticException e) {
                        throw new JsonFormatException(JsonCode.JSON_NUMBER_OUT_OF_RANGE, at, offset(parser), "");
                    }
                    // Scale and magnitude are bounded before anything can expand the number (toPlainString etc.).
                    long magnitude = (long) decimal.precision() - decimal.scale();
                    if (Math.abs((long) decimal.scale()) > limits.maxScale() || Math.abs(magnitude) > limits.maxScale()) {
                        throw new JsonFormatException(JsonCode.JSON_NUMBER_OUT_OF_RANGE, at, offset(parser), "");
                    }
                    return NODES.numberNode(decimal);
                }
                case VALUE_TRUE:
                    return NODES.booleanNode(true);
                case VALUE_FALSE:
                    return NODES.booleanNode(false);
                case VALUE_NULL:
                    return NODES.nullNode();
                default:
                    throw new JsonFormatException(JsonCode.JSON_MALFORMED, at, offset(parser), "");
            }
        }

        private static void expect(JsonToken actual, JsonToken expected, JsonParser parser, String at) {
            if (actual != expected) {
                throw new JsonFormatException(JsonCode.JSON_MALFORMED, at, offset(parser), "");
            }
        }
    }
}
