package io.residentid.qr.seal;

/** The three kinds of ICAO visible seal. */
public enum SealFormat {
    /** ICAO 9303-13 / BSI TR-03137 visible digital seal (binary, C40 header, TLV messages, r&#8214;s signature). */
    VDS,
    /** ICAO visible digital seal for non-electronic documents (JSON with data, signature and certificate). */
    VDS_NC,
    /** ICAO datastructure for barcode (base32 text starting {@code RDB}). */
    IDB
}
