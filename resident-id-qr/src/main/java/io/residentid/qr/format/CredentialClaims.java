package io.residentid.qr.format;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * All claims of a credential: issuer, issue time, validity window, the resident's data and the optional status
 * reference.
 *
 * @param issuer    {@code iss}, an https URI of at most 256 characters
 * @param issuedAt  {@code iat}, whole seconds: when the issuer's key signed it (checked against the key's active
 *                  period and the issuer's maximum validity)
 * @param notBefore {@code nbf}, whole seconds (written only when it differs from {@code iat})
 * @param expiresAt {@code exp}, whole seconds, after {@code iat} and {@code nbf}
 * @param rid       the resident's data
 * @param status    the status list entry, null when the credential cannot be revoked through a list
 */
public record CredentialClaims(String issuer, Instant issuedAt, Instant notBefore, Instant expiresAt, RidClaims rid,
                               StatusReference status) {

    /** Checks presence and order of the times. */
    public CredentialClaims {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(rid, "rid");
        if (!expiresAt.isAfter(notBefore) || !expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("exp must be after iat and nbf");
        }
    }

    /** Claims issued and valid from {@code notBefore} ({@code iat = nbf}). */
    public CredentialClaims(String issuer, Instant notBefore, Instant expiresAt, RidClaims rid, StatusReference status) {
        this(issuer, notBefore, notBefore, expiresAt, rid, status);
    }

    /** The status reference, when present. */
    public Optional<StatusReference> statusIfPresent() {
        return Optional.ofNullable(status);
    }
}
