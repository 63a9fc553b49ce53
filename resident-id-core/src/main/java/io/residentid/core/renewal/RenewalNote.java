package io.residentid.core.renewal;

import java.util.List;
import java.util.Locale;

/**
 * An explanatory note with a stable code and message arguments (dates, numbers, codes; never personal data).
 *
 * @param code      stable upper-snake-case code, e.g. {@code FINES_ACCRUING}
 * @param arguments arguments of the localized message
 */
public record RenewalNote(String code, List<Object> arguments) {

    public RenewalNote {
        arguments = List.copyOf(arguments);
    }

    static RenewalNote of(String code, Object... arguments) {
        return new RenewalNote(code, List.of(arguments));
    }

    /** The note in a language (English or Arabic). */
    public String message(Locale locale) {
        return RenewalText.note(this, locale);
    }
}
