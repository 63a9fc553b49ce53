package io.residentid.qr.format;

import io.residentid.core.report.FindingCode;
import io.residentid.core.report.Messages;
import io.residentid.core.report.Severity;

/**
 * The stable, language-free codes a credential can fail with, in the order the verifier checks them (see
 * {@code FORMAT.md}). Each code has an English and Arabic message in the {@code io.residentid.qr.verify} bundle.
 * Codes are errors unless their Javadoc says warning; a policy may report an error code as a warning.
 */
public enum FailureCode implements FindingCode {
    /** The QR text or the JWS is longer than the caps allow. */
    PAYLOAD_TOO_LARGE,
    /** Not {@code rid:/} followed by an even number of digits with every pair at most 77. */
    MALFORMED_QR_TEXT,
    /** Not a compact JWS: part count, base64url, header JSON. */
    MALFORMED_JWS,
    /** A header parameter other than {@code alg}, {@code kid}, {@code zip}, a duplicate, or a missing one. */
    HEADER_NOT_ALLOWED,
    /** A header value is not a bounded string of the allowed form (kid alphabet and length, typ). */
    HEADER_INVALID,
    /** The algorithm is not ES256 or EdDSA, or not the one the issuer key is pinned to. */
    UNSUPPORTED_ALGORITHM,
    /** The payload is not valid raw DEFLATE. */
    DECOMPRESSION_FAILED,
    /** The inflated claims exceed the cap (8 KB). */
    DECOMPRESSED_TOO_LARGE,
    /** The trust list has no key with this {@code kid}. */
    UNKNOWN_KEY,
    /** The signature is not 64 raw bytes, is degenerate, or does not verify. */
    SIGNATURE_INVALID,
    /** A JSON object of the claims repeats a key. */
    DUPLICATE_CLAIM,
    /** The claims do not follow the schema. */
    SCHEMA_INVALID,
    /** The {@code iss} claim names an issuer that is not in the trust list. */
    UNKNOWN_ISSUER,
    /** The {@code iss} claim names another trusted issuer than the one that owns the signing key. */
    ISSUER_MISMATCH,
    /** The credential's country is not the country its issuer is trusted for. */
    COUNTRY_MISMATCH,
    /** {@code nbf} is in the future (beyond the clock skew). */
    NOT_YET_VALID,
    /** {@code exp} is in the past (beyond the clock skew). */
    EXPIRED,
    /** The issuer is outside its validity period in the trust list at the verification time. */
    ISSUER_NOT_ACTIVE,
    /** The key is revoked, or retired before the credential was issued ({@code iat}). */
    KEY_NOT_ACTIVE,
    /** {@code exp - iat} exceeds the issuer's maximum credential validity (default 10 years). */
    VALIDITY_TOO_LONG,
    /** The status list marks the credential as revoked (or suspended). */
    REVOKED,
    /** No usable status list (missing, invalid or stale under the hard-fail policy). */
    STATUS_UNAVAILABLE,
    /** The status list is stale but the soft-fail policy accepted it (a warning, not a failure). */
    STATUS_STALE(Severity.WARNING),
    /** The credential names a status list but no checker was configured (a warning). */
    STATUS_NOT_CHECKED(Severity.WARNING),
    /**
     * The credential has no {@code status} reference although the status policy requires one (an error under the
     * hard policy, a warning under the soft one).
     */
    STATUS_REFERENCE_MISSING,
    /**
     * A name holds invisible, format, presentation-form or fullwidth characters, mixes scripts, is not NFC, or
     * stacks more than two combining marks (a warning: the issuer signed it, but a person should look).
     */
    SUSPICIOUS_CHARACTERS(Severity.WARNING);

    private static final Messages MESSAGES = Messages.forPackageOf(io.residentid.qr.verify.CredentialVerifier.class);

    private final Severity severity;

    FailureCode() {
        this(Severity.ERROR);
    }

    FailureCode(Severity severity) {
        this.severity = severity;
    }


    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public Messages messages() {
        return MESSAGES;
    }
}
