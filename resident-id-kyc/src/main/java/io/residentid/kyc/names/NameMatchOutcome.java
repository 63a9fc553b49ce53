package io.residentid.kyc.names;

/** The answer of a name comparison. */
public enum NameMatchOutcome {
    /** The names are the same person's name, as far as spelling can tell. */
    MATCH,
    /** Close but not certain: a person should review. */
    PARTIAL,
    /** Different names. */
    NO_MATCH
}
