package io.residentid.qr.format;

import java.util.Optional;

/** The JWS algorithms a credential may use: ES256 (the default) and EdDSA with Ed25519. */
public enum SignatureAlgorithm {
    /** ECDSA P-256 with SHA-256, signature = 64 raw bytes (R || S). */
    ES256("ES256"),
    /** Ed25519 (RFC 8037), signature = 64 bytes. */
    EDDSA("EdDSA");

    private final String jwsName;

    SignatureAlgorithm(String jwsName) {
        this.jwsName = jwsName;
    }

    /** {@return the {@code alg} header value} */
    public String jwsName() {
        return jwsName;
    }

    /**
     * {@return the algorithm for an {@code alg} value; empty for anything else (none, HS256, RS256...)}
     *
     * @param name the JWS {@code alg} value
     */
    public static Optional<SignatureAlgorithm> fromJwsName(String name) {
        for (SignatureAlgorithm a : values()) {
            if (a.jwsName.equals(name)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
