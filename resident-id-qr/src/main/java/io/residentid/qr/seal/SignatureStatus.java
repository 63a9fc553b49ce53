package io.residentid.qr.seal;

/** The outcome of checking a seal's signature. */
public enum SignatureStatus {
    /** The signature verifies with the signer certificate. */
    VALID,
    /** The signature does not verify with the certificate the seal names, or the seal is unsigned. */
    INVALID,
    /** No available certificate is the signer: neither valid nor forged. */
    SIGNER_UNKNOWN
}
