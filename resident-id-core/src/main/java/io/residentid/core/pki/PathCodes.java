package io.residentid.core.pki;

/**
 * The stable, language-free codes of PKI findings. Codes never change meaning; new ones may be added. For findings
 * about one certificate, argument 0 of the {@link io.residentid.core.report.Finding} is that certificate's subject DN
 * (and argument 1, when present, a technical detail).
 */
public final class PathCodes {

    /** A certificate or CRL signature does not verify with its issuer's key. */
    public static final String SIGNATURE_INVALID = "SIGNATURE_INVALID";
    /** The validation time is after notAfter. */
    public static final String EXPIRED = "EXPIRED";
    /** The validation time is before notBefore. */
    public static final String NOT_YET_VALID = "NOT_YET_VALID";
    /** The certificate is revoked. */
    public static final String REVOKED = "REVOKED";
    /** No usable revocation information (CRL or OCSP) was found. */
    public static final String REVOCATION_UNKNOWN = "REVOCATION_UNKNOWN";
    /** A CRL or OCSP response was rejected (not signed by an authorised key, malformed, stale, non-conforming). */
    public static final String REVOCATION_DATA_INVALID = "REVOCATION_DATA_INVALID";
    /** No chain from the certificate to a trust anchor could be built. */
    public static final String NO_PATH_TO_TRUST_ANCHOR = "NO_PATH_TO_TRUST_ANCHOR";
    /** Path building stopped at its candidate or time budget. */
    public static final String PATH_BUILDING_LIMIT = "PATH_BUILDING_LIMIT";
    /** A required key usage (or extended key usage) is absent. */
    public static final String KEY_USAGE_MISSING = "KEY_USAGE_MISSING";
    /** The extended key usage extension lacks the purpose the caller requires. */
    public static final String EXTENDED_KEY_USAGE_MISSING = "EXTENDED_KEY_USAGE_MISSING";
    /** The extended key usage extension is present but empty. */
    public static final String EXTENDED_KEY_USAGE_EMPTY = "EXTENDED_KEY_USAGE_EMPTY";
    /** A name is outside the permitted or inside the excluded subtrees of a CA above it. */
    public static final String NAME_CONSTRAINT_VIOLATION = "NAME_CONSTRAINT_VIOLATION";
    /** Too many CA certificates below a path length constraint or the configured maximum depth. */
    public static final String PATH_LENGTH_EXCEEDED = "PATH_LENGTH_EXCEEDED";
    /** A critical extension that this validator does not process. */
    public static final String UNSUPPORTED_CRITICAL_EXTENSION = "UNSUPPORTED_CRITICAL_EXTENSION";
    /** A signature or key algorithm the policy rejects (ERROR) or only tolerates on old documents (WARNING). */
    public static final String WEAK_ALGORITHM = "WEAK_ALGORITHM";
    /** An issuing certificate is not a CA (basic constraints absent, not critical, or cA false). */
    public static final String NOT_A_CA = "NOT_A_CA";
    /** Basic constraints or key usage are inconsistent (e.g. keyCertSign without cA, pathLen without keyCertSign). */
    public static final String BASIC_CONSTRAINTS_INVALID = "BASIC_CONSTRAINTS_INVALID";
    /** Serial number zero, negative or longer than 20 octets. */
    public static final String MALFORMED_SERIAL_NUMBER = "MALFORMED_SERIAL_NUMBER";
    /**
     * A certificate offered for validation cannot be decoded (e.g. an INTEGER where a name attribute belongs); it
     * was not used. Argument 1 says what failed.
     */
    public static final String MALFORMED_CERTIFICATE = "MALFORMED_CERTIFICATE";
    /** An extension cannot be decoded. */
    public static final String MALFORMED_EXTENSION = "MALFORMED_EXTENSION";
    /** A name (subjectAltName entry or name constraint) breaks its syntax rules. */
    public static final String MALFORMED_NAME = "MALFORMED_NAME";
    /** An extension has the wrong criticality (e.g. critical AKI, non-critical name constraints). */
    public static final String EXTENSION_CRITICALITY = "EXTENSION_CRITICALITY";
    /** An authority or subject key identifier required by RFC 5280 is absent. */
    public static final String KEY_IDENTIFIER_MISSING = "KEY_IDENTIFIER_MISSING";
    /** An issuer or CA subject name is empty. */
    public static final String EMPTY_NAME = "EMPTY_NAME";
    /** The outer signature algorithm differs from the one inside the signed part. */
    public static final String SIGNATURE_ALGORITHM_MISMATCH = "SIGNATURE_ALGORITHM_MISMATCH";
    /** The certificate policies of the path do not satisfy the policy requirements. */
    public static final String POLICY_INVALID = "POLICY_INVALID";

    /** CMS: the signer's certificate is neither in the CMS nor supplied. */
    public static final String SIGNER_CERTIFICATE_MISSING = "SIGNER_CERTIFICATE_MISSING";
    /** CMS: the content-type signed attribute is absent or differs from the encapsulated content type. */
    public static final String CONTENT_TYPE_MISMATCH = "CONTENT_TYPE_MISMATCH";
    /** CMS: the message-digest signed attribute is absent or differs from the digest of the content. */
    public static final String MESSAGE_DIGEST_MISMATCH = "MESSAGE_DIGEST_MISMATCH";
    /** CMS: the signer certificate's chain was not validated because no trust anchors were configured. */
    public static final String CHAIN_NOT_VALIDATED = "CHAIN_NOT_VALIDATED";
    /** CMS: the signer certificate's chain did not validate (details in the chain report). */
    public static final String SIGNER_CHAIN_INVALID = "SIGNER_CHAIN_INVALID";
    /** CMS: the signed content is absent and no detached content was supplied. */
    public static final String CONTENT_MISSING = "CONTENT_MISSING";

    private PathCodes() {
    }
}
