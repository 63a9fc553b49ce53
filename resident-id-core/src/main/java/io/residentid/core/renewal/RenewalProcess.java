package io.residentid.core.renewal;

/** The processes a rule may apply to. */
public enum RenewalProcess {
    /** First issuance. */
    NEW,
    /** Renewal of an expiring or expired card. */
    RENEWAL,
    /** Replacement of a lost card. */
    LOST,
    /** Replacement of a damaged card. */
    DAMAGED
}
