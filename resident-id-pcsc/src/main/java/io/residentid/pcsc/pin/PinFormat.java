package io.residentid.pcsc.pin;

/** How PIN digits become reference data in VERIFY / CHANGE REFERENCE DATA / RESET RETRY COUNTER. */
public enum PinFormat {
    /** One ASCII byte per digit ({@code '1'} = {@code 31}), then padding bytes up to the padded length. */
    ASCII,
    /** Packed BCD, two digits per byte, an odd digit count ends with nibble F, then padding bytes. */
    BCD,
    /**
     * ISO 9564-1 format 2 PIN block (8 bytes): {@code 2N} (N = number of digits, 4..12), the digits as nibbles,
     * filled with nibble F.
     */
    ISO9564_FORMAT_2
}
