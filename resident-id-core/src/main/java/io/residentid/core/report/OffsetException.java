package io.residentid.core.report;

import java.util.Locale;
import java.util.Objects;

/**
 * Malformed binary input rejected for a stable reason at a byte offset (an ATR, a BER-TLV stream…). The reason is a
 * constant of the parser's own {@code Reason} enum; its name is the {@link #code()} and the key of a message, in the
 * parser's bundle, that takes the offset as its one argument. Subclasses give the typed reason back as
 * {@code Reason.valueOf(code())} (exceptions cannot be generic).
 */
public abstract class OffsetException extends ResidentIdException {

    private static final long serialVersionUID = 1L;

    // Not serialised: a deserialised exception answers message(Locale) with its English message.
    private final transient Messages messages;

    /**
     * A rejection with its English message.
     *
     * @param reason   why the input was rejected
     * @param offset   byte offset of the problem from the start of the input
     * @param messages the parser's bundle, one message per reason
     */
    protected OffsetException(Enum<?> reason, long offset, Messages messages) {
        super(Objects.requireNonNull(reason, "reason").name(),
                messages.get(Locale.ENGLISH, reason.name(), offset), offset, null, null);
        this.messages = messages;
    }

    /** {@return the message in {@code locale} (English and Arabic are provided)} */
    @Override
    public final String message(Locale locale) {
        return messages == null ? getMessage() : messages.get(locale, code(), offset().orElse(-1));
    }
}
