package io.residentid.mdoc.cose;

import io.residentid.mdoc.MdocCode;
import io.residentid.mdoc.MdocFormatException;

/** The COSE algorithms an mdoc uses for issuerAuth, deviceSignature, deviceMac and readerAuth. */
public enum CoseAlgorithm {
    /** ECDSA with SHA-256. */
    ES256(-7, "SHA-256"),
    /** ECDSA with SHA-384. */
    ES384(-35, "SHA-384"),
    /** ECDSA with SHA-512. */
    ES512(-36, "SHA-512"),
    /** EdDSA (Ed25519 or Ed448 by key). */
    EDDSA(-8, null),
    /** HMAC with SHA-256, 256-bit tag (COSE "HMAC 256/256"). */
    HMAC_256_256(5, "SHA-256");

    private final int id;
    private final String digest;

    CoseAlgorithm(int id, String digest) {
        this.id = id;
        this.digest = digest;
    }

    /** {@return the COSE {@code alg} value} */
    public int id() {
        return id;
    }

    /** {@return the digest name, or {@code null} for EdDSA} */
    public String digest() {
        return digest;
    }

    /**
     * {@return the algorithm with COSE identifier {@code id}}
     *
     * @param id the identifier
     */
    public static CoseAlgorithm ofId(long id) {
        for (CoseAlgorithm a : values()) {
            if (a.id == id) {
                return a;
            }
        }
        throw new MdocFormatException(MdocCode.UNSUPPORTED_ALGORITHM, -1, null, null, "alg " + id);
    }
}
