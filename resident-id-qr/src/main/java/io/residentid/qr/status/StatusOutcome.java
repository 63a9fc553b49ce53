package io.residentid.qr.status;

/**
 * The result of a status check.
 *
 * @param result what the list says, or why it could not say
 * @param detail an English detail for logs (no personal data)
 */
public record StatusOutcome(Result result, String detail) {

    /** What a status check concluded. */
    public enum Result {
        /** The list is fresh and the entry is 0 (valid). */
        VALID,
        /** The entry is non-zero: invalid (revoked) or suspended. */
        REVOKED,
        /** No usable list (missing, unverifiable, index outside, or stale under the hard-fail policy). */
        UNAVAILABLE,
        /** The list is stale; the soft-fail policy accepted its (valid) entry. */
        STALE_ACCEPTED,
        /**
         * No trustworthy list (e.g. signed by a key that was not active when it was issued, or is revoked now), and
         * the soft-fail policy lets the credential through with a {@code STATUS_UNAVAILABLE} warning.
         */
        UNAVAILABLE_ACCEPTED
    }
}
