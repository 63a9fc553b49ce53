package io.residentid.kyc;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A small JSON Schema (2020-12) validator for the keywords {@code docs/schema/kyc-report-v1.json} uses: type,
 * const, enum, required, properties, additionalProperties (false), items, pattern, minLength, maxLength. Tests only:
 * the project allows no schema library, and the keywords used are deliberately few.
 */
final class MiniJsonSchema {

    private MiniJsonSchema() {
    }

    static List<String> validate(JsonNode schema, JsonNode value) {
        List<String> errors = new ArrayList<>();
        check(schema, value, "$", errors);
        return errors;
    }

    private static void check(JsonNode s, JsonNode v, String path, List<String> errors) {
        for (Iterator<String> it = s.fieldNames(); it.hasNext();) {
            String k = it.next();
            if (!List.of("$schema", "$id", "title", "description", "type", "const", "enum", "required", "properties",
                    "additionalProperties", "items", "pattern", "minLength", "maxLength").contains(k)) {
                errors.add(path + ": schema keyword not supported by the test validator: " + k);
            }
        }
        if (s.has("type") && !typeMatches(s.get("type").asText(), v)) {
            errors.add(path + ": expected " + s.get("type").asText());
            return;
        }
        if (s.has("const") && !s.get("const").equals(v)) {
            errors.add(path + ": expected const " + s.get("const"));
        }
        if (s.has("enum")) {
            boolean found = false;
            for (JsonNode e : s.get("enum")) {
                found |= e.equals(v);
            }
            if (!found) {
                errors.add(path + ": not in enum: " + v);
            }
        }
        if (v.isTextual()) {
            String t = v.textValue();
            if (s.has("pattern") && !Pattern.compile(s.get("pattern").asText()).matcher(t).find()) {
                errors.add(path + ": does not match " + s.get("pattern").asText());
            }
            if (s.has("minLength") && t.codePointCount(0, t.length()) < s.get("minLength").asInt()) {
                errors.add(path + ": too short");
            }
            if (s.has("maxLength") && t.codePointCount(0, t.length()) > s.get("maxLength").asInt()) {
                errors.add(path + ": too long");
            }
        }
        if (v.isObject()) {
            for (JsonNode r : s.path("required")) {
                if (!v.has(r.asText())) {
                    errors.add(path + ": missing " + r.asText());
                }
            }
            JsonNode props = s.path("properties");
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (props.has(e.getKey())) {
                    check(props.get(e.getKey()), e.getValue(), path + "." + e.getKey(), errors);
                } else if (s.has("additionalProperties") && !s.get("additionalProperties").asBoolean(true)) {
                    errors.add(path + ": unexpected member " + e.getKey());
                }
            }
        }
        if (v.isArray() && s.has("items")) {
            for (int i = 0; i < v.size(); i++) {
                check(s.get("items"), v.get(i), path + "[" + i + "]", errors);
            }
        }
    }

    private static boolean typeMatches(String type, JsonNode v) {
        return switch (type) {
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "string" -> v.isTextual();
            case "integer" -> v.isIntegralNumber();
            case "number" -> v.isNumber();
            case "boolean" -> v.isBoolean();
            case "null" -> v.isNull();
            default -> false;
        };
    }
}
