package io.residentid.core.report;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The base of every documented exception in the SDK: input that cannot be read at all (malformed, oversized, of an
 * unknown kind). It carries a stable code, a localisable message and, where it applies, the byte offset or the JSON
 * path of the fault. Verification outcomes are never exceptions: they are {@link Report}s.
 *
 * <p>Messages never echo the input: it may be personal data.
 */
public class ResidentIdException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The stable, language-free code. */
    private final String code;
    private final transient FindingCode findingCode;
    private final transient Object[] arguments;
    /** The offset of the fault, {@code -1} when none. */
    private final long offset;
    /** The JSON path of the fault, or {@code null}. */
    private final String path;

    /**
     * A coded error with an English message.
     *
     * @param code the stable, language-free code
     * @param message the English message
     */
    public ResidentIdException(String code, String message) {
        this(code, message, -1, null, null);
    }

    /**
     * A coded error with an English message and its cause.
     *
     * @param code the stable, language-free code
     * @param message the English message
     * @param cause the lower-level failure, or {@code null}
     */
    public ResidentIdException(String code, String message, Throwable cause) {
        this(code, message, -1, null, cause);
    }

    /**
     * A coded error with an English message, the offset of the fault ({@code -1} when none) and the JSON path
     * ({@code null} when none).
     * @param code the stable, language-free code
     * @param message the English message, without the input
     * @param offset the byte or character offset of the fault, {@code -1} when none
     * @param path the JSON path of the fault, or {@code null} when none
     * @param cause the lower-level failure, or {@code null}
     */
    public ResidentIdException(String code, String message, long offset, String path, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
        this.findingCode = null;
        this.arguments = new Object[0];
        this.offset = offset;
        this.path = path;
    }

    /**
     * A coded error whose message, in any language, comes from the code's bundle.
     *
     * @param code the code; its bundle gives the message in every language
     * @param offset the byte or character offset of the fault, {@code -1} when unknown
     * @param path the JSON path of the fault, or {@code null}
     * @param cause the lower-level failure, or {@code null}
     * @param arguments the message arguments, already masked
     */
    public ResidentIdException(FindingCode code, long offset, String path, Throwable cause, Object... arguments) {
        super(code.message(Locale.ENGLISH, arguments), cause);
        this.code = code.code();
        this.findingCode = code;
        this.arguments = arguments.clone();
        this.offset = offset;
        this.path = path;
    }

    /** {@return the stable, language-free code} */
    public String code() {
        return code;
    }

    /**
     * {@return the message in {@code locale}; English when the code has no bundle}
     *
     * @param locale the language wanted
     */
    public String message(Locale locale) {
        return findingCode == null ? getMessage() : findingCode.message(locale, arguments);
    }

    /** {@return the byte or character offset of the fault, when known} */
    public OptionalLong offset() {
        return offset < 0 ? OptionalLong.empty() : OptionalLong.of(offset);
    }

    /** {@return the JSON path of the fault (e.g. {@code $.keys[2].kid}), when the input is JSON} */
    public Optional<String> path() {
        return Optional.ofNullable(path);
    }
}
