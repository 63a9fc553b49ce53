package io.residentid.mdoc.cose;

import io.residentid.mdoc.MdocCode;
import io.residentid.mdoc.MdocFormatException;

/**
 * The COSE elliptic curves ISO/IEC 18013-5 lists for ephemeral and device keys (RFC 9053 registry values; the
 * brainpool identifiers are those of ISO/IEC 18013-5), with the Bouncy Castle name for the Weierstrass ones.
 */
public enum CoseCurve {
    /** NIST P-256 (secp256r1). */
    P_256(1, "P-256", "secp256r1", 32),
    /** NIST P-384. */
    P_384(2, "P-384", "secp384r1", 48),
    /** NIST P-521. */
    P_521(3, "P-521", "secp521r1", 66),
    /** X25519, key agreement only. */
    X25519(4, "X25519", null, 32),
    /** X448, key agreement only. */
    X448(5, "X448", null, 56),
    /** Ed25519, signatures only. */
    ED25519(6, "Ed25519", null, 32),
    /** Ed448, signatures only. */
    ED448(7, "Ed448", null, 57),
    /** brainpoolP256r1. */
    BRAINPOOL_P256R1(8, "brainpoolP256r1", "brainpoolP256r1", 32),
    /** brainpoolP320r1. */
    BRAINPOOL_P320R1(9, "brainpoolP320r1", "brainpoolP320r1", 40),
    /** brainpoolP384r1. */
    BRAINPOOL_P384R1(10, "brainpoolP384r1", "brainpoolP384r1", 48),
    /** brainpoolP512r1. */
    BRAINPOOL_P512R1(11, "brainpoolP512r1", "brainpoolP512r1", 64);

    private final int id;
    private final String jwkName;
    private final String ecName;
    private final int coordinateLength;

    CoseCurve(int id, String jwkName, String ecName, int coordinateLength) {
        this.id = id;
        this.jwkName = jwkName;
        this.ecName = ecName;
        this.coordinateLength = coordinateLength;
    }

    /** {@return the COSE {@code crv} value} */
    public int id() {
        return id;
    }

    /** {@return the name used in JWKs and reports ("P-256")} */
    public String displayName() {
        return jwkName;
    }

    /** {@return whether the curve is a Weierstrass curve used as COSE kty EC2} */
    public boolean isEc2() {
        return ecName != null;
    }

    /** {@return the Bouncy Castle / SEC name of an EC2 curve, {@code null} for OKP curves} */
    public String ecName() {
        return ecName;
    }

    /** {@return bytes in one coordinate (or in an OKP public key)} */
    public int coordinateLength() {
        return coordinateLength;
    }

    /**
     * {@return the curve with COSE identifier {@code id}}
     *
     * @param id the identifier
     */
    public static CoseCurve ofId(long id) {
        for (CoseCurve c : values()) {
            if (c.id == id) {
                return c;
            }
        }
        throw new MdocFormatException(MdocCode.UNSUPPORTED_ALGORITHM, -1, null, null, "crv " + id);
    }

    /**
     * {@return the curve named {@code name} as in a JWK {@code crv} ("P-256", "X25519"…)}
     *
     * @param name the name
     */
    public static CoseCurve ofName(String name) {
        for (CoseCurve c : values()) {
            if (c.jwkName.equalsIgnoreCase(name)) {
                return c;
            }
        }
        throw new MdocFormatException(MdocCode.UNSUPPORTED_ALGORITHM, -1, null, null, "crv " + name);
    }
}
