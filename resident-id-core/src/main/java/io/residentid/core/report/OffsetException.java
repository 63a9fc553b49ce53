package io.residentid.core.report;

import java.util.Locale;
import java.util.Objects;

/**
 * Malformed binary input rejected for a stable reason at a byte offset (an ATR, a BER-TLV stream…). The reason is a
 * constant of the parser's own {@code Reason} enum; its name is the {@link #code()} and the key of a message, in the
 * parser's bundle, that takes the offset as its one argument.
 *
 * @param <R> the parser's enum of reasons
 */
public abstract class OffsetException<R extends Enum<R>> extends ResidentIdException {

    private static final long serialVersionUID = 1L;

    private final R reason;
    // Bundles are looked up again by the subclass after deserialisation; until then the English message stands.
    private final transient Messages messages;

    /**
     * A rejection with its English message.
     *
     * @param reason   why the input was rejected
     * @param offset   byte offset of the problem from the start of the input
     * @param messages the parser's bundle, one message per reason
     */
    protected OffsetException(R reason, long offset, Messages messages) {
        super(Objects.requireNonNull(reason, "reason").name(),
                messages.get(Locale.ENGLISH, reason.name(), offset), offset, null, null);
        this.reason = reason;
        this.messages = messages;
    }

    /** {@return the stable reason code} */
    public final R reason() {
        return reason;
    }

    /** {@return the message in {@code locale} (English and Arabic are provided)} */
    @Override
    public final String message(Locale locale) {
        return messages == null ? getMessage() : messages.get(locale, reason.name(), offset().orElse(-1));
    }
}
