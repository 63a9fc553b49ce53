package io.residentid.mdoc.response;

/** How the mdoc authenticated its response. */
public enum DeviceAuthMethod {
    /** deviceMac: HMAC with EMacKey (ECDH of the reader's ephemeral key and the device key). */
    MAC,
    /** deviceSignature: ECDSA/EdDSA with the MSO's device key. */
    SIGNATURE,
    /** Neither was present or readable. */
    NONE
}
