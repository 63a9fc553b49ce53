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

    /**
     * Checks and copies the components.
     *
     * @param code stable code, upper snake case
     * @param severity how the finding affects the verdict
     * @param arguments message arguments (already masked)
     * @param messages the bundle the message comes from
     */
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messages, "messages");
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    /**
     * {@return a finding whose message key is its code}
     *
     * @param messages the bundle the message comes from
     * @param code the stable code, also the message key
     * @param severity the severity to give the finding
     * @param arguments the message arguments, already masked
     */
    public static Finding of(Messages messages, String code, Severity severity, Object... arguments) {
        return new Finding(code, severity, List.of(arguments), messages);
    }

    /**
     * {@return the localized description; the message key is the code}
     *
     * @param locale the language wanted
     */
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
