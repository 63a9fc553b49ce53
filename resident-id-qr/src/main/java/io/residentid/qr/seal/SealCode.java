package io.residentid.qr.seal;

import io.residentid.core.report.FindingCode;
import io.residentid.core.report.Severity;

/**
 * The stable codes of the seal package: the codes of {@link SealException} (input that cannot be read) and of the
 * findings in a {@link SealReport}. Messages come from {@code messages.properties} (English) and
 * {@code messages_ar.properties} (Arabic) in this package; the key is the code.
 */
public enum SealCode implements FindingCode {
    /** The input is empty. */
    EMPTY(Severity.ERROR),
    /** The input is larger than the decoder accepts. */
    TOO_LARGE(Severity.ERROR),
    /** The input is none of VDS, VDS-NC or IDB. */
    UNKNOWN_FORMAT(Severity.ERROR),
    /** A VDS does not start with the magic constant 0xDC. */
    BAD_MAGIC(Severity.ERROR),
    /** The seal ends before a field it announces. */
    TRUNCATED(Severity.ERROR),
    /** A length field points past the end of the seal or is not a valid length. */
    BAD_LENGTH(Severity.ERROR),
    /** A C40 value is outside the C40 range, or a character cannot be written in C40. */
    BAD_C40(Severity.ERROR),
    /** A date field does not hold a calendar date. */
    BAD_DATE(Severity.ERROR),
    /** A field cannot be decoded with the coding its document type gives it. */
    BAD_FEATURE(Severity.ERROR),
    /** More features, messages or nesting than the decoder accepts. */
    TOO_MANY(Severity.ERROR),
    /** Data follows the signature. */
    TRAILING_DATA(Severity.ERROR),
    /** An IDB barcode does not start with RDB, or its flag or version is unknown. */
    BAD_IDB_PREFIX(Severity.ERROR),
    /** An IDB barcode holds a character outside the base32 alphabet. */
    BAD_BASE32(Severity.ERROR),
    /** A compressed IDB payload is corrupt or inflates beyond the limit. */
    BAD_COMPRESSION(Severity.ERROR),
    /** A VDS-NC document is not the expected JSON shape. */
    BAD_VDS_NC(Severity.ERROR),
    /** The seal catalogue is malformed. */
    BAD_CATALOGUE(Severity.ERROR),
    /** The document type or feature is not in the catalogue (encoding). */
    UNKNOWN_TYPE(Severity.ERROR),
    /** The key or certificate cannot sign seals. */
    UNUSABLE_KEY(Severity.ERROR),
    /** The image holds no readable barcode. */
    NO_BARCODE(Severity.ERROR),
    /** The image cannot be read (format, size). */
    BAD_IMAGE(Severity.ERROR),

    /** The signature verifies with the signer certificate. */
    SIGNATURE_VALID(Severity.INFO),
    /** The signature does not verify with the certificate the seal names. */
    SIGNATURE_INVALID(Severity.ERROR),
    /** The signature has the wrong size for the signer key. */
    SIGNATURE_WRONG_SIZE(Severity.ERROR),
    /** The seal carries no signature. */
    UNSIGNED(Severity.ERROR),
    /** No available certificate is the seal's signer: the signature cannot be checked. */
    SIGNER_UNKNOWN(Severity.WARNING),
    /** The signature verifies with a supplied certificate that the seal's header does not name. */
    SIGNER_NOT_NAMED(Severity.WARNING),
    /** A candidate certificate holds a key type or curve the verifier does not support. */
    UNSUPPORTED_KEY(Severity.WARNING),
    /** The signer certificate chains to a trusted CSCA at the signature date and at the verification time. */
    CHAIN_VALID(Severity.INFO),
    /** The signer certificate does not chain to a trusted CSCA. */
    CHAIN_INVALID(Severity.ERROR),
    /** No CSCA or master list was given: the chain was not checked. */
    CHAIN_NOT_CHECKED(Severity.WARNING),
    /** A VDS message length byte 0x80 was read as 128 (not a valid DER length; older encoders write it). */
    NON_DER_LENGTH(Severity.WARNING),
    /** The VDS header version byte is outside ICAO's 0x02 and 0x03. */
    NONSTANDARD_VERSION(Severity.WARNING),
    /** A version-0x03 header whose signer field has the version-0x02 layout was read with that layout. */
    HEADER_LAYOUT_FALLBACK(Severity.WARNING),
    /** The document type is not in the catalogue; its features are given raw. */
    UNKNOWN_DOCUMENT_TYPE(Severity.INFO);

    private final Severity severity;

    SealCode(Severity severity) {
        this.severity = severity;
    }

    @Override
    public Severity severity() {
        return severity;
    }
}
