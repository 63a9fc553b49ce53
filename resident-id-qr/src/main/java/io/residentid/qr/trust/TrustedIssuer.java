package io.residentid.qr.trust;

import io.residentid.core.model.IssuingCountry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One issuer of a trust list: its {@code iss} URI, country, display name, validity period and keys (several during
 * a rotation), looked up only by {@code kid}. Immutable.
 */
public final class TrustedIssuer {

    /** The default maximum credential validity ({@code exp - iat}): 10 years (3652 days). */
    public static final java.time.Duration DEFAULT_MAX_VALIDITY = java.time.Duration.ofDays(3652);
    /** The largest maximum validity a trust list may grant, in days (100 years). */
    public static final long MAX_VALIDITY_DAYS_LIMIT = 36525;

    private final String iss;
    private final IssuingCountry country;
    private final String displayName;
    private final Instant validFrom;
    private final Instant validUntil;
    private final Map<String, IssuerKey> keys;
    private final java.time.Duration maxCredentialValidity;

    private TrustedIssuer(Builder b) throws TrustListException {
        this.maxCredentialValidity = b.maxCredentialValidity;
        this.iss = Objects.requireNonNull(b.iss, "iss");
        this.country = Objects.requireNonNull(b.country, "country");
        this.displayName = b.displayName == null ? iss : b.displayName;
        this.validFrom = b.validFrom == null ? Instant.EPOCH : b.validFrom;
        this.validUntil = b.validUntil == null ? Instant.parse("9999-12-31T23:59:59Z") : b.validUntil;
        if (!iss.startsWith("https://") || iss.length() > 256 || !iss.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new TrustListException("Issuer must be an https URI of at most 256 characters");
        }
        if (!validUntil.isAfter(validFrom)) {
            throw new TrustListException("Issuer validity ends before it starts");
        }
        Map<String, IssuerKey> map = new LinkedHashMap<>();
        for (IssuerKey key : b.keys) {
            if (map.put(key.kid(), key) != null) {
                throw new TrustListException("Two keys of one issuer share the kid " + key.kid());
            }
        }
        if (map.isEmpty()) {
            throw new TrustListException("An issuer needs at least one key");
        }
        this.keys = java.util.Collections.unmodifiableMap(map);
    }

    /**
     * {@return a builder for an issuer}
     *
     * @param iss the issuer URI ({@code https})
     * @param country the country the issuer is trusted for
     */
    public static Builder builder(String iss, IssuingCountry country) {
        return new Builder(iss, country);
    }

    /** {@return a builder starting from this issuer (to add a key or change a key's status)} */
    public Builder toBuilder() {
        Builder b = new Builder(iss, country).displayName(displayName).validity(validFrom, validUntil)
                .maxCredentialValidity(maxCredentialValidity);
        b.keys.addAll(keys.values());
        return b;
    }

    /** {@return the {@code iss} URI} */
    public String iss() {
        return iss;
    }

    /** {@return the issuing country} */
    public IssuingCountry country() {
        return country;
    }

    /** {@return a display name} */
    public String displayName() {
        return displayName;
    }

    /**
     * Start of validity.
     *
     * @return the start of the issuer's validity
     */
    public Instant validFrom() {
        return validFrom;
    }

    /**
     * End of validity.
     *
     * @return the end of the issuer's validity
     */
    public Instant validUntil() {
        return validUntil;
    }

    /** {@return the longest credential validity ({@code exp - iat}) this issuer may grant} */
    public java.time.Duration maxCredentialValidity() {
        return maxCredentialValidity;
    }

    /**
     * {@return whether the issuer is trusted at an instant}
     *
     * @param at the verification time
     */
    public boolean validAt(Instant at) {
        return !at.isBefore(validFrom) && at.isBefore(validUntil);
    }

    /**
     * {@return the key with this {@code kid}}
     *
     * @param kid the key id
     */
    public Optional<IssuerKey> key(String kid) {
        return Optional.ofNullable(keys.get(kid));
    }

    /** {@return all keys, in list order} */
    public List<IssuerKey> keys() {
        return List.copyOf(keys.values());
    }

    @Override
    public String toString() {
        return "TrustedIssuer[" + io.residentid.qr.internal.LogSafe.value(iss) + ", " + country.alpha2() + ", keys=" + keys.keySet() + "]";
    }

    /** Builds a {@link TrustedIssuer}. */
    public static final class Builder {
        private final String iss;
        private final IssuingCountry country;
        private String displayName;
        private Instant validFrom;
        private Instant validUntil;
        private final List<IssuerKey> keys = new ArrayList<>();
        private java.time.Duration maxCredentialValidity = DEFAULT_MAX_VALIDITY;

        private Builder(String iss, IssuingCountry country) {
            this.iss = iss;
            this.country = country;
        }

        /**
         * The display name (default: the URI).
         *
         * @param name the name shown to people
         * @return this builder
         */
        public Builder displayName(String name) {
            this.displayName = name;
            return this;
        }

        /**
         * The validity period (default: unbounded).
         *
         * @param from start of validity
         * @param until end of validity
         * @return this builder
         */
        public Builder validity(Instant from, Instant until) {
            this.validFrom = from;
            this.validUntil = until;
            return this;
        }

        /**
         * The longest credential validity ({@code exp - iat}) to accept from this issuer (default 10 years).
         *
         * @param max the longest validity
         * @return this builder
         * @throws IllegalArgumentException when not between one day and 100 years
         */
        public Builder maxCredentialValidity(java.time.Duration max) {
            if (max == null || max.compareTo(java.time.Duration.ofDays(1)) < 0
                    || max.compareTo(java.time.Duration.ofDays(MAX_VALIDITY_DAYS_LIMIT)) > 0) {
                throw new IllegalArgumentException("Maximum validity must be between 1 day and 100 years");
            }
            this.maxCredentialValidity = max;
            return this;
        }

        /**
         * Adds a key, or replaces the key with the same {@code kid} (to change its status).
         *
         * @param key the key to add or replace
         * @return this builder
         */
        public Builder key(IssuerKey key) {
            keys.removeIf(k -> k.kid().equals(key.kid()));
            keys.add(key);
            return this;
        }

        /**
         * Rotates keys: the new key becomes active, every other active key is retired at {@code at}.
         *
         * @param newKey the key that becomes active
         * @param at the verification time
         * @return this builder
         */
        public Builder rotate(IssuerKey newKey, Instant at) throws TrustListException {
            List<IssuerKey> updated = new ArrayList<>();
            for (IssuerKey k : keys) {
                updated.add(k.status() == KeyStatus.ACTIVE && !k.kid().equals(newKey.kid()) ? k.withStatus(KeyStatus.RETIRED, at) : k);
            }
            keys.clear();
            keys.addAll(updated);
            return key(newKey);
        }

        /**
         * Builds the issuer.
         *
         * @return a new issuer
         */
        public TrustedIssuer build() throws TrustListException {
            return new TrustedIssuer(this);
        }
    }
}
