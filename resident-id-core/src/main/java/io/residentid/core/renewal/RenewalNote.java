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

    /**
     * Checks the code and copies the arguments.
     *
     * @param code      what the note says
     * @param arguments the values the message is formatted with
     */
    public RenewalNote {
        java.util.Objects.requireNonNull(code, "code");
        arguments = List.copyOf(arguments);
    }

    /** How much a note matters to the reader. */
    public enum Level {
        /** Explains the result. */
        INFO,
        /** Something to act on or to double-check before relying on the result. */
        WARNING
    }

    private static final java.util.Set<String> WARNINGS = java.util.Set.of("LOW_CONFIDENCE", "DEADLINE_PASSED",
            "FINES_ACCRUING", "REPORT_OVERDUE", "PACK_NOT_IN_FORCE", "FEE_CATEGORY_UNKNOWN",
            "FEE_CATEGORY_NOT_OFFERED");

    /**
     * {@return the note's level} {@code LOW_CONFIDENCE} (a figure rests only on news or other unofficial sources), a
     * passed deadline, accruing fines, a missing pack or an unpriced fee are warnings; the rest is information.
     */
    public Level level() {
        return WARNINGS.contains(code.code()) ? Level.WARNING : Level.INFO;
    }

    static RenewalNote of(RenewalNoteCode code, Object... arguments) {
        return new RenewalNote(code, List.of(arguments));
    }

    /**
     * {@return the note in a language (English or Arabic)}
     *
     * @param locale the language wanted
     */
    public String message(Locale locale) {
        return RenewalText.note(this, locale);
    }
}
