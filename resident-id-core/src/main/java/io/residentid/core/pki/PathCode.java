package io.residentid.core.pki;

import io.residentid.core.report.FindingCode;
import io.residentid.core.report.Severity;

/**
 * The stable, language-free codes of PKI findings (path validation and CMS). The {@link #name()} is the code that
 * appears in {@link io.residentid.core.report.Finding#code()}, in JSON and in the message bundle
 * {@code io/residentid/core/pki/messages*.properties}; codes never change meaning, new ones may be added. For findings
 * about one certificate, argument 0 of the finding is that certificate's subject DN (and argument 1, when present, a
 * technical detail). The severity is the usual one; a validator may report a code with another severity (e.g.
 * {@link #WEAK_ALGORITHM} as a warning on old documents).
 */
public enum PathCode implements FindingCode {
    /** A certificate or CRL signature does not verify with its issuer's key. */
    SIGNATURE_INVALID(Severity.ERROR),
    /** The validation time is after notAfter. */
    EXPIRED(Severity.ERROR),
    /** The validation time is before notBefore. */
    NOT_YET_VALID(Severity.ERROR),
    /** The certificate is revoked. */
    REVOKED(Severity.ERROR),
    /** No usable revocation information (CRL or OCSP) was found. */
    REVOCATION_UNKNOWN(Severity.ERROR),
    /** A CRL or OCSP response was rejected (not signed by an authorised key, malformed, stale, non-conforming). */
    REVOCATION_DATA_INVALID(Severity.ERROR),
    /** No chain from the certificate to a trust anchor could be built. */
    NO_PATH_TO_TRUST_ANCHOR(Severity.ERROR),
    /** Path building stopped at its candidate or time budget. */
    PATH_BUILDING_LIMIT(Severity.ERROR),
    /** A required key usage (or extended key usage) is absent. */
    KEY_USAGE_MISSING(Severity.ERROR),
    /** The extended key usage extension lacks the purpose the caller requires. */
    EXTENDED_KEY_USAGE_MISSING(Severity.ERROR),
    /** The extended key usage extension is present but empty. */
    EXTENDED_KEY_USAGE_EMPTY(Severity.ERROR),
    /** A name is outside the permitted or inside the excluded subtrees of a CA above it. */
    NAME_CONSTRAINT_VIOLATION(Severity.ERROR),
    /** Too many CA certificates below a path length constraint or the configured maximum depth. */
    PATH_LENGTH_EXCEEDED(Severity.ERROR),
    /** A critical extension that this validator does not process. */
    UNSUPPORTED_CRITICAL_EXTENSION(Severity.ERROR),
    /** A signature or key algorithm the policy rejects (ERROR) or only tolerates on old documents (WARNING). */
    WEAK_ALGORITHM(Severity.ERROR),
    /** An issuing certificate is not a CA (basic constraints absent, not critical, or cA false). */
    NOT_A_CA(Severity.ERROR),
    /** Basic constraints or key usage are inconsistent (e.g. keyCertSign without cA, pathLen without keyCertSign). */
    BASIC_CONSTRAINTS_INVALID(Severity.ERROR),
    /** Serial number zero, negative or longer than 20 octets. */
    MALFORMED_SERIAL_NUMBER(Severity.ERROR),
    /**
     * A certificate offered for validation cannot be decoded (e.g. an INTEGER where a name attribute belongs); it
     * was not used. Argument 1 says what failed.
     */
    MALFORMED_CERTIFICATE(Severity.ERROR),
    /** An extension cannot be decoded. */
    MALFORMED_EXTENSION(Severity.ERROR),
    /** A name (subjectAltName entry or name constraint) breaks its syntax rules. */
    MALFORMED_NAME(Severity.ERROR),
    /** An extension has the wrong criticality (e.g. critical AKI, non-critical name constraints). */
    EXTENSION_CRITICALITY(Severity.ERROR),
    /** An authority or subject key identifier required by RFC 5280 is absent. */
    KEY_IDENTIFIER_MISSING(Severity.ERROR),
    /** An issuer or CA subject name is empty. */
    EMPTY_NAME(Severity.ERROR),
    /** The outer signature algorithm differs from the one inside the signed part. */
    SIGNATURE_ALGORITHM_MISMATCH(Severity.ERROR),
    /** The certificate policies of the path do not satisfy the policy requirements. */
    POLICY_INVALID(Severity.ERROR),
    /** CMS: the signer's certificate is neither in the CMS nor supplied. */
    SIGNER_CERTIFICATE_MISSING(Severity.ERROR),
    /** CMS: the content-type signed attribute is absent or differs from the encapsulated content type. */
    CONTENT_TYPE_MISMATCH(Severity.ERROR),
    /** CMS: the message-digest signed attribute is absent or differs from the digest of the content. */
    MESSAGE_DIGEST_MISMATCH(Severity.ERROR),
    /** CMS: the signer certificate's chain was not validated because no trust anchors were configured. */
    CHAIN_NOT_VALIDATED(Severity.WARNING),
    /** CMS: the signer certificate's chain did not validate (details in the chain report). */
    SIGNER_CHAIN_INVALID(Severity.ERROR),
    /** CMS: the signed content is absent and no detached content was supplied. */
    CONTENT_MISSING(Severity.ERROR);

    private final Severity severity;

    PathCode(Severity severity) {
        this.severity = severity;
    }

    /** The usual severity of a finding with this code. */
    @Override
    public Severity severity() {
        return severity;
    }
}
