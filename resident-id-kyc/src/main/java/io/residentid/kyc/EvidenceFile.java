package io.residentid.kyc;

import io.residentid.pcsc.icao.LdsFile;

import java.util.Optional;

/**
 * The items a chip-evidence directory may hold, each stored as {@code <item>.bin} with the exact bytes read from
 * the chip (or exchanged with it, for the active-authentication transcript). The set is closed: a manifest naming
 * anything else is rejected, so a manifest can never point outside its directory.
 */
public enum EvidenceFile {
    /** EF.CardAccess (security infos: PACE). */
    CARD_ACCESS("EF.CardAccess", LdsFile.CARD_ACCESS, 64 * 1024),
    /** EF.CardSecurity (signed security infos), when read. */
    CARD_SECURITY("EF.CardSecurity", null, 64 * 1024),
    /** EF.COM. */
    COM("EF.COM", LdsFile.COM, 4 * 1024),
    /** EF.SOD. */
    SOD("EF.SOD", LdsFile.SOD, 64 * 1024),
    /** DG1, the MRZ. */
    DG1("DG1", LdsFile.DG1, 1024),
    /** DG2, the face. */
    DG2("DG2", LdsFile.DG2, 1 << 20),
    /** DG3. */
    DG3("DG3", LdsFile.DG3, 1 << 20),
    /** DG4. */
    DG4("DG4", LdsFile.DG4, 1 << 20),
    /** DG5. */
    DG5("DG5", LdsFile.DG5, 1 << 20),
    /** DG6. */
    DG6("DG6", LdsFile.DG6, 1 << 20),
    /** DG7. */
    DG7("DG7", LdsFile.DG7, 1 << 20),
    /** DG8. */
    DG8("DG8", LdsFile.DG8, 64 * 1024),
    /** DG9. */
    DG9("DG9", LdsFile.DG9, 64 * 1024),
    /** DG10. */
    DG10("DG10", LdsFile.DG10, 64 * 1024),
    /** DG11, additional personal details. */
    DG11("DG11", LdsFile.DG11, 64 * 1024),
    /** DG12, additional document details. */
    DG12("DG12", LdsFile.DG12, 64 * 1024),
    /** DG13, optional details. */
    DG13("DG13", LdsFile.DG13, 64 * 1024),
    /** DG14, security options. */
    DG14("DG14", LdsFile.DG14, 64 * 1024),
    /** DG15, the active-authentication public key. */
    DG15("DG15", LdsFile.DG15, 8 * 1024),
    /** DG16. */
    DG16("DG16", LdsFile.DG16, 64 * 1024),
    /** The terminal's active-authentication challenge. */
    AA_CHALLENGE("AA.challenge", null, 256),
    /** The chip's active-authentication signature. */
    AA_SIGNATURE("AA.signature", null, 4096);

    private final String item;
    private final LdsFile ldsFile;
    private final int maxBytes;

    EvidenceFile(String item, LdsFile ldsFile, int maxBytes) {
        this.item = item;
        this.ldsFile = ldsFile;
        this.maxBytes = maxBytes;
    }

    /** {@return the item name used in the manifest and in reports, e.g. {@code EF.SOD} or {@code DG1}} */
    public String item() {
        return item;
    }

    /** {@return the file name in the evidence directory: the item name with {@code .bin}} */
    public String fileName() {
        return item + ".bin";
    }

    /** {@return the LDS file this item holds, when it is one} */
    public Optional<LdsFile> ldsFile() {
        return Optional.ofNullable(ldsFile);
    }

    /** {@return the largest size accepted for this item, in bytes} */
    public int maxBytes() {
        return maxBytes;
    }

    /** {@return the data-group number (1–16), or 0} */
    public int dataGroupNumber() {
        return ldsFile == null ? 0 : ldsFile.dataGroupNumber();
    }

    /**
     * {@return the item with this manifest name}
     *
     * @param item the CBOR data item
     */
    public static Optional<EvidenceFile> ofItem(String item) {
        for (EvidenceFile f : values()) {
            if (f.item.equals(item)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * {@return the item for an LDS file}
     *
     * @param file the file
     */
    public static Optional<EvidenceFile> of(LdsFile file) {
        for (EvidenceFile f : values()) {
            if (f.ldsFile == file) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
