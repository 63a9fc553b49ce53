package io.residentid.pcsc.tlv;

import io.residentid.core.report.Messages;
import io.residentid.core.report.OffsetException;
import java.util.Locale;

/**
 * Malformed or out-of-bounds BER-TLV input. Unchecked: callers that parse untrusted card data catch it at the place
 * where they decide what a malformed file means; everything else lets it propagate.
 *
 * <p>Carries a stable, language-free {@link Reason} and the byte offset (from the start of the parsed input) where the
 * problem was found. {@link #getMessage()} is English; {@link #message(Locale)} gives the text in another language.
 */
public final class TlvException extends OffsetException {

    private static final long serialVersionUID = 1L;
    private static final Messages MESSAGES = Messages.forPackageOf(TlvException.class);

    /** Why the input was rejected. The names are stable codes; each has an English and Arabic message. */
    public enum Reason {
        /** The input ended in the middle of a tag field. */
        TRUNCATED_TAG,
        /** The input ended in the middle of a length field. */
        TRUNCATED_LENGTH,
        /** The length field announces more value bytes than the input (or the enclosing object) holds. */
        TRUNCATED_VALUE,
        /** A tag field is not a valid ISO 7816-4 / X.690 tag (e.g. non-minimal or a reserved leading byte). */
        INVALID_TAG,
        /** A tag field is longer than {@link TlvTag#MAX_LENGTH} bytes. */
        TAG_TOO_LONG,
        /** Indefinite length (first length byte {@code 80}) is not allowed in ISO 7816-4 data objects. */
        INDEFINITE_LENGTH,
        /** A length field has more than four subsequent bytes, uses the reserved byte {@code FF}, or exceeds 2^31-1. */
        LENGTH_TOO_LONG,
        /** A long-form length could have been shorter (rejected only when the parser is set to strict DER lengths). */
        NON_MINIMAL_LENGTH,
        /** Constructed objects nest deeper than the parser's depth limit. */
        TOO_DEEP,
        /** The input is larger than the parser's size limit. */
        TOO_LARGE,
        /** The input holds more data objects than the parser's object limit. */
        TOO_MANY_OBJECTS,
        /** Bytes are left over after the data object that was expected to fill the input. */
        TRAILING_BYTES,
        /** The input is empty where one data object was expected. */
        EMPTY
    }

    /**
     * Rejected input.
     *
     * @param reason why the input was rejected
     * @param offset byte offset of the problem from the start of the input
     */
    public TlvException(Reason reason, int offset) {
        super(reason, offset, MESSAGES);
    }

    /** {@return the stable reason code} */
    public Reason reason() {
        return Reason.valueOf(code());
    }
}
