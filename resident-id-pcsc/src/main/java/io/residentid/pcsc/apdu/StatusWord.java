package io.residentid.pcsc.apdu;

import io.residentid.core.report.Messages;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * A status word SW1-SW2 with its ISO/IEC 7816-4 §5.6 meaning, so that {@code toString()} reads e.g.
 * {@code "6982 security status not satisfied"}. Families carry a number: {@code 61xx} (xx more bytes available),
 * {@code 6Cxx} (wrong Le, xx bytes available), {@code 63Cx} (verification failed, x tries left).
 * Meanings are localized (English, Arabic) through {@link #meaning(Locale)}.
 */
public final class StatusWord {

    private static final Messages MESSAGES = Messages.forPackageOf(StatusWord.class);

    /** {@code 9000}: normal processing. */
    public static final StatusWord OK = new StatusWord(0x9000);
    /** {@code 6282}: end of file before Ne. */
    public static final StatusWord END_OF_FILE_BEFORE_NE = new StatusWord(0x6282);
    /** {@code 6700}: wrong length. */
    public static final StatusWord WRONG_LENGTH = new StatusWord(0x6700);
    /** {@code 6881}: logical channel not supported. */
    public static final StatusWord LOGICAL_CHANNEL_NOT_SUPPORTED = new StatusWord(0x6881);
    /** {@code 6882}: secure messaging not supported. */
    public static final StatusWord SECURE_MESSAGING_NOT_SUPPORTED = new StatusWord(0x6882);
    /** {@code 6883}: last command of chain expected. */
    public static final StatusWord LAST_COMMAND_OF_CHAIN_EXPECTED = new StatusWord(0x6883);
    /** {@code 6884}: chaining not supported. */
    public static final StatusWord CHAINING_NOT_SUPPORTED = new StatusWord(0x6884);
    /** {@code 6981}: command incompatible with file. */
    public static final StatusWord COMMAND_INCOMPATIBLE_WITH_FILE = new StatusWord(0x6981);
    /** {@code 6982}: security status not satisfied. */
    public static final StatusWord SECURITY_STATUS_NOT_SATISFIED = new StatusWord(0x6982);
    /** {@code 6983}: authentication method blocked. */
    public static final StatusWord AUTHENTICATION_METHOD_BLOCKED = new StatusWord(0x6983);
    /** {@code 6984}: reference data not usable. */
    public static final StatusWord REFERENCE_DATA_NOT_USABLE = new StatusWord(0x6984);
    /** {@code 6985}: conditions not satisfied. */
    public static final StatusWord CONDITIONS_NOT_SATISFIED = new StatusWord(0x6985);
    /** {@code 6986}: command not allowed (no current EF). */
    public static final StatusWord COMMAND_NOT_ALLOWED_NO_EF = new StatusWord(0x6986);
    /** {@code 6987}: expected secure-messaging data objects missing. */
    public static final StatusWord SM_DATA_OBJECTS_MISSING = new StatusWord(0x6987);
    /** {@code 6988}: secure-messaging data objects incorrect. */
    public static final StatusWord SM_DATA_OBJECTS_INCORRECT = new StatusWord(0x6988);
    /** {@code 6A80}: wrong data. */
    public static final StatusWord WRONG_DATA = new StatusWord(0x6A80);
    /** {@code 6A81}: function not supported. */
    public static final StatusWord FUNCTION_NOT_SUPPORTED = new StatusWord(0x6A81);
    /** {@code 6A82}: file not found. */
    public static final StatusWord FILE_NOT_FOUND = new StatusWord(0x6A82);
    /** {@code 6A83}: record not found. */
    public static final StatusWord RECORD_NOT_FOUND = new StatusWord(0x6A83);
    /** {@code 6A84}: not enough memory. */
    public static final StatusWord NOT_ENOUGH_MEMORY = new StatusWord(0x6A84);
    /** {@code 6A86}: incorrect P1-P2. */
    public static final StatusWord INCORRECT_P1_P2 = new StatusWord(0x6A86);
    /** {@code 6A88}: reference data not found. */
    public static final StatusWord REFERENCE_DATA_NOT_FOUND = new StatusWord(0x6A88);
    /** {@code 6B00}: wrong P1-P2. */
    public static final StatusWord WRONG_P1_P2 = new StatusWord(0x6B00);
    /** {@code 6D00}: INS not supported. */
    public static final StatusWord INS_NOT_SUPPORTED = new StatusWord(0x6D00);
    /** {@code 6E00}: CLA not supported. */
    public static final StatusWord CLA_NOT_SUPPORTED = new StatusWord(0x6E00);
    /** {@code 6F00}: no precise diagnosis. */
    public static final StatusWord NO_PRECISE_DIAGNOSIS = new StatusWord(0x6F00);

    private final int value;

    private StatusWord(int value) {
        this.value = value;
    }

    /**
     * The status word {@code 0xSW1SW2}.
     *
     * @throws InvalidApduException when the value is not 0..FFFF or SW1 is not 6X/9X (ISO/IEC 7816-3)
     * @param value the 16-bit value, e.g. {@code 0x9000}
     * @return the status word
     */
    public static StatusWord of(int value) {
        if (value == 0x9000) {
            return OK;
        }
        if (value < 0 || value > 0xFFFF) {
            throw new InvalidApduException("status word must be 0000..FFFF, was " + value);
        }
        int sw1High = (value >>> 12) & 0x0F;
        if (sw1High != 0x6 && sw1High != 0x9 || value >>> 8 == 0x60) {
            throw new InvalidApduException(String.format("%04X is not a status word (SW1 must be 61-6F or 9X)", value));
        }
        return new StatusWord(value);
    }

    /**
     * The status word from its two bytes.
     *
     * @param sw1 the first byte
     * @param sw2 the second byte
     * @return the status word
     */
    public static StatusWord of(int sw1, int sw2) {
        if (sw1 < 0 || sw1 > 0xFF || sw2 < 0 || sw2 > 0xFF) {
            throw new InvalidApduException("SW1 and SW2 must be 0..255");
        }
        return of((sw1 << 8) | sw2);
    }

    /** {@return the 16-bit value} */
    public int value() {
        return value;
    }

    /**
     * {@return the first byte}
     */
    public int sw1() {
        return value >>> 8;
    }

    /**
     * {@return the second byte}
     */
    public int sw2() {
        return value & 0xFF;
    }

    /** {@return 9000: normal processing} */
    public boolean isSuccess() {
        return value == 0x9000;
    }

    /** {@return 9000 or 61xx (normal processing, more data available)} */
    public boolean isNormal() {
        return value == 0x9000 || sw1() == 0x61;
    }

    /** {@return 62xx and 63xx: warnings (the command was processed, possibly partly)} */
    public boolean isWarning() {
        return sw1() == 0x62 || sw1() == 0x63;
    }

    /** {@return 61xx: bytes still available through GET RESPONSE; the count (xx, 00 meaning 256) or empty} */
    public OptionalInt bytesAvailable() {
        if (sw1() == 0x61) {
            return OptionalInt.of(sw2() == 0 ? 256 : sw2());
        }
        return OptionalInt.empty();
    }

    /** {@return 6Cxx: wrong Le, the exact length (xx, 00 meaning 256) to send again; else empty} */
    public OptionalInt correctLe() {
        if (sw1() == 0x6C) {
            return OptionalInt.of(sw2() == 0 ? 256 : sw2());
        }
        return OptionalInt.empty();
    }

    /** {@return 63Cx: verification failed or counter, the remaining tries x; else empty} */
    public OptionalInt retryCounter() {
        if ((value & 0xFFF0) == 0x63C0) {
            return OptionalInt.of(value & 0x0F);
        }
        return OptionalInt.empty();
    }

    /**
     * The meaning in a language (English, Arabic).
     *
     * @param locale the language
     * @return what the status word means (ISO/IEC 7816-4)
     */
    public String meaning(Locale locale) {
        if (sw1() == 0x61) {
            return MESSAGES.get(locale, "sw.61xx", bytesAvailable().getAsInt());
        }
        if (sw1() == 0x6C) {
            return MESSAGES.get(locale, "sw.6Cxx", correctLe().getAsInt());
        }
        if ((value & 0xFFF0) == 0x63C0) {
            return MESSAGES.get(locale, "sw.63Cx", value & 0x0F);
        }
        String key = String.format("sw.%04X", value);
        String text = MESSAGES.get(locale, key);
        if (!text.equals(key)) {
            return text;
        }
        String familyKey = sw1() >= 0x90 ? "sw.9xxx" : String.format("sw.%02Xxx", sw1());
        String family = MESSAGES.get(locale, familyKey);
        return family.equals(familyKey) ? MESSAGES.get(locale, "sw.unknown") : family;
    }

    /** {@return the meaning in English} */
    public String meaning() {
        return meaning(Locale.ENGLISH);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatusWord && ((StatusWord) o).value == value;
    }

    @Override
    public int hashCode() {
        return value;
    }

    /** E.g. {@code "6982 security status not satisfied"}. */
    @Override
    public String toString() {
        return String.format("%04X %s", value, meaning());
    }
}
