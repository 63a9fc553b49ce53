package io.residentid.mdoc.vical;

import io.residentid.core.report.Finding;
import io.residentid.core.report.Report;
import io.residentid.core.report.Verdict;
import java.util.List;
import java.util.Optional;

/**
 * The verification of a VICAL.
 *
 * @param verdict  the outcome
 * @param findings the coded findings
 * @param vical    the list, present only when the signature verified and its signer chained to a trusted anchor
 */
public record VicalReport(Verdict verdict, List<Finding> findings, Optional<Vical> vical) implements Report {
    /**
     * Copies the list.
     *
     * @param verdict the overall verdict
     * @param findings the coded findings
     * @param vical the VICAL
     */
    public VicalReport {
        findings = List.copyOf(findings);
    }
}
