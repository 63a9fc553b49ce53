package io.residentid.qr.seal;

/** How a feature's bytes become a value; named in the catalogue. */
public enum FeatureCoding {
    /** C40 text of the basic set (space, digits, capital letters). */
    C40,
    /** A C40 MRZ: spaces become {@code <}, split into lines of the catalogue's line length. */
    MRZ,
    /** UTF-8 text. */
    UTF8,
    /** Raw bytes (images, identifiers). */
    BYTES,
    /** An unsigned big-endian integer of one to four bytes. */
    INT,
    /** Three bytes holding the decimal number MMDDYYYY (ICAO 9303-13). */
    DATE,
    /** Four bytes: a mask of unknown digits and MMDDYYYY (IDB); unknown digits read as {@code x}. */
    MASKED_DATE,
    /** Four bytes of seconds since 1970-01-01T00:00Z. */
    TIMESTAMP,
    /** Three bytes: days, months, years (duration of stay). */
    DURATION,
    /** A nested VDS message group of the catalogue type named by the feature (IDB visa and ETD messages). */
    MESSAGES
}
