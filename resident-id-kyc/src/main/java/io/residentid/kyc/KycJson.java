package io.residentid.kyc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.residentid.core.json.JsonFormatException;
import io.residentid.core.json.JsonLimits;
import io.residentid.core.json.StrictJson;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Set;

/**
 * The one place where this module reads JSON: {@link StrictJson} (bounded size, depth and values; duplicate keys and
 * trailing tokens rejected), plus small typed accessors that turn every fault into a {@link KycException} with the
 * JSON path.
 */
final class KycJson {

    private KycJson() {
    }

    /** Parses an object, at most {@code maxBytes} long. */
    static ObjectNode object(byte[] json, int maxBytes, KycCode code) {
        if (json == null || json.length == 0) {
            throw new KycException(code, "$", null, "empty input");
        }
        if (json.length > maxBytes) {
            throw new KycException(code, "$", null, "larger than " + maxBytes + " bytes");
        }
        JsonNode node;
        try {
            node = StrictJson.parse(json, JsonLimits.DEFAULT.withMaxBytes(maxBytes));
        } catch (JsonFormatException e) {
            throw new KycException(code, e.path().orElse("$"), e, e.getMessage());
        }
        if (node == null || !node.isObject()) {
            throw new KycException(code, "$", null, "a JSON object is expected");
        }
        return (ObjectNode) node;
    }

    /** Rejects members not in {@code known}. */
    static void onlyKnown(JsonNode object, Set<String> known, String path, KycCode code) {
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new KycException(code, path + "." + safe(name), null, "unknown member " + safe(name));
            }
        }
    }

    /** An optional string member of at most {@code maxChars} characters; null when absent. */
    static String string(JsonNode object, String member, int maxChars, String path, KycCode code) {
        JsonNode v = object.get(member);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new KycException(code, path + "." + member, null, member + " must be a string");
        }
        String s = v.textValue();
        if (s.length() > maxChars) {
            throw new KycException(code, path + "." + member, null, member + " is longer than " + maxChars);
        }
        return s;
    }

    /** A required string member. */
    static String requiredString(JsonNode object, String member, int maxChars, String path, KycCode code) {
        String s = string(object, member, maxChars, path, code);
        if (s == null) {
            throw new KycException(code, path + "." + member, null, member + " is missing");
        }
        return s;
    }

    /** An optional integer member within [min, max]; {@code fallback} when absent. */
    static long integer(JsonNode object, String member, long min, long max, long fallback, String path,
            KycCode code) {
        JsonNode v = object.get(member);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() < min || v.longValue() > max) {
            throw new KycException(code, path + "." + member, null, member + " must be an integer in " + min + ".."
                    + max);
        }
        return v.longValue();
    }

    /** An optional ISO date member; null when absent. */
    static LocalDate date(JsonNode object, String member, String path, KycCode code) {
        String s = string(object, member, 10, path, code);
        if (s == null) {
            return null;
        }
        if (!s.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            throw new KycException(code, path + "." + member, null, member + " must be an ISO date (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new KycException(code, path + "." + member, null, member + " is not a calendar date");
        }
    }

    /** A member name made safe to print: at most 32 characters of letters, digits, '.', '_' and '-'. */
    static String safe(String name) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < name.length() && b.length() < 32; i++) {
            char c = name.charAt(i);
            b.append(Character.isLetterOrDigit(c) && c < 128 || c == '.' || c == '_' || c == '-' ? c : '?');
        }
        return b.toString();
    }
}
