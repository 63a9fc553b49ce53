package io.residentid.qr.format;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * All claims of a credential: issuer, validity window, the resident's data and the optional status reference.
 *
 * @param issuer    {@code iss}, an https URI of at most 256 characters
 * @param notBefore {@code nbf}, whole seconds
 * @param expiresAt {@code exp}, whole seconds, after {@code nbf}
 * @param rid       the resident's data
 * @param status    the status list entry, null when the credential cannot be revoked through a list
 */
public record CredentialClaims(String issuer, Instant notBefore, Instant expiresAt, RidClaims rid,
                               StatusReference status) {

    /** Checks presence and order of the times. */
    public CredentialClaims {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(rid, "rid");
        if (!expiresAt.isAfter(notBefore)) {
            throw new IllegalArgumentException("exp must be after nbf");
        }
    }

    /** The status reference, when present. */
    public Optional<StatusReference> statusIfPresent() {
        return Optional.ofNullable(status);
    }
}
