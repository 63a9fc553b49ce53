package io.residentid.pcsc.atr;

/**
 * The card capabilities of the historical bytes (COMPACT-TLV tag 7, ISO/IEC 7816-4 §12.1.1.9): up to three software
 * function tables. Bytes the card does not send read as zero; {@link #length()} tells how many it sent.
 *
 * @param length           number of bytes present (1 to 3)
 * @param selectionMethods first software function table (DF selection methods, short EF identifiers, record numbers)
 * @param dataCoding       second software function table (data coding byte)
 * @param features         third software function table (chaining, extended Lc/Le, logical channels)
 */
public record CardCapabilities(int length, int selectionMethods, int dataCoding, int features) {

    /**
     * Creates the record, checking its components.
     *
     * @param length number of bytes present (1 to 3)
     * @param selectionMethods first software function table (DF selection methods, short EF identifiers, record
     *     numbers)
     * @param dataCoding second software function table (data coding byte)
     * @param features third software function table (chaining, extended Lc/Le, logical channels)
     */
    public CardCapabilities {
        if (length < 1 || length > 3) {
            throw new IllegalArgumentException("Card capabilities are one to three bytes");
        }
    }

    /** {@return third table, bit 8: the card supports command chaining} */
    public boolean commandChaining() {
        return length >= 3 && (features & 0x80) != 0;
    }

    /** {@return third table, bit 7: the card supports extended Lc and Le fields (extended length APDUs)} */
    public boolean extendedLengthFields() {
        return length >= 3 && (features & 0x40) != 0;
    }

    /** {@return third table, bit 6: extended length information is in EF.ATR/INFO} */
    public boolean extendedLengthInformationInEfAtr() {
        return length >= 3 && (features & 0x20) != 0;
    }

    /**
     * Maximum number of logical channels (third table, bits 3-1 plus one; {@code 8} means eight or more); 1 when the
     * third table is absent.
     *
     * @return the most logical channels the card supports
     */
    public int maxLogicalChannels() {
        return length >= 3 ? (features & 0x07) + 1 : 1;
    }

    /** {@return first table, bit 8: DF selection by full DF name (AID)} */
    public boolean selectionByFullDfName() {
        return (selectionMethods & 0x80) != 0;
    }

    /** {@return first table, bit 7: DF selection by partial DF name} */
    public boolean selectionByPartialDfName() {
        return (selectionMethods & 0x40) != 0;
    }

    /** {@return first table, bit 6: DF selection by path} */
    public boolean selectionByPath() {
        return (selectionMethods & 0x20) != 0;
    }

    /** {@return first table, bit 5: DF selection by file identifier} */
    public boolean selectionByFileIdentifier() {
        return (selectionMethods & 0x10) != 0;
    }
}
