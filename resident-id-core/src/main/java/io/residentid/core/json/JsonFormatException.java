package io.residentid.core.json;

import io.residentid.core.report.ResidentIdException;

/**
 * A JSON document that cannot be read: malformed, beyond a limit, or not of the expected shape. It carries a
 * {@link JsonCode}, the JSON path of the fault ({@code $.keys[2].kid}) and, for syntax errors, the character offset.
 */
public final class JsonFormatException extends ResidentIdException {

    private static final long serialVersionUID = 1L;

    private final JsonCode jsonCode;

    /** A fault at {@code path} (and {@code offset}, {@code -1} when unknown); {@code detail} is a message argument. */
    public JsonFormatException(JsonCode code, String path, long offset, Object detail) {
        super(code, offset, path, null, path == null ? "$" : path, detail == null ? "" : detail);
        this.jsonCode = code;
    }

    /** Why the document was refused. */
    public JsonCode jsonCode() {
        return jsonCode;
    }
}
