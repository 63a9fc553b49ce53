package io.residentid.kyc;

/** The result of one check. */
public enum CheckStatus {
    /** Passed. */
    PASS,
    /** Failed: at least one error finding. */
    FAIL,
    /** Passed with warnings. */
    WARN,
    /** Did not run; a finding says why. */
    NOT_RUN
}
