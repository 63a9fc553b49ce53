package io.residentid.core.pki;

import io.residentid.core.report.Finding;
import io.residentid.core.report.Severity;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * The outcome of a certificate path validation: a verdict, the chain that was used (target first, trust anchor
 * last; empty when no chain reached an anchor) and coded findings (see {@link PathCodes}).
 *
 * @param status   the verdict
 * @param chain    the certificates of the evaluated path, target first
 * @param findings every observation, errors and warnings
 */
public record ValidationReport(Status status, List<X509CertificateHolder> chain, List<Finding> findings) {

    /** The verdict of a validation. */
    public enum Status {
        /** A path to a trust anchor was found and every check passed (warnings allowed). */
        VALID,
        /** A check failed. */
        INVALID,
        /** Nothing failed, but the result could not be established (revocation unknown, limits reached). */
        INDETERMINATE
    }

    public ValidationReport {
        Objects.requireNonNull(status, "status");
        chain = List.copyOf(chain);
        findings = List.copyOf(findings);
    }

    /** Whether the status is {@link Status#VALID}. */
    public boolean isValid() {
        return status == Status.VALID;
    }

    /** Whether some finding has this code. */
    public boolean has(String code) {
        return findings.stream().anyMatch(f -> f.code().equals(code));
    }

    /** The findings of severity ERROR. */
    public List<Finding> errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    /** The certificate a finding is about (its subject DN), or empty text for path-level findings. */
    public static String certificateOf(Finding finding) {
        return finding.arguments().isEmpty() ? "" : String.valueOf(finding.arguments().get(0));
    }
}
