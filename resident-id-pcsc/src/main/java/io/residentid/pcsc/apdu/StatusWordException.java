package io.residentid.pcsc.apdu;

import io.residentid.core.report.ResidentIdException;

/** A card answered with a status word the caller did not expect; carries that status word. */
public class StatusWordException extends ResidentIdException {

    private static final long serialVersionUID = 1L;

    private final transient StatusWord statusWord;

    public StatusWordException(StatusWord statusWord) {
        this(statusWord, "card returned " + statusWord);
    }

    public StatusWordException(StatusWord statusWord, String message) {
        super("STATUS_WORD", message);
        this.statusWord = statusWord;
    }

    public StatusWord statusWord() {
        return statusWord;
    }
}
