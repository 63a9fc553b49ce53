package io.residentid.qr.format;

/**
 * The stable, language-free codes a credential can fail with, in the order the verifier checks them (see
 * {@code FORMAT.md}). Each code has an English and Arabic message in the {@code io.residentid.qr.verify} bundle.
 */
public enum FailureCode {
    /** The QR text or the JWS is longer than the caps allow. */
    PAYLOAD_TOO_LARGE,
    /** Not {@code rid:/} followed by an even number of digits with every pair at most 77. */
    MALFORMED_QR_TEXT,
    /** Not a compact JWS: part count, base64url, header JSON. */
    MALFORMED_JWS,
    /** A header parameter other than {@code alg}, {@code kid}, {@code zip}, a duplicate, or a missing one. */
    HEADER_NOT_ALLOWED,
    /** The algorithm is not ES256 or EdDSA, or not the one the issuer key is pinned to. */
    UNSUPPORTED_ALGORITHM,
    /** The payload is not valid raw DEFLATE. */
    DECOMPRESSION_FAILED,
    /** The inflated claims exceed the cap (8 KB). */
    DECOMPRESSED_TOO_LARGE,
    /** The issuer is not in the trust list. */
    UNKNOWN_ISSUER,
    /** The issuer has no key with this {@code kid}. */
    UNKNOWN_KEY,
    /** The signature is not 64 raw bytes, is degenerate, or does not verify. */
    SIGNATURE_INVALID,
    /** A JSON object of the claims repeats a key. */
    DUPLICATE_CLAIM,
    /** The claims do not follow the schema. */
    SCHEMA_INVALID,
    /** {@code nbf} is in the future (beyond the clock skew). */
    NOT_YET_VALID,
    /** {@code exp} is in the past (beyond the clock skew). */
    EXPIRED,
    /** The issuer is outside its validity period in the trust list at the verification time. */
    ISSUER_NOT_ACTIVE,
    /** The key is revoked, or retired before the credential was issued. */
    KEY_NOT_ACTIVE,
    /** The status list marks the credential as revoked (or suspended). */
    REVOKED,
    /** No usable status list (missing, invalid or stale under the hard-fail policy). */
    STATUS_UNAVAILABLE,
    /** The status list is stale but the soft-fail policy accepted it (a warning, not a failure). */
    STATUS_STALE,
    /** The credential names a status list but no checker was configured (a warning). */
    STATUS_NOT_CHECKED
}
