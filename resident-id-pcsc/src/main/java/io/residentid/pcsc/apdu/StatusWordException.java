package io.residentid.pcsc.apdu;

import io.residentid.core.report.ResidentIdException;

/** A card answered with a status word the caller did not expect; carries that status word. */
public class StatusWordException extends ResidentIdException {

    private static final long serialVersionUID = 1L;

    private final transient StatusWord statusWord;

    /**
     * Creates the exception.
     *
     * @param statusWord the unexpected status word
     */
    public StatusWordException(StatusWord statusWord) {
        this(statusWord, "card returned " + statusWord);
    }

    /**
     * Creates the exception.
     *
     * @param statusWord the unexpected status word
     * @param message which command got it
     */
    public StatusWordException(StatusWord statusWord, String message) {
        super("STATUS_WORD", message);
        this.statusWord = statusWord;
    }

    /**
     * {@return the unexpected status word}
     */
    public StatusWord statusWord() {
        return statusWord;
    }
}
