package io.residentid.core.renewal;

/** Where a card stands on the assessment date. */
public enum RenewalStatus {
    /** Valid and the renewal window is not open yet. */
    VALID,
    /** Valid and the renewal window is open. */
    RENEWAL_OPEN,
    /** Valid but inside the recommended lead time before expiry: renew now. */
    DUE,
    /** Expired, no fine accrues yet (grace period or legal deadline not passed). */
    GRACE,
    /** Expired and past the grace period: late fines accrue (or, without a fine rule, the deadline has passed). */
    OVERDUE
}
