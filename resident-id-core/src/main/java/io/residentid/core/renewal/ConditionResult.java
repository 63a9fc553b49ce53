package io.residentid.core.renewal;

/** The outcome of one eligibility condition. */
public enum ConditionResult {
    /** The facts satisfy the condition, or it does not apply to this resident. */
    PASS,
    /** The facts contradict the condition. */
    FAIL,
    /** A fact the condition needs is missing: never guessed. */
    UNKNOWN;

    /** FAIL if any is FAIL, else UNKNOWN if any is UNKNOWN, else PASS. */
    static ConditionResult combine(ConditionResult a, ConditionResult b) {
        if (a == FAIL || b == FAIL) {
            return FAIL;
        }
        if (a == UNKNOWN || b == UNKNOWN) {
            return UNKNOWN;
        }
        return PASS;
    }
}
