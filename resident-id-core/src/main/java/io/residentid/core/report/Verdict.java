package io.residentid.core.report;

/**
 * The one outcome of every verification in the SDK: a chain, a chip, a QR credential, a seal, an mdoc. Findings say
 * why; the verdict says what to do.
 */
public enum Verdict {
    /** Every check that decides the outcome passed (warnings allowed). */
    VALID,
    /** A check failed: do not accept. */
    INVALID,
    /**
     * Nothing failed, but the outcome could not be established (no trust anchor, revocation unknown, signer
     * certificate unavailable, a limit reached). Never to be read as valid, nor as forged.
     */
    INDETERMINATE;

    /** {@return whether this verdict accepts the subject} */
    public boolean isValid() {
        return this == VALID;
    }

    /**
     * {@return the worse of two verdicts: INVALID over INDETERMINATE over VALID}
     *
     * @param other the other verdict
     */
    public Verdict and(Verdict other) {
        return this.ordinal() >= other.ordinal() ? this : other;
    }
}
