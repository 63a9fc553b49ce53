package io.residentid.pcsc.icao;

import java.util.Optional;

/**
 * The elementary files of the ICAO LDS 1.7 application (ICAO 9303-10 §4): file identifier, short file identifier
 * and the outer tag of the file's content.
 */
public enum LdsFile {
    /** EF.CardAccess (in the master file). */
    CARD_ACCESS(0x011C, 0x1C, 0x31, 0),
    /** EF.COM: LDS version and list of present data groups. */
    COM(0x011E, 0x1E, 0x60, 0),
    /** EF.SOD: the document security object. */
    SOD(0x011D, 0x1D, 0x77, 0),
    /** DG1: the MRZ. */
    DG1(0x0101, 0x01, 0x61, 1),
    /** DG2: encoded face images. */
    DG2(0x0102, 0x02, 0x75, 2),
    /** DG3: encoded fingerprints. */
    DG3(0x0103, 0x03, 0x63, 3),
    /** DG4: encoded irises. */
    DG4(0x0104, 0x04, 0x76, 4),
    /** DG5: displayed portrait. */
    DG5(0x0105, 0x05, 0x65, 5),
    /** DG6: reserved for future use. */
    DG6(0x0106, 0x06, 0x66, 6),
    /** DG7: displayed signature or usual mark. */
    DG7(0x0107, 0x07, 0x67, 7),
    /** DG8: data features. */
    DG8(0x0108, 0x08, 0x68, 8),
    /** DG9: structure features. */
    DG9(0x0109, 0x09, 0x69, 9),
    /** DG10: substance features. */
    DG10(0x010A, 0x0A, 0x6A, 10),
    /** DG11: additional personal details. */
    DG11(0x010B, 0x0B, 0x6B, 11),
    /** DG12: additional document details. */
    DG12(0x010C, 0x0C, 0x6C, 12),
    /** DG13: optional details (national). */
    DG13(0x010D, 0x0D, 0x6D, 13),
    /** DG14: security options (chip authentication, PACE). */
    DG14(0x010E, 0x0E, 0x6E, 14),
    /** DG15: active-authentication public key. */
    DG15(0x010F, 0x0F, 0x6F, 15),
    /** DG16: persons to notify. */
    DG16(0x0110, 0x10, 0x70, 16);

    private final int fileId;
    private final int shortFileId;
    private final int tag;
    private final int dataGroupNumber;

    LdsFile(int fileId, int shortFileId, int tag, int dataGroupNumber) {
        this.fileId = fileId;
        this.shortFileId = shortFileId;
        this.tag = tag;
        this.dataGroupNumber = dataGroupNumber;
    }

    /** {@return the two-byte file identifier} */
    public int fileId() {
        return fileId;
    }

    /** {@return the short file identifier (for READ BINARY with SFI)} */
    public int shortFileId() {
        return shortFileId;
    }

    /** {@return the outer tag of the file content} */
    public int tag() {
        return tag;
    }

    /** {@return the data-group number (1–16), 0 for EF.COM, EF.SOD and EF.CardAccess} */
    public int dataGroupNumber() {
        return dataGroupNumber;
    }

    /**
     * The data group with this number.
     *
     * @param number the data group's number, 1 to 16
     * @return the data group, or empty for another number
     */
    public static Optional<LdsFile> dataGroup(int number) {
        for (LdsFile f : values()) {
            if (f.dataGroupNumber == number && number > 0) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The data group whose content starts with {@code tag} (as listed in EF.COM).
     *
     * @param tag the outer tag of a file's template, e.g. {@code 0x61} for DG1
     * @return the file, or empty for an unknown tag
     */
    public static Optional<LdsFile> byTag(int tag) {
        for (LdsFile f : values()) {
            if (f.tag == tag && f.dataGroupNumber > 0) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
