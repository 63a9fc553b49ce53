package io.residentid.pcsc.icao;

/** Outcome of one chip verification (passive, active or chip authentication). */
public enum VerificationStatus {
    /** Verified. */
    PASSED,
    /** Checked and failed. */
    FAILED,
    /** Could not be decided (e.g. no trusted CSCA configured). */
    INDETERMINATE,
    /** The chip does not offer it (no DG15 / DG14) or the SDK does not support its algorithm. */
    NOT_SUPPORTED,
    /** Checked and passed, but not counted because passive authentication did not pass. */
    NOT_COUNTED
}
