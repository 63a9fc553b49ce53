package io.residentid.kyc;

import io.residentid.core.report.Finding;
import io.residentid.core.report.Severity;

import java.util.List;
import java.util.Objects;

/**
 * One check's outcome: its id (e.g. {@code document-authenticity}), result and coded findings. A check that did not
 * run carries a finding that says why.
 *
 * @param check    the check id
 * @param status   PASS, FAIL, WARN or NOT_RUN
 * @param findings coded findings, in order
 */
public record CheckOutcome(String check, CheckStatus status, List<Finding> findings) {

    /**
     * Checks presence and copies.
     *
     * @param check the id of the check
     * @param status the status code
     * @param findings the coded findings
     */
    public CheckOutcome {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(status, "status");
        findings = List.copyOf(findings);
    }

    /** An outcome whose status follows from the findings: FAIL with an error, WARN with a warning, else PASS. */
    static CheckOutcome of(String check, List<Finding> findings) {
        CheckStatus s = CheckStatus.PASS;
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR) {
                s = CheckStatus.FAIL;
                break;
            }
            if (f.severity() == Severity.WARNING) {
                s = CheckStatus.WARN;
            }
        }
        return new CheckOutcome(check, s, findings);
    }

    /** A check that did not run, with the finding that says why. */
    static CheckOutcome notRun(String check, Finding why) {
        return new CheckOutcome(check, CheckStatus.NOT_RUN, List.of(why));
    }
}
