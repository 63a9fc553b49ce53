package io.residentid.kyc;

import io.residentid.core.report.Verdict;

/** The KYC decision the policy reaches. */
public enum KycDecision {
    /** Every deciding check passed: onboard. */
    PASS,
    /** Nothing proves fraud, but a person must look (expired card, partial name match, …). */
    REVIEW,
    /** A check failed in a way the policy does not accept: do not onboard. */
    FAIL;

    /** {@return the SDK-wide verdict: PASS is VALID, FAIL is INVALID, REVIEW is INDETERMINATE} */
    public Verdict verdict() {
        return switch (this) {
            case PASS -> Verdict.VALID;
            case FAIL -> Verdict.INVALID;
            case REVIEW -> Verdict.INDETERMINATE;
        };
    }
}
