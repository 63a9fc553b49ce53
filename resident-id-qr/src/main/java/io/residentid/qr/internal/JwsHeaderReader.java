package io.residentid.qr.internal;

import io.residentid.qr.format.CredentialFormatException;
import io.residentid.qr.format.FailureCode;
import com.fasterxml.jackson.databind.JsonNode;
import io.residentid.core.json.JsonCode;
import io.residentid.core.json.JsonFormatException;
import io.residentid.core.json.JsonLimits;
import io.residentid.core.json.StrictJson;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a JWS protected header, the only part of an untrusted JWS interpreted before its signature verifies: a
 * strict JSON object (bounded size, no duplicates) whose values are all strings of at most 64 characters. No number,
 * nested object or array is ever converted.
 */
final class JwsHeaderReader {

    private static final int MAX_MEMBERS = 8;
    private static final int MAX_VALUE_LENGTH = 64;

    private JwsHeaderReader() {
    }

    static Map<String, String> read(byte[] headerBytes, int maxBytes, java.util.Set<String> allowed) throws CredentialFormatException {
        JsonNode header;
        try {
            // Depth 2 lets a hostile jwk or crit header be named in the error; values are then refused by type.
            header = StrictJson.parse(headerBytes, new JsonLimits(maxBytes, 2, maxBytes, 64, 20, 0));
        } catch (JsonFormatException e) {
            throw new CredentialFormatException(
                    e.jsonCode() == JsonCode.JSON_DUPLICATE_KEY ? FailureCode.HEADER_NOT_ALLOWED : FailureCode.MALFORMED_JWS,
                    "JWS header: " + e.getMessage());
        }
        if (!header.isObject()) {
            throw new CredentialFormatException(FailureCode.MALFORMED_JWS, "JWS header is not a JSON object");
        }
        if (header.size() > MAX_MEMBERS) {
            throw new CredentialFormatException(FailureCode.HEADER_NOT_ALLOWED, "JWS header has too many parameters");
        }
        for (Iterator<String> names = header.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new CredentialFormatException(FailureCode.HEADER_NOT_ALLOWED,
                        "Header parameter not allowed: " + LogSafe.value(name));
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = header.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (!v.isTextual() || v.textValue().length() > MAX_VALUE_LENGTH) {
                throw new CredentialFormatException(FailureCode.HEADER_INVALID,
                        "Header parameter " + LogSafe.value(e.getKey()) + " must be a string of at most "
                                + MAX_VALUE_LENGTH + " characters");
            }
            values.put(e.getKey(), v.textValue());
        }
        return values;
    }
}
