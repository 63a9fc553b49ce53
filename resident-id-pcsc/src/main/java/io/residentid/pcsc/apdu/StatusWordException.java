package io.residentid.pcsc.apdu;

/** A card answered with a status word the caller did not expect; carries that status word. */
public class StatusWordException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient StatusWord statusWord;

    public StatusWordException(StatusWord statusWord) {
        this(statusWord, "card returned " + statusWord);
    }

    public StatusWordException(StatusWord statusWord, String message) {
        super(message);
        this.statusWord = statusWord;
    }

    public StatusWord statusWord() {
        return statusWord;
    }
}
