package io.residentid.kyc;

import io.residentid.core.report.FindingCode;
import io.residentid.core.report.Severity;

/**
 * The stable codes of the KYC module: the findings of its checks and the errors of its readers. The message of each
 * code is in {@code messages.properties} / {@code messages_ar.properties} of this package; the severity is the
 * default, and the {@link KycPolicy} decides what a finding does to the verdict.
 */
public enum KycCode implements FindingCode {
    /** The chip evidence has no manifest.json. */
    EVIDENCE_MANIFEST_MISSING(Severity.ERROR),
    /** The chip evidence manifest is malformed: &#123;0&#125;. */
    EVIDENCE_MANIFEST_MALFORMED(Severity.ERROR),
    /** The evidence file &#123;0&#125; listed in the manifest is missing. */
    EVIDENCE_FILE_MISSING(Severity.ERROR),
    /** The evidence file &#123;0&#125; is larger than allowed. */
    EVIDENCE_FILE_TOO_LARGE(Severity.ERROR),
    /** The SHA-256 of evidence file &#123;0&#125; does not match the manifest. */
    EVIDENCE_HASH_MISMATCH(Severity.ERROR),
    /** The manifest names an unknown evidence item &#123;0&#125;. */
    EVIDENCE_UNKNOWN_ITEM(Severity.ERROR),
    /** The evidence could not be read or written: &#123;0&#125;. */
    EVIDENCE_IO(Severity.ERROR),
    /** The declared customer data is not valid: &#123;0&#125;. */
    DECLARED_DATA_MALFORMED(Severity.ERROR),
    /** The KYC policy is not valid: &#123;0&#125;. */
    POLICY_MALFORMED(Severity.ERROR),
    /** The trust data could not be read: &#123;0&#125;. */
    TRUST_MALFORMED(Severity.ERROR),
    /** The master list fails its own signature check. */
    MASTERLIST_SIGNATURE_INVALID(Severity.ERROR),
    /** The evidence record is malformed: &#123;0&#125;. */
    RECORD_MALFORMED(Severity.ERROR),
    /** The evidence record signature does not verify with the given key. */
    RECORD_SIGNATURE_INVALID(Severity.ERROR),
    /** The key is not a usable P-256 JWK: &#123;0&#125;. */
    KEY_MALFORMED(Severity.ERROR),
    /** The KYC report is malformed: &#123;0&#125;. */
    REPORT_MALFORMED(Severity.ERROR),
    /** No chip evidence was given: the document's authenticity is not established. */
    CHIP_EVIDENCE_ABSENT(Severity.WARNING),
    /** EF.SOD is missing from the chip evidence. */
    SOD_MISSING(Severity.ERROR),
    /** EF.SOD is malformed or truncated. */
    SOD_MALFORMED(Severity.ERROR),
    /** The EF.SOD signature does not verify. */
    SOD_SIGNATURE_INVALID(Severity.ERROR),
    /** The hash of &#123;0&#125; does not match the one signed in EF.SOD. */
    DG_HASH_MISMATCH(Severity.ERROR),
    /** The evidence holds &#123;0&#125;, which EF.SOD does not cover. */
    DG_NOT_IN_SOD(Severity.ERROR),
    /** DG1 (the chip's MRZ) is missing from the chip evidence. */
    DG1_MISSING(Severity.ERROR),
    /** &#123;0&#125; is signed in EF.SOD but was not read. */
    DG_NOT_READ(Severity.INFO),
    /** The document signer chains to the trusted CSCA &#123;0&#125;. */
    DS_CHAIN_VALID(Severity.INFO),
    /** The document signer chain was valid when the document was issued, not now (certificate since expired). */
    DS_CHAIN_VALID_AT_ISSUE_ONLY(Severity.WARNING),
    /** The document signer does not chain to any trusted CSCA. */
    DS_CHAIN_UNTRUSTED(Severity.ERROR),
    /** The document signer chain is not valid. */
    DS_CHAIN_INVALID(Severity.ERROR),
    /** The document signer or its CSCA is revoked. */
    DS_CHAIN_REVOKED(Severity.ERROR),
    /** The document signer chain could not be established (for example, revocation unknown). */
    DS_CHAIN_INDETERMINATE(Severity.WARNING),
    /** No CSCA was configured: the document signer cannot be checked. */
    NO_TRUST_ANCHORS(Severity.WARNING),
    /** Chip genuineness is not counted because passive authentication did not pass. */
    PA_NOT_PASSED(Severity.INFO),
    /** Active authentication: the chip signed the challenge with the key signed in DG15. */
    AA_VERIFIED(Severity.INFO),
    /** Active authentication failed: the chip cannot prove it holds the DG15 key (clone suspect). */
    AA_SIGNATURE_INVALID(Severity.ERROR),
    /** DG15 is present but no active-authentication transcript was kept. */
    AA_TRANSCRIPT_MISSING(Severity.WARNING),
    /** The active-authentication key or algorithm is not supported. */
    AA_UNSUPPORTED(Severity.WARNING),
    /** DG15 or DG14 is malformed. */
    DG15_MALFORMED(Severity.ERROR),
    /** Chip authentication passed as reported by the reader (an interactive protocol: not re-verifiable from bytes). */
    CA_REPORTED(Severity.INFO),
    /** Chip authentication failed during the read. */
    CA_FAILED(Severity.ERROR),
    /** The chip proved neither active nor chip authentication (clone suspect). */
    CHIP_NOT_PROVEN(Severity.WARNING),
    /** The chip offers PACE but the read used &#123;0&#125; (downgrade). */
    PACE_DOWNGRADE(Severity.ERROR),
    /** Access control used &#123;0&#125;. */
    PACE_USED(Severity.INFO),
    /** The access protocol is not recorded. */
    ACCESS_PROTOCOL_UNKNOWN(Severity.WARNING),
    /** The document expired on &#123;0&#125;. */
    DOCUMENT_EXPIRED(Severity.ERROR),
    /** The document expires on &#123;0&#125;, within &#123;1&#125; days. */
    DOCUMENT_EXPIRES_SOON(Severity.WARNING),
    /** No source gives the document's expiry date. */
    EXPIRY_UNKNOWN(Severity.INFO),
    /** The document is valid until &#123;0&#125;. */
    DOCUMENT_VALID_UNTIL(Severity.INFO),
    /** The identity number from &#123;0&#125; is not valid for &#123;1&#125;. */
    ID_NUMBER_INVALID(Severity.ERROR),
    /** The identity number from &#123;0&#125; is valid for &#123;1&#125;. */
    ID_NUMBER_VALID(Severity.INFO),
    /** The birth year encoded in the identity number differs from the date of birth of &#123;0&#125;. */
    ID_BIRTH_YEAR_MISMATCH(Severity.ERROR),
    /** The birth date encoded in the identity number differs from the date of birth of &#123;0&#125;. */
    ID_BIRTH_DATE_MISMATCH(Severity.ERROR),
    /** The nationality encoded in the identity number differs from that of &#123;0&#125;. */
    ID_NATIONALITY_MISMATCH(Severity.ERROR),
    /** No identity number was given. */
    ID_NUMBER_ABSENT(Severity.INFO),
    /** The issuing state &#123;0&#125; has no identity-number rules. */
    ID_COUNTRY_UNSUPPORTED(Severity.INFO),
    /** The &#123;0&#125; of &#123;1&#125; differs from that of &#123;2&#125;. */
    FIELD_MISMATCH(Severity.ERROR),
    /** The &#123;0&#125; agrees across &#123;1&#125;. */
    FIELD_CONSISTENT(Severity.INFO),
    /** The name of &#123;0&#125; matches the name of &#123;1&#125; (score &#123;2&#125;). */
    NAME_MATCH(Severity.INFO),
    /** The name of &#123;0&#125; only partly matches the name of &#123;1&#125; (score &#123;2&#125;): &#123;3&#125;. */
    NAME_PARTIAL(Severity.WARNING),
    /** The name of &#123;0&#125; does not match the name of &#123;1&#125; (score &#123;2&#125;): &#123;3&#125;. */
    NAME_MISMATCH(Severity.ERROR),
    /** No field is present in two or more sources. */
    TOO_FEW_SOURCES(Severity.INFO),
    /** The holder is younger than &#123;0&#125; years. */
    UNDERAGE(Severity.ERROR),
    /** The holder is at least &#123;0&#125; years old. */
    AGE_CONFIRMED(Severity.INFO),
    /** No source gives the date of birth. */
    BIRTH_DATE_UNKNOWN(Severity.INFO),
    /** DG2 holds a face image (&#123;0&#125;). */
    FACE_EXTRACTED(Severity.INFO),
    /** DG2 (the face image) is missing from the chip evidence. */
    DG2_MISSING(Severity.WARNING),
    /** DG2 is malformed. */
    DG2_MALFORMED(Severity.ERROR),
    /** The face matcher &#123;0&#125; matched the chip image (score &#123;1&#125;). */
    FACE_MATCHED(Severity.INFO),
    /** The face matcher &#123;0&#125; did not match the chip image (score &#123;1&#125;). */
    FACE_MISMATCH(Severity.ERROR),
    /** No face matcher is configured: the face comparison did not run. */
    FACE_MATCHER_ABSENT(Severity.INFO),
    /** No live image was given: the face comparison did not run. */
    FACE_PROBE_ABSENT(Severity.INFO),
    /** No holder-authentication transcript was given. */
    HOLDER_AUTH_ABSENT(Severity.INFO),
    /** The holder signed the bank's challenge with a card certificate issued by the national CA. */
    HOLDER_AUTHENTICATED(Severity.INFO),
    /** The holder-authentication signature does not verify with the card certificate. */
    HOLDER_SIGNATURE_INVALID(Severity.ERROR),
    /** The holder's card certificate does not chain to a trusted national CA, or is revoked. */
    HOLDER_CHAIN_INVALID(Severity.ERROR),
    /** No national CA is configured: the holder's card certificate could not be checked. */
    HOLDER_CHAIN_INDETERMINATE(Severity.WARNING),
    /** The holder-authentication transcript is malformed. */
    HOLDER_AUTH_MALFORMED(Severity.ERROR),
    /** No QR credential was given. */
    QR_ABSENT(Severity.INFO),
    /** A QR credential was given but no QR trust list. */
    QR_TRUST_MISSING(Severity.WARNING),
    /** The QR credential verified (issuer &#123;0&#125;). */
    QR_VERIFIED(Severity.INFO),
    /** The QR credential did not verify: &#123;0&#125;. */
    QR_INVALID(Severity.ERROR),
    /** The evidence directory holds &#123;0&#125;, which the manifest does not list. */
    EVIDENCE_UNLISTED_FILE(Severity.WARNING),
    /** The OCR MRZ does not pass its check digits. */
    MRZ_OCR_INVALID(Severity.WARNING),
    /** The OCR MRZ could not be parsed. */
    MRZ_OCR_MALFORMED(Severity.WARNING);

    private final Severity severity;

    KycCode(Severity severity) {
        this.severity = severity;
    }

    @Override
    public Severity severity() {
        return severity;
    }
}
