package io.residentid.qr.trust;

/** The status of an issuer key in a trust list. */
public enum KeyStatus {
    /** Signs new credentials; its credentials verify. */
    ACTIVE,
    /** No longer signs: credentials issued ({@code nbf}) before the retirement date still verify, later ones not. */
    RETIRED,
    /** Compromised or withdrawn: from the revocation date on, nothing it signed verifies. */
    REVOKED
}
