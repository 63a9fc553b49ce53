package io.residentid.qr.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * A strict JSON reader for security-relevant documents (JWS headers, claims, trust lists, status lists): one
 * value, no trailing data, no duplicate keys (reported separately), bounded size, depth and element count. It
 * reads the bytes itself rather than trusting a library's lenient defaults.
 */
public final class StrictJson {

    /** Why a document was rejected. */
    public static final class Exception extends java.lang.Exception {
        private static final long serialVersionUID = 1L;
        private final boolean duplicateKey;

        Exception(String message, boolean duplicateKey) {
            super(message);
            this.duplicateKey = duplicateKey;
        }

        /** Whether the document was well-formed except for a repeated key. */
        public boolean duplicateKey() {
            return duplicateKey;
        }
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(32).maxStringLength(1 << 20).maxNumberLength(32).build())
            .build();

    private static final int MAX_ELEMENTS = 100_000;

    private StrictJson() {
    }

    /**
     * Parses one JSON value.
     *
     * @param json     UTF-8 JSON
     * @param maxBytes reject longer input before parsing
     * @param maxDepth maximum nesting of objects and arrays
     * @throws Exception when the input is {@code null}, malformed or beyond a limit
     */
    public static JsonNode parse(byte[] json, int maxBytes, int maxDepth) throws Exception {
        if (json == null) {
            throw new Exception("No JSON given", false);
        }
        if (json.length > maxBytes) {
            throw new Exception("JSON longer than " + maxBytes + " bytes", false);
        }
        try (JsonParser parser = FACTORY.createParser(json)) {
            int[] budget = {MAX_ELEMENTS};
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new Exception("Empty JSON", false);
            }
            JsonNode node = read(parser, first, maxDepth, budget);
            if (parser.nextToken() != null) {
                throw new Exception("Trailing data after JSON value", false);
            }
            return node;
        } catch (IOException e) {
            String detail = e instanceof com.fasterxml.jackson.core.JsonProcessingException
                    ? ((com.fasterxml.jackson.core.JsonProcessingException) e).getOriginalMessage() : e.getMessage();
            throw new Exception("Malformed JSON: " + detail, false);
        } catch (RuntimeException e) {
            // A library's unchecked exception on hostile input is still malformed input.
            throw new Exception("Malformed JSON: " + e.getClass().getSimpleName(), false);
        }
    }

    private static JsonNode read(JsonParser p, JsonToken token, int depth, int[] budget) throws IOException, Exception {
        if (--budget[0] < 0) {
            throw new Exception("Too many JSON elements", false);
        }
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (token) {
            case START_OBJECT: {
                if (depth <= 0) {
                    throw new Exception("JSON nested too deeply", false);
                }
                ObjectNode object = f.objectNode();
                JsonToken t;
                while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    if (object.has(name)) {
                        throw new Exception("Duplicate key '" + abbreviate(name) + "'", true);
                    }
                    object.set(name, read(p, p.nextToken(), depth - 1, budget));
                }
                if (t != JsonToken.END_OBJECT) {
                    throw new Exception("Malformed JSON object", false);
                }
                return object;
            }
            case START_ARRAY: {
                if (depth <= 0) {
                    throw new Exception("JSON nested too deeply", false);
                }
                ArrayNode array = f.arrayNode();
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == null) {
                        throw new Exception("Unterminated JSON array", false);
                    }
                    array.add(read(p, t, depth - 1, budget));
                }
                return array;
            }
            case VALUE_STRING:
                return f.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? f.numberNode(p.getBigIntegerValue()) : f.numberNode(p.getLongValue());
            case VALUE_NUMBER_FLOAT:
                // No document of this module has fractions or exponents; converting 1e99999999900 would throw.
                throw new Exception("Decimal numbers are not allowed", false);
            case VALUE_TRUE:
                return f.booleanNode(true);
            case VALUE_FALSE:
                return f.booleanNode(false);
            case VALUE_NULL:
                return f.nullNode();
            default:
                throw new Exception("Unexpected JSON token " + token, false);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 32 ? s.substring(0, 32) + "…" : s;
    }
}
