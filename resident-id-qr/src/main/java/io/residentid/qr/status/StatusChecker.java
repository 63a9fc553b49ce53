package io.residentid.qr.status;

import io.residentid.qr.format.StatusReference;
import io.residentid.qr.trust.TrustedIssuer;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a credential's status list entry against a cached, verified status list token from a
 * {@link StatusListProvider}. A token is refetched once its cache time (its {@code ttl}, else
 * {@link Builder#defaultCacheTime}) has passed; a token that is stale at the verification time (past {@code exp}
 * or {@code iat + ttl}) is refused ({@link StalePolicy#HARD}) or used with a warning ({@link StalePolicy#SOFT}).
 * A token signed by a key that was not active at the token's {@code iat}, or is revoked at the verification time,
 * is never used: {@code UNAVAILABLE} (hard) or {@code UNAVAILABLE_ACCEPTED} (soft, a warning).
 * Thread-safe.
 */
public final class StatusChecker {

    /** What to do with a stale or untrustworthy list, and with a credential that has no status reference. */
    public enum StalePolicy {
        /** Refuse: {@code STATUS_UNAVAILABLE}; a credential without {@code status} fails with {@code STATUS_REFERENCE_MISSING}. */
        HARD,
        /** Use it, with a {@code STATUS_STALE} (or {@code STATUS_UNAVAILABLE}) warning; a missing reference is a warning. */
        SOFT
    }

    private record Cached(String issuer, StatusListToken token, Instant fetchedAt) {
    }

    private final StatusListProvider provider;
    private final StalePolicy policy;
    private final Duration defaultCacheTime;
    private final int maxListBytes;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private StatusChecker(Builder b) {
        this.provider = b.provider;
        this.policy = b.policy;
        this.defaultCacheTime = b.defaultCacheTime;
        this.maxListBytes = b.maxListBytes;
        this.clock = b.clock;
    }

    /**
     * {@return a builder around a provider}
     *
     * @param provider where signed list tokens come from
     */
    public static Builder builder(StatusListProvider provider) {
        return new Builder(provider);
    }

    /** {@return the stale-list policy} */
    public StalePolicy policy() {
        return policy;
    }

    /**
     * Checks an entry at a verification time.
     *
     * @param issuer the credential's (already verified) issuer, whose keys sign its status lists
     * @param reference the credential's status list entry
     * @param at the verification time
     * @return the outcome: valid, revoked, suspended or unavailable, with a detail
     */
    public StatusOutcome check(StatusReference reference, TrustedIssuer issuer, Instant at) {
        StatusListToken token;
        try {
            Optional<StatusListToken> found = token(reference.uri(), issuer);
            if (found.isEmpty()) {
                return new StatusOutcome(StatusOutcome.Result.UNAVAILABLE, "No status list for the URI");
            }
            token = found.get();
        } catch (StatusListException | IOException e) {
            return new StatusOutcome(StatusOutcome.Result.UNAVAILABLE, e.getMessage());
        }
        if (!token.signingKey().acceptsCredential(token.issuedAt(), at)) {
            // A revoked (compromised) or retired key could sign an all-valid list that un-revokes credentials.
            String detail = "Status list signed by a key that was not active at its iat or is revoked";
            return policy == StalePolicy.HARD
                    ? new StatusOutcome(StatusOutcome.Result.UNAVAILABLE, detail)
                    : new StatusOutcome(StatusOutcome.Result.UNAVAILABLE_ACCEPTED, detail);
        }
        if (reference.index() >= token.list().size()) {
            return new StatusOutcome(StatusOutcome.Result.UNAVAILABLE, "Index outside the status list");
        }
        int value = token.list().get(reference.index());
        if (value != StatusList.VALID) {
            // A revocation is trusted even from a stale list: it never turns back to valid in this format.
            return new StatusOutcome(StatusOutcome.Result.REVOKED, value == StatusList.SUSPENDED ? "suspended" : "invalid");
        }
        if (token.staleAt(at) || at.isBefore(token.issuedAt().minusSeconds(300))) {
            return policy == StalePolicy.HARD
                    ? new StatusOutcome(StatusOutcome.Result.UNAVAILABLE, "Status list is stale")
                    : new StatusOutcome(StatusOutcome.Result.STALE_ACCEPTED, "Status list is stale");
        }
        return new StatusOutcome(StatusOutcome.Result.VALID, "valid");
    }

    private Optional<StatusListToken> token(String uri, TrustedIssuer issuer) throws StatusListException, IOException {
        Instant now = clock.instant();
        Cached cached = cache.get(uri);
        if (cached != null && cached.issuer().equals(issuer.iss())
                && now.isBefore(cached.fetchedAt().plus(cached.token().ttl().orElse(defaultCacheTime)))) {
            return Optional.of(cached.token());
        }
        Optional<String> raw = provider.fetch(uri);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        StatusListToken token = StatusListToken.parse(raw.get(), issuer, maxListBytes);
        if (!token.uri().equals(uri)) {
            throw new StatusListException("Status list sub does not match the credential's URI");
        }
        cache.put(uri, new Cached(issuer.iss(), token, now));
        return Optional.of(token);
    }

    /** Builds a {@link StatusChecker}. */
    public static final class Builder {
        private final StatusListProvider provider;
        private StalePolicy policy = StalePolicy.HARD;
        private Duration defaultCacheTime = Duration.ofMinutes(5);
        private int maxListBytes = StatusList.MAX_BYTES;
        private Clock clock = Clock.systemUTC();

        private Builder(StatusListProvider provider) {
            this.provider = Objects.requireNonNull(provider, "provider");
        }

        /**
         * The stale-list policy (default HARD).
         *
         * @param policy what to do with a stale list
         * @return this builder
         */
        public Builder stalePolicy(StalePolicy policy) {
            this.policy = Objects.requireNonNull(policy);
            return this;
        }

        /**
         * How long to cache a token without {@code ttl} (default 5 minutes).
         *
         * @param time the verification time
         * @return this builder
         */
        public Builder defaultCacheTime(Duration time) {
            this.defaultCacheTime = Objects.requireNonNull(time);
            return this;
        }

        /**
         * Cap on a decompressed list (default 16 MiB).
         *
         * @param bytes the largest decompressed list in bytes
         * @return this builder
         */
        public Builder maxListBytes(int bytes) {
            this.maxListBytes = bytes;
            return this;
        }

        /**
         * The clock for cache expiry (default system UTC).
         *
         * @param clock the clock to use
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /**
         * Builds the checker.
         *
         * @return a new checker
         */
        public StatusChecker build() {
            return new StatusChecker(this);
        }
    }
}
