package io.residentid.qr.seal;

import io.residentid.core.report.ResidentIdException;

/**
 * A seal that cannot be read: malformed, truncated, oversized, of an unknown kind; or an encoding request that
 * cannot be met. The {@link #code()} is a {@link SealCode}; the offset, when known, is the byte (VDS, IDB payload)
 * or character (IDB text) where the fault was found. Messages never echo the seal's content.
 */
public final class SealException extends ResidentIdException {

    private static final long serialVersionUID = 1L;

    private final transient SealCode sealCode;

    /**
     * A coded error.
     *
     * @param code      the code
     * @param offset    the offset of the fault, or -1
     * @param cause     the underlying cause, or null
     * @param arguments message arguments (never personal data)
     */
    public SealException(SealCode code, long offset, Throwable cause, Object... arguments) {
        super(code, offset, null, cause, arguments);
        this.sealCode = code;
    }

    /**
     * A coded error at an offset.
     *
     * @param code the finding code
     * @param offset the byte offset in the input where the problem is, or -1
     * @param arguments values for the message placeholders
     */
    public SealException(SealCode code, long offset, Object... arguments) {
        this(code, offset, null, arguments);
    }

    /** {@return the code as an enum constant} */
    public SealCode sealCode() {
        return sealCode;
    }
}
