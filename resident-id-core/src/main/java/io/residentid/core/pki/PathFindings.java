package io.residentid.core.pki;

import io.residentid.core.report.Finding;
import io.residentid.core.report.Severity;
import io.residentid.core.report.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * The findings of one candidate path, shared by the path-level checks and the revocation checks so that both add to
 * one ordered list and one verdict.
 */
final class PathFindings {

    private final List<Finding> findings = new ArrayList<>();
    private boolean errors;
    private boolean indeterminate;

    void error(PathCode code, CertificateInfo cert, Object detail) {
        errors = true;
        findings.add(detail == null ? code.finding(Severity.ERROR, cert.subjectText())
                : code.finding(Severity.ERROR, cert.subjectText(), detail));
    }

    void warning(PathCode code, CertificateInfo cert, Object detail) {
        findings.add(detail == null ? code.finding(Severity.WARNING, cert.subjectText())
                : code.finding(Severity.WARNING, cert.subjectText(), detail));
    }

    /** An error that leaves the result open (e.g. revocation unknown under a hard-fail policy) rather than invalid. */
    void indeterminate(PathCode code, CertificateInfo cert) {
        indeterminate = true;
        findings.add(code.finding(Severity.ERROR, cert.subjectText()));
    }

    boolean hasErrors() {
        return errors;
    }

    Verdict verdict() {
        return errors ? Verdict.INVALID : indeterminate ? Verdict.INDETERMINATE : Verdict.VALID;
    }

    List<Finding> list() {
        return findings;
    }
}
