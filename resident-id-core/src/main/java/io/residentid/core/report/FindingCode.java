package io.residentid.core.report;

import java.util.Locale;

/**
 * A stable, language-free finding code with its default severity and its bilingual message. Every module's code enum
 * implements it, so reports from any verifier read the same way. The message key in the module's bundle is the code.
 */
public interface FindingCode {

    /** {@return the constant's name: every implementation is an enum} */
    String name();

    /** {@return the stable code, upper snake case; never changes once released} By default the enum constant's name. */
    default String code() {
        return name();
    }

    /** {@return how much a finding with this code matters to the verdict} */
    Severity severity();

    /**
     * The bundle the code's message comes from: by default {@code messages*.properties} in the package of the enum
     * that declares the code (cached per enum by {@link Messages#forPackageOf(Class)}). Override only when the
     * messages live elsewhere.
     *
     * @return the bundle of this code's messages
     */
    default Messages messages() {
        Class<?> anchor = this instanceof Enum<?> constant ? constant.getDeclaringClass() : getClass();
        return Messages.forPackageOf(anchor);
    }

    /**
     * {@return the message in {@code locale}, formatted with {@code arguments} (already masked)}
     *
     * @param locale the language wanted
     * @param arguments the message arguments, already masked
     */
    default String message(Locale locale, Object... arguments) {
        return messages().get(locale, code(), arguments);
    }

    /**
     * {@return a finding with this code and its default severity}
     *
     * @param arguments the message arguments, already masked
     */
    default Finding finding(Object... arguments) {
        return new Finding(code(), severity(), java.util.Arrays.asList(arguments), messages());
    }

    /**
     * {@return a finding with this code and another severity (a policy may soften or harden a code)}
     *
     * @param severity the severity to give the finding
     * @param arguments the message arguments, already masked
     */
    default Finding finding(Severity severity, Object... arguments) {
        return new Finding(code(), severity, java.util.Arrays.asList(arguments), messages());
    }
}
