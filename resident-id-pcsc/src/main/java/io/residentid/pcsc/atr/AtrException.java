package io.residentid.pcsc.atr;

import io.residentid.core.report.Messages;
import io.residentid.core.report.OffsetException;
import java.util.Locale;

/**
 * A malformed Answer-to-Reset. Unchecked; carries a stable, language-free {@link Reason} and the byte offset where
 * the problem was found. {@link #getMessage()} is English; {@link #message(Locale)} gives the text in another
 * language.
 */
public final class AtrException extends OffsetException {

    private static final long serialVersionUID = 1L;
    private static final Messages MESSAGES = Messages.forPackageOf(AtrException.class);

    /** Why an ATR was rejected. The names are stable codes; each has an English and Arabic message. */
    public enum Reason {
        /** Fewer than two bytes (TS and T0 are mandatory). */
        TOO_SHORT,
        /** More than 33 bytes, the ISO 7816-3 maximum (TS and up to 32 further characters). */
        TOO_LONG,
        /** TS is neither {@code 3B} (direct convention) nor {@code 3F} (inverse convention). */
        BAD_TS,
        /** T0 or a TDi announces interface bytes beyond the end of the ATR. */
        TRUNCATED_INTERFACE_BYTES,
        /** T0 announces more historical bytes than the ATR holds. */
        TRUNCATED_HISTORICAL_BYTES,
        /** A protocol other than T=0 is indicated, so TCK is mandatory, but the ATR ends after the historical bytes. */
        MISSING_TCK,
        /** The TCK check byte does not make the XOR of T0..TCK zero (only from {@link Atr#parseStrict(byte[])}). */
        TCK_MISMATCH,
        /** Bytes follow the last character the ATR's structure announces. */
        TRAILING_BYTES
    }

    /**
     * A rejected ATR.
     *
     * @param reason why the ATR was rejected
     * @param offset byte offset of the problem (0 is TS)
     */
    public AtrException(Reason reason, int offset) {
        super(reason, offset, MESSAGES);
    }

    /** {@return the stable reason code} */
    public Reason reason() {
        return Reason.valueOf(code());
    }
}
