package io.residentid.core.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One coded observation in a validation report: a stable, language-free {@code code} (e.g. {@code CHECK_DIGIT}),
 * its severity, and the arguments that its localized message is formatted with. Arguments never carry full
 * personal data; callers mask them first.
 *
 * @param code      stable code, upper snake case
 * @param severity  how the finding affects the verdict
 * @param arguments message arguments (already masked)
 * @param messages  the bundle the message comes from
 */
public record Finding(String code, Severity severity, List<Object> arguments, Messages messages) {

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messages, "messages");
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    /** A finding whose message key is its code. */
    public static Finding of(Messages messages, String code, Severity severity, Object... arguments) {
        return new Finding(code, severity, List.of(arguments), messages);
    }

    /** The localized description; the message key is the code. */
    public String message(Locale locale) {
        return messages.get(locale, code, arguments.toArray());
    }

    /** {@return the English description} */
    public String message() {
        return message(Locale.ENGLISH);
    }

    @Override
    public String toString() {
        return severity + " " + code + ": " + message();
    }
}
