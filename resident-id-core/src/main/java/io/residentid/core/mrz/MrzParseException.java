package io.residentid.core.mrz;

import io.residentid.core.report.Messages;
import io.residentid.core.report.ResidentIdException;
import java.util.Locale;

/**
 * Thrown when text cannot be read as a machine-readable zone at all: empty, too long, characters outside
 * {@code A-Z 0-9 <} (after case folding and whitespace removal), null bytes, or a character count that matches
 * no ICAO format. Unchecked, because callers usually pass text they expect to be an MRZ and only boundaries (a
 * CLI, a web form) want to catch it.
 *
 * <p>An MRZ that <em>can</em> be read but fails its check digits is not an exception: it is a {@link Mrz} with
 * {@link Mrz#valid()} {@code false} and findings.
 */
public final class MrzParseException extends ResidentIdException {

    private static final long serialVersionUID = 1L;
    private static final Messages MESSAGES = Messages.forPackageOf(MrzParseException.class);

    /** Why the text is unreadable; each reason has a stable message key {@code parse.<REASON>}. */
    public enum Reason {
        /** No MRZ characters at all (null, empty or only whitespace). */
        EMPTY,
        /** More input than any MRZ could need (the bound is {@value MrzParser#MAX_INPUT_CHARS} characters). */
        TOO_LONG,
        /** A NUL character: binary data rather than text. */
        NULL_BYTE,
        /** A character outside ASCII. */
        NON_ASCII,
        /** An ASCII character that the MRZ alphabet does not have (punctuation, control characters). */
        ILLEGAL_CHARACTER,
        /** A number of characters or a line structure that matches no format (TD1 90, TD2 72, TD3 88). */
        WRONG_LENGTH,
        /** The right number of characters, but split into lines of the wrong lengths. */
        WRONG_LINE_LENGTH
    }

    /** Why the text is not an MRZ. */
    private final Reason reason;
    private final transient Object[] arguments;

    MrzParseException(Reason reason, Object... arguments) {
        super(reason.name(), MESSAGES.get(Locale.ENGLISH, "parse." + reason.name(), plain(arguments)));
        this.reason = reason;
        this.arguments = plain(arguments);
    }

    private static Object[] plain(Object[] arguments) {
        Object[] copy = arguments.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] instanceof Number) {
                copy[i] = copy[i].toString(); // positions and counts without locale digit grouping
            }
        }
        return copy;
    }

    /** {@return why the text is unreadable} */
    public Reason reason() {
        return reason;
    }

    /**
     * {@return the message in the given language (English and Arabic are provided)}
     *
     * @param locale the language wanted
     */
    public String message(Locale locale) {
        return MESSAGES.get(locale, "parse." + reason.name(), arguments == null ? new Object[0] : arguments);
    }
}
