package io.residentid.core.renewal;

import java.util.List;
import java.util.Locale;

/**
 * An explanatory note with a stable code and message arguments (dates, numbers, codes; never personal data).
 *
 * @param code      the stable code, e.g. {@link RenewalNoteCode#FINES_ACCRUING}
 * @param arguments arguments of the localized message
 */
public record RenewalNote(RenewalNoteCode code, List<Object> arguments) {

    /** Checks the code and copies the arguments. */
    public RenewalNote {
        java.util.Objects.requireNonNull(code, "code");
        arguments = List.copyOf(arguments);
    }

    static RenewalNote of(RenewalNoteCode code, Object... arguments) {
        return new RenewalNote(code, List.of(arguments));
    }

    /** The note in a language (English or Arabic). */
    public String message(Locale locale) {
        return RenewalText.note(this, locale);
    }
}
