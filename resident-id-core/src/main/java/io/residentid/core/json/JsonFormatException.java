package io.residentid.core.json;

import io.residentid.core.report.ResidentIdException;

/**
 * A JSON document that cannot be read: malformed, beyond a limit, or not of the expected shape. It carries a
 * {@link JsonCode}, the JSON path of the fault ({@code $.keys[2].kid}) and, for syntax errors, the character offset.
 */
public final class JsonFormatException extends ResidentIdException {

    private static final long serialVersionUID = 1L;

    /** Why the document was refused. */
    private final JsonCode jsonCode;
    /** What was expected or the limit passed, in English. */
    private final String detail;

    /**
     * A fault at {@code path} (and {@code offset}, {@code -1} when unknown).
     *
     * @param code   why the document was refused
     * @param path   the JSON path of the fault, or {@code null} for the whole document
     * @param offset the byte or character offset of the fault, {@code -1} when unknown
     * @param detail the message argument (what was expected, or the limit), or {@code null}
     */
    public JsonFormatException(JsonCode code, String path, long offset, Object detail) {
        super(code, offset, path, null, path == null ? "$" : path, detail == null ? "" : detail);
        this.jsonCode = code;
        this.detail = detail == null ? "" : String.valueOf(detail);
    }

    /** {@return why the document was refused} */
    public JsonCode jsonCode() {
        return jsonCode;
    }

    /**
     * {@return what was expected or the limit that was passed (e.g. {@code a string}, {@code 0…99}), in English and
     * without the input; empty when the code says it all} Lets a caller with its own error vocabulary (such as rule
     * packs) restate the fault.
     */
    public String detail() {
        return detail;
    }
}
