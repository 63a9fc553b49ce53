package io.residentid.kyc;

import io.residentid.core.report.Finding;

import java.util.List;

/**
 * One small check with one job (web-eid style): it reads the context, may record what it established, and returns
 * its outcome. Checks never throw on bad evidence: malformed input becomes a coded finding.
 */
abstract class KycCheck {

    private final String id;

    /** A check shown in reports as {@code id}. */
    KycCheck(String id) {
        this.id = id;
    }

    /** The stable id shown in reports, e.g. {@code document-authenticity}. */
    public final String id() {
        return id;
    }

    /** Runs the check. */
    public abstract CheckOutcome run(KycContext context);

    /** This check's outcome, its status following from the findings (FAIL with an error, WARN with a warning). */
    final CheckOutcome outcome(List<Finding> findings) {
        return CheckOutcome.of(id, findings);
    }

    /** This check did not run, with the finding that says why. */
    final CheckOutcome notRun(Finding why) {
        return CheckOutcome.notRun(id, why);
    }
}
