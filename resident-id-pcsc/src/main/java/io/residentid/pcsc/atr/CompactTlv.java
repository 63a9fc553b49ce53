package io.residentid.pcsc.atr;

import java.util.Arrays;

/**
 * One COMPACT-TLV data object of the historical bytes (ISO/IEC 7816-4 §8.1.1.2): a one-byte header {@code 'TL'} with
 * the tag number in the high nibble and the length (0 to 15) in the low nibble, then the value. Interindustry tags:
 * 1 country code, 2 issuer identification number, 3 card service data, 4 initial access data, 5 card issuer's data,
 * 6 pre-issuing data, 7 card capabilities, 8 status indicator, F application identifier.
 */
public final class CompactTlv {

    /** Tag of the card service data byte. */
    public static final int CARD_SERVICE_DATA = 0x3;
    /** Tag of the card capabilities (one to three software function bytes). */
    public static final int CARD_CAPABILITIES = 0x7;
    /** Tag of the status indicator (life cycle status and/or status word). */
    public static final int STATUS_INDICATOR = 0x8;
    /** Tag of an application identifier. */
    public static final int APPLICATION_IDENTIFIER = 0xF;

    private final int tag;
    private final byte[] value;

    CompactTlv(int tag, byte[] value) {
        this.tag = tag;
        this.value = value;
    }

    /** {@return the tag number, 0 to 15} */
    public int tag() {
        return tag;
    }

    /** {@return length of the value, 0 to 15} */
    public int length() {
        return value.length;
    }

    /** {@return a copy of the value bytes} */
    public byte[] value() {
        return value.clone();
    }

    int byteAt(int index) {
        return value[index] & 0xFF;
    }

    /** {@return the ISO 7816-4 name of the tag, e.g. {@code cardCapabilities}, or {@code tag<N>} for other tags} */
    public String name() {
        switch (tag) {
            case 0x1:
                return "countryCode";
            case 0x2:
                return "issuerIdentificationNumber";
            case 0x3:
                return "cardServiceData";
            case 0x4:
                return "initialAccessData";
            case 0x5:
                return "cardIssuerData";
            case 0x6:
                return "preIssuingData";
            case 0x7:
                return "cardCapabilities";
            case 0x8:
                return "statusIndicator";
            case 0xF:
                return "applicationIdentifier";
            default:
                return "tag" + tag;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CompactTlv && ((CompactTlv) other).tag == tag
                && Arrays.equals(((CompactTlv) other).value, value);
    }

    @Override
    public int hashCode() {
        return 31 * tag + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return Integer.toHexString(tag).toUpperCase(java.util.Locale.ROOT) + Integer.toHexString(value.length)
                .toUpperCase(java.util.Locale.ROOT) + "[" + value.length + "]";
    }
}
