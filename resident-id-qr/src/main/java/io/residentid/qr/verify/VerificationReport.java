package io.residentid.qr.verify;

import io.residentid.core.report.Finding;
import io.residentid.core.report.Severity;
import io.residentid.qr.format.CredentialClaims;
import io.residentid.qr.format.FailureCode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The outcome of verifying one QR text: valid or not, the failure (the pipeline stops at the first) and warnings
 * as coded {@link Finding}s, and what was learned on the way. Claims are only present once the signature has
 * verified. Immutable; {@link #toString()} masks personal data.
 */
public final class VerificationReport {

    private final List<Finding> findings;
    private final String issuer;
    private final String kid;
    private final CredentialClaims claims;
    private final int qrVersion;

    VerificationReport(List<Finding> findings, String issuer, String kid, CredentialClaims claims, int qrVersion) {
        this.findings = List.copyOf(findings);
        this.issuer = issuer;
        this.kid = kid;
        this.claims = claims;
        this.qrVersion = qrVersion;
    }

    /** Whether no finding is an error. */
    public boolean valid() {
        return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
    }

    /** Every finding: errors (at most one, fail-fast) and warnings. */
    public List<Finding> findings() {
        return findings;
    }

    /** The error findings. */
    public List<Finding> failures() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).collect(Collectors.toList());
    }

    /** The codes of the error findings. */
    public List<String> failureCodes() {
        return failures().stream().map(Finding::code).collect(Collectors.toList());
    }

    /** Whether a finding (error or warning) has this code. */
    public boolean has(FailureCode code) {
        return findings.stream().anyMatch(f -> f.code().equals(code.name()));
    }

    /** The issuer named by the credential, once read (not yet trusted unless {@link #valid()}). */
    public Optional<String> issuer() {
        return Optional.ofNullable(issuer);
    }

    /** The {@code kid} from the header, once read. */
    public Optional<String> kid() {
        return Optional.ofNullable(kid);
    }

    /** The claims, present once the signature has verified and the schema holds. */
    public Optional<CredentialClaims> claims() {
        return Optional.ofNullable(claims);
    }

    /** The QR version of the two-segment symbol for the text (at the level scanned, else M); 0 if unknown. */
    public int qrVersion() {
        return qrVersion;
    }

    @Override
    public String toString() {
        return "VerificationReport[valid=" + valid() + ", findings=" + findings.stream().map(Finding::code).collect(Collectors.toList())
                + ", issuer=" + issuer + ", kid=" + kid + ", rid=" + (claims == null ? "none" : claims.rid())
                + ", qrVersion=" + qrVersion + "]";
    }
}
