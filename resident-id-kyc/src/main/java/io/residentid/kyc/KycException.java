package io.residentid.kyc;

import io.residentid.core.report.ResidentIdException;

/**
 * Input the KYC module cannot read at all: chip evidence whose manifest is missing or does not match its files,
 * declared data or a policy that is not valid JSON of the documented schema, a master list that fails its own
 * signature, a malformed evidence record. The code is a {@link KycCode}; the path names the file or JSON member
 * at fault. Messages never echo personal input.
 */
public final class KycException extends ResidentIdException {

    private static final long serialVersionUID = 1L;

    /**
     * A coded error.
     *
     * @param code      the code (its bundle gives the message)
     * @param path      the file or JSON path at fault, or {@code null}
     * @param cause     the underlying error, or {@code null}
     * @param arguments message arguments, never personal data
     */
    public KycException(KycCode code, String path, Throwable cause, Object... arguments) {
        super(code, -1, path, cause, arguments);
    }

    /**
     * A coded error without path or cause.
     *
     * @param code      the code
     * @param arguments message arguments, never personal data
     */
    public KycException(KycCode code, Object... arguments) {
        this(code, null, null, arguments);
    }
}
