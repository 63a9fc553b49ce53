package io.residentid.qr.trust;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import io.residentid.core.json.ResidentIdJson;
import io.residentid.core.model.Bytes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A read-only view of a public issuer key as a JSON Web Key (RFC 7517): what a trust list stores and a key file
 * shows. Our own type, so the API does not expose the JOSE library's classes. Public members only; immutable.
 *
 * @param kty key type: {@code EC} (P-256) or {@code OKP} (Ed25519)
 * @param crv curve: {@code P-256} or {@code Ed25519}
 * @param x   the public x coordinate (EC) or public key (OKP), base64url
 * @param y   the public y coordinate, base64url; null for OKP keys
 * @param kid the key id (shortened RFC 7638 thumbprint), null when not set
 * @param alg the JWS algorithm the key is pinned to ({@code ES256} or {@code EdDSA}), null when not set
 */
public record PublicJwk(String kty, String crv, String x, String y, String kid, String alg) {

    /**
     * Checks the members every supported key needs.
     *
     * @param kty key type: {@code EC} (P-256) or {@code OKP} (Ed25519)
     * @param crv curve: {@code P-256} or {@code Ed25519}
     * @param x the public x coordinate (EC) or public key (OKP), base64url
     * @param y the public y coordinate, base64url; null for OKP keys
     * @param kid the key id (shortened RFC 7638 thumbprint), null when not set
     * @param alg the JWS algorithm the key is pinned to ({@code ES256} or {@code EdDSA}), null when not set
     * @throws NullPointerException when {@code kty}, {@code crv} or {@code x} is missing
     */
    public PublicJwk {
        Objects.requireNonNull(kty, "kty");
        Objects.requireNonNull(crv, "crv");
        Objects.requireNonNull(x, "x");
    }

    /** The public part of a Nimbus JWK (only EC and OKP keys reach here). */
    static PublicJwk of(JWK jwk) {
        String alg = jwk.getAlgorithm() == null ? null : jwk.getAlgorithm().getName();
        if (jwk instanceof ECKey ec) {
            return new PublicJwk("EC", ec.getCurve().getName(), ec.getX().toString(), ec.getY().toString(),
                    jwk.getKeyID(), alg);
        }
        OctetKeyPair okp = (OctetKeyPair) jwk;
        return new PublicJwk("OKP", okp.getCurve().getName(), okp.getX().toString(), null, jwk.getKeyID(), alg);
    }

    /** {@return the members as an ordered map ({@code kty crv x y kid alg}), absent members left out} */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kty", kty);
        m.put("crv", crv);
        m.put("x", x);
        if (y != null) {
            m.put("y", y);
        }
        if (kid != null) {
            m.put("kid", kid);
        }
        if (alg != null) {
            m.put("alg", alg);
        }
        return m;
    }

    /** {@return the JWK as minified JSON, members in the order of {@link #toMap()}} */
    public String toJson() {
        try {
            return ResidentIdJson.mapper().writeValueAsString(toMap());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of strings is always writable", e);
        }
    }

    /**
     * {@return the full RFC 7638 SHA-256 thumbprint (32 bytes); the {@code kid} is its first 6 bytes in base64url}
     *
     * @throws IllegalStateException when the members do not form a usable key (cannot happen for keys from this
     *                               library)
     */
    public Bytes thumbprint() {
        try {
            return Bytes.of(JWK.parse(toJson()).computeThumbprint().decode());
        } catch (java.text.ParseException | JOSEException e) {
            throw new IllegalStateException("Not a usable JWK", e);
        }
    }
}
