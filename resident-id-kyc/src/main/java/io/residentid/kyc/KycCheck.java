package io.residentid.kyc;

/**
 * One small check with one job (web-eid style): it reads the context, may record what it established, and returns
 * its outcome. Checks never throw on bad evidence: malformed input becomes a coded finding.
 */
interface KycCheck {

    /** The stable id shown in reports, e.g. {@code document-authenticity}. */
    String id();

    /** Runs the check. */
    CheckOutcome run(KycContext context);
}
