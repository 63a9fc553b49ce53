package io.residentid.qr.trust;

import java.util.Objects;

/**
 * A key of a trust list together with the issuer that owns it: what a {@code kid} leads to. A credential or status
 * list signed with the key must name this issuer.
 *
 * @param issuer the issuer owning the key
 * @param key    the key
 */
public record TrustedKey(TrustedIssuer issuer, IssuerKey key) {

    /**
     * Checks presence.
     *
     * @param issuer the issuer owning the key
     * @param key the key
     */
    public TrustedKey {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(key, "key");
    }
}
