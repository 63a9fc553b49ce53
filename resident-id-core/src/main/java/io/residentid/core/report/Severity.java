package io.residentid.core.report;

/** How much a finding matters to the verdict. */
public enum Severity {
    /** The check failed: the subject is invalid. */
    ERROR,
    /** Accepted, but a person should know (weak algorithm on an old document, format-only check). */
    WARNING,
    /** A fact worth reporting that does not affect the verdict. */
    INFO
}
