package io.residentid.qr.trust;

import java.time.Clock;
import java.util.Objects;

/**
 * Reads successive signed trust lists from one pinned signer, refusing to go back: once a list with
 * {@code sequence} N has been accepted, a list with a lower sequence (a rollback to a list that still trusted a
 * since-revoked key) is refused, as is any list past its {@code exp}. Persist {@link #highestSequence()} and pass it
 * to the builder to keep the protection across restarts. Thread-safe.
 *
 * <pre>{@code
 * SignedTrustListReader reader = SignedTrustListReader.builder(pinnedSigner).minimumSequence(saved).build();
 * TrustList list = reader.read(jwsFromTheServer);
 * }</pre>
 */
public final class SignedTrustListReader {

    private final IssuerKey pinnedSigner;
    private final Clock clock;
    private long highestSequence;

    private SignedTrustListReader(Builder b) {
        this.pinnedSigner = b.pinnedSigner;
        this.clock = b.clock;
        this.highestSequence = b.minimumSequence;
    }

    /**
     * {@return a builder around the pinned trust-list signer key}
     *
     * @param pinnedSigner the one key allowed to sign the list
     */
    public static Builder builder(IssuerKey pinnedSigner) {
        return new Builder(pinnedSigner);
    }

    /**
     * Verifies and parses a signed trust list, then remembers its sequence.
     *
     * @param jws the compact JWS
     * @return the verified trust list
     * @throws TrustListException when it is malformed, not signed by the pinned key, expired, or older than a list
     *                            already accepted
     */
    public synchronized TrustList read(String jws) throws TrustListException {
        TrustList list = TrustList.parseSigned(jws, pinnedSigner, clock.instant(), highestSequence);
        highestSequence = Math.max(highestSequence, list.sequence().orElseThrow());
        return list;
    }

    /** {@return the highest sequence accepted so far (or the configured minimum)} */
    public synchronized long highestSequence() {
        return highestSequence;
    }

    /** Builds a {@link SignedTrustListReader}. */
    public static final class Builder {
        private final IssuerKey pinnedSigner;
        private Clock clock = Clock.systemUTC();
        private long minimumSequence;

        private Builder(IssuerKey pinnedSigner) {
            this.pinnedSigner = Objects.requireNonNull(pinnedSigner, "pinnedSigner");
        }

        /**
         * The lowest sequence to accept (the highest one seen before a restart; default 0).
         *
         * @param sequence the lowest sequence number accepted
         * @return this builder
         */
        public Builder minimumSequence(long sequence) {
            if (sequence < 0) {
                throw new IllegalArgumentException("sequence must be >= 0");
            }
            this.minimumSequence = sequence;
            return this;
        }

        /**
         * The clock for expiry (default system UTC).
         *
         * @param clock the clock to use
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /**
         * Builds the reader.
         *
         * @return a new reader
         */
        public SignedTrustListReader build() {
            return new SignedTrustListReader(this);
        }
    }
}
