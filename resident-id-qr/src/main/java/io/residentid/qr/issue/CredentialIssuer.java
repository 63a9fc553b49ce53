package io.residentid.qr.issue;

import io.residentid.qr.internal.NameCharacters;
import io.residentid.qr.internal.CompactJws;
import io.residentid.qr.internal.RawDeflate;
import io.residentid.core.model.IdentityDocument;
import io.residentid.qr.format.ClaimsCodec;
import io.residentid.qr.format.CredentialClaims;
import io.residentid.qr.format.QrText;
import io.residentid.qr.format.StatusReference;
import io.residentid.qr.trust.SigningKey;
import io.residentid.qr.trust.TrustedIssuer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Issues credentials: deterministic minified claims JSON, raw DEFLATE, compact JWS with header
 * {@code {"alg":…,"kid":…,"zip":"DEF"}} signed with the issuer's key, then the numeric QR text. Thread-safe.
 *
 * <pre>{@code
 * CredentialIssuer issuer = CredentialIssuer.builder(signingKey, "https://id.rop.gov.om").build();
 * IssuedCredential credential = issuer.issue(document, Duration.ofDays(365), new StatusReference(123456, statusUri));
 * }</pre>
 */
public final class CredentialIssuer {

    private final SigningKey key;
    private final String iss;
    private final Clock clock;
    private final byte[] encodedHeader;
    private final Duration maxValidity;

    private CredentialIssuer(Builder b) {
        this.key = b.key;
        this.iss = b.iss;
        this.clock = b.clock;
        this.maxValidity = b.maxValidity;
        this.encodedHeader = CompactJws.encodeHeader(CompactJws.Profile.CREDENTIAL.header(key.algorithm(), key.kid()));
    }

    /**
     * {@return a builder for an issuer with its signing key and {@code iss} URI}
     *
     * @param key the issuer's signing key
     * @param iss the issuer URI ({@code https})
     */
    public static Builder builder(SigningKey key, String iss) {
        return new Builder(key, iss);
    }

    /**
     * Issues a credential for a document, valid from now (whole seconds) for {@code validity}. The Arabic surname
     * is the last word of the holder's Arabic name; use {@link #issue(CredentialClaims)} to set it.
     *
     * @param document the document and its holder (see {@link CredentialClaims} for what the format carries)
     * @param validity how long the credential is valid
     * @param status   the status list entry, or null
     * @return the signed credential and its QR text
     * @throws IllegalArgumentException when the document breaks the schema or validity exceeds the maximum
     */
    public IssuedCredential issue(IdentityDocument document, Duration validity, StatusReference status) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return issue(new CredentialClaims(iss, now, now.plus(validity), document, status));
    }

    /**
     * Issues a credential for a document whose Arabic surname is not just the last word of the Arabic name (e.g.
     * {@code آل سعيد}), valid from now (whole seconds) for {@code validity}.
     *
     * @param document      the document and its holder
     * @param arabicSurname the end of the holder's Arabic name that is the surname
     * @param validity      how long the credential is valid
     * @param status        the status list entry, or null
     * @return the signed credential and its QR text
     * @throws IllegalArgumentException when the document breaks the schema, the surname does not end the Arabic
     *                                  name, or validity exceeds the maximum
     */
    public IssuedCredential issue(IdentityDocument document, String arabicSurname, Duration validity,
                                  StatusReference status) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return issue(new CredentialClaims(iss, now, now, now.plus(validity), document, arabicSurname, status));
    }

    /**
     * Issues a credential for complete claims. Names are written in NFC; names with suspicious characters (see
     * {@link io.residentid.qr.internal.NameCharacters}) are refused.
     *
     * @param claims the complete claims
     * @return the signed credential and its QR text
     * @throws IllegalArgumentException when the claims break the schema, name another issuer, or are valid for
     *                                  longer than the maximum validity ({@code exp - iat})
     */
    public IssuedCredential issue(CredentialClaims claims) {
        if (!iss.equals(claims.issuer())) {
            throw new IllegalArgumentException("Claims name another issuer");
        }
        if (Duration.between(claims.issuedAt(), claims.expiresAt()).compareTo(maxValidity) > 0) {
            throw new IllegalArgumentException("Credential validity exceeds " + maxValidity.toDays() + " days");
        }
        claims = ClaimsCodec.normalized(claims);
        byte[] payload = RawDeflate.deflate(ClaimsCodec.encode(claims));
        byte[] jws = CompactJws.assembleAscii(encodedHeader, payload, key::sign);
        return new IssuedCredential(QrText.encode(jws), new String(jws, StandardCharsets.US_ASCII), key.kid(), claims);
    }

    /** {@return the {@code iss} URI} */
    public String issuer() {
        return iss;
    }

    /** Builds a {@link CredentialIssuer}. */
    public static final class Builder {
        private final SigningKey key;
        private final String iss;
        private Clock clock = Clock.systemUTC();
        private Duration maxValidity = TrustedIssuer.DEFAULT_MAX_VALIDITY;

        private Builder(SigningKey key, String iss) {
            this.key = Objects.requireNonNull(key, "key");
            this.iss = Objects.requireNonNull(iss, "iss");
        }

        /**
         * The clock for {@code nbf} (default: system UTC).
         *
         * @param clock the clock to use
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /**
         * The longest validity ({@code exp - iat}) to issue (default 10 years; verifiers enforce their trust list's
         * limit for the issuer).
         *
         * @param max the longest validity
         * @return this builder
         */
        public Builder maxValidity(Duration max) {
            this.maxValidity = Objects.requireNonNull(max);
            return this;
        }

        /**
         * Builds the issuer.
         *
         * @return a new issuer
         */
        public CredentialIssuer build() {
            return new CredentialIssuer(this);
        }
    }
}
