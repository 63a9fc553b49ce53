package io.residentid.mdoc;

import io.residentid.core.report.ResidentIdException;

/**
 * The documented exception of the mdoc module: input that cannot be read (malformed or hostile CBOR, a structure
 * that lacks a field, data that does not decrypt). Its {@link #code()} is one of {@link MdocCode}; the offset is the
 * byte offset of the fault in the CBOR being decoded when known, and the path names the structure (e.g.
 * {@code DeviceResponse.documents[0].issuerSigned}). Messages never echo the input.
 */
public final class MdocFormatException extends ResidentIdException {
    private static final long serialVersionUID = 1L;

    private final transient MdocCode mdocCode;

    /**
     * A coded error.
     *
     * @param code      the code
     * @param offset    byte offset of the fault, or -1
     * @param path      structure path, or {@code null}
     * @param cause     the cause, or {@code null}
     * @param arguments message arguments (never personal data)
     */
    public MdocFormatException(MdocCode code, long offset, String path, Throwable cause, Object... arguments) {
        super(code, offset, path, cause, arguments);
        this.mdocCode = code;
    }

    /**
     * {@return a coded error about the structure at {@code path}}
     *
     * @param path where this item sits in the structure, for error messages
     * @param what what was expected there
     */
    public static MdocFormatException structure(String path, String what) {
        return new MdocFormatException(MdocCode.STRUCTURE_INVALID, -1, path, null, path, what);
    }

    /** {@return the code as the enum} */
    public MdocCode mdocCode() {
        return mdocCode;
    }
}
