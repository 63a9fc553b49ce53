package io.residentid.mdoc;

import io.residentid.core.report.FindingCode;
import io.residentid.core.report.Severity;

/**
 * The stable codes of the mdoc module: the findings of a {@link io.residentid.mdoc.response.MdocReport} and the codes
 * of {@link MdocFormatException}. Messages come from {@code io/residentid/mdoc/messages*.properties} (English and
 * Arabic).
 */
public enum MdocCode implements FindingCode {
    // --- malformed input (exception codes) ---
    /** The CBOR is not well formed. */
    CBOR_MALFORMED(Severity.ERROR),
    /** The CBOR ends before the item does. */
    CBOR_TRUNCATED(Severity.ERROR),
    /** An indefinite-length item, which ISO/IEC 18013-5 data never uses. */
    CBOR_INDEFINITE_LENGTH(Severity.ERROR),
    /** Nesting deeper than the limit. */
    CBOR_TOO_DEEP(Severity.ERROR),
    /** More bytes or items than the limit. */
    CBOR_TOO_LARGE(Severity.ERROR),
    /** A map repeats a key. */
    CBOR_DUPLICATE_KEY(Severity.ERROR),
    /** A tag wraps an item of the wrong type, or a required tag is missing. */
    CBOR_WRONG_TAG(Severity.ERROR),
    /** Bytes after the single top-level item. */
    CBOR_TRAILING_BYTES(Severity.ERROR),
    /** A structure lacks a field or has one of the wrong type. */
    STRUCTURE_INVALID(Severity.ERROR),
    /** A key, curve or algorithm the reader does not support. */
    UNSUPPORTED_ALGORITHM(Severity.ERROR),
    /** Session data could not be decrypted (wrong key, counter out of order, truncated tag). */
    SESSION_DECRYPTION_FAILED(Severity.ERROR),
    /** The session counter would overflow or the session is closed. */
    SESSION_STATE_INVALID(Severity.ERROR),
    /** The engagement text is not an {@code mdoc:} URI with base64url data. */
    ENGAGEMENT_TEXT_INVALID(Severity.ERROR),
    /** An APDU exchange with the holder failed. */
    TRANSPORT_FAILED(Severity.ERROR),

    // --- verification findings ---
    /** The DeviceResponse status is not OK. */
    RESPONSE_STATUS_NOT_OK(Severity.ERROR),
    /** The DeviceResponse carries no document. */
    NO_DOCUMENTS(Severity.ERROR),
    /** The holder reported an error for a whole document. */
    DOCUMENT_ERROR_REPORTED(Severity.WARNING),
    /** issuerAuth is not a well-formed COSE_Sign1 with an x5chain. */
    ISSUER_AUTH_MALFORMED(Severity.ERROR),
    /** The issuerAuth signature algorithm is not supported. */
    ISSUER_ALGORITHM_UNSUPPORTED(Severity.ERROR),
    /** The issuerAuth signature does not verify with the document signer certificate. */
    ISSUER_SIGNATURE_INVALID(Severity.ERROR),
    /** The document signer certificate does not chain to a trusted IACA. */
    ISSUER_CHAIN_INVALID(Severity.ERROR),
    /** The chain to an IACA could not be established (no anchor configured, limits). */
    ISSUER_CHAIN_INDETERMINATE(Severity.ERROR),
    /** The MSO is not well formed. */
    MSO_MALFORMED(Severity.ERROR),
    /** The MSO docType differs from the document's. */
    DOCTYPE_MISMATCH(Severity.ERROR),
    /** The MSO is not valid yet at the verification time. */
    MSO_NOT_YET_VALID(Severity.ERROR),
    /** The MSO has expired at the verification time. */
    MSO_EXPIRED(Severity.ERROR),
    /** The MSO was signed outside the document signer certificate's validity. */
    MSO_SIGNED_OUTSIDE_SIGNER_VALIDITY(Severity.ERROR),
    /** The MSO digest algorithm is not SHA-256, SHA-384 or SHA-512. */
    DIGEST_ALGORITHM_UNSUPPORTED(Severity.ERROR),
    /** An IssuerSignedItem's digest differs from the MSO's. */
    DIGEST_MISMATCH(Severity.ERROR),
    /** Two returned items use the same digest ID. */
    DIGEST_ID_REPEATED(Severity.ERROR),
    /** A returned element has no digest in the MSO. */
    ELEMENT_NOT_IN_MSO(Severity.ERROR),
    /** An IssuerSignedItem is not well formed. */
    ITEM_MALFORMED(Severity.ERROR),
    /** No device authentication (neither deviceSignature nor deviceMac). */
    DEVICE_AUTH_MISSING(Severity.ERROR),
    /** deviceMac needs the reader's ephemeral private key, which was not given. */
    DEVICE_MAC_NEEDS_READER_KEY(Severity.ERROR),
    /** The deviceMac does not verify. */
    DEVICE_MAC_INVALID(Severity.ERROR),
    /** The deviceSignature does not verify with the MSO's device key. */
    DEVICE_SIGNATURE_INVALID(Severity.ERROR),
    /** The device key or the device authentication algorithm is not supported. */
    DEVICE_KEY_UNSUPPORTED(Severity.ERROR),
    /** An element value does not have the type its identifier requires. */
    ELEMENT_VALUE_UNEXPECTED(Severity.WARNING),
    /** An element was requested but not returned. */
    ELEMENT_WITHHELD(Severity.INFO),
    /** An element was returned that was not requested. */
    ELEMENT_NOT_REQUESTED(Severity.WARNING),
    /** The VICAL signature or content does not verify. */
    VICAL_INVALID(Severity.ERROR),
    /** The reader authentication signature does not verify. */
    READER_AUTH_INVALID(Severity.ERROR);

    private final Severity severity;

    MdocCode(Severity severity) {
        this.severity = severity;
    }

    @Override
    public Severity severity() {
        return severity;
    }
}
