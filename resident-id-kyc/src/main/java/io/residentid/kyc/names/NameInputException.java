package io.residentid.kyc.names;

import io.residentid.core.report.ResidentIdException;

/**
 * A name that cannot be compared: missing, or beyond the size limits that keep matching bounded. The message never
 * repeats the name.
 */
public final class NameInputException extends ResidentIdException {

    private static final long serialVersionUID = 1L;

    /** Why the name cannot be compared. */
    private final NameInputError error;

    private NameInputException(NameInputError error, Object... arguments) {
        super(error, -1, null, null, arguments);
        this.error = error;
    }

    /** {@return the reason, as a code} */
    public NameInputError error() {
        return error;
    }

    static NameInputException missing() {
        return new NameInputException(NameInputError.NAME_MISSING);
    }

    static NameInputException tooLong(int limit) {
        return new NameInputException(NameInputError.NAME_TOO_LONG, Integer.toString(limit));
    }

    static NameInputException tooManyParts(int limit) {
        return new NameInputException(NameInputError.NAME_TOO_MANY_PARTS, Integer.toString(limit));
    }
}
