package io.residentid.qr.verify;

import io.residentid.core.model.IdentityDocument;
import io.residentid.core.report.Finding;
import io.residentid.core.report.Report;
import io.residentid.core.report.Severity;
import io.residentid.core.report.Verdict;
import io.residentid.qr.internal.LogSafe;
import io.residentid.qr.format.CredentialClaims;
import io.residentid.qr.format.FailureCode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The outcome of verifying one QR text: a {@link Verdict}, the failure (the pipeline stops at the first) and
 * warnings as coded {@link Finding}s, and what was learned on the way. Claims are only present when the credential
 * is valid (a revoked or otherwise invalid credential does not expose them). Immutable; {@link #toString()} masks
 * personal data.
 */
public final class VerificationReport implements Report {

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

    /** {@return whether no finding is an error} */
    public boolean valid() {
        return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
    }

    /**
     * {@link Verdict#VALID} without errors; {@link Verdict#INDETERMINATE} when the only error is that revocation
     * could not be checked ({@code STATUS_UNAVAILABLE}); otherwise {@link Verdict#INVALID}.
     */
    @Override
    public Verdict verdict() {
        List<Finding> failures = failures();
        if (failures.isEmpty()) {
            return Verdict.VALID;
        }
        return failures.stream().allMatch(f -> f.code().equals(FailureCode.STATUS_UNAVAILABLE.code()))
                ? Verdict.INDETERMINATE : Verdict.INVALID;
    }

    /** Every finding: errors (at most one, fail-fast) and warnings. */
    @Override
    public List<Finding> findings() {
        return findings;
    }

    /** {@return the error findings} */
    public List<Finding> failures() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).collect(Collectors.toList());
    }

    /** {@return the codes of the error findings} */
    public List<String> failureCodes() {
        return failures().stream().map(Finding::code).collect(Collectors.toList());
    }

    /** {@return the issuer named by the credential, once read (not yet trusted unless {@link #valid()})} */
    public Optional<String> issuer() {
        return Optional.ofNullable(issuer);
    }

    /** {@return the {@code kid} from the header, once read} */
    public Optional<String> kid() {
        return Optional.ofNullable(kid);
    }

    /** {@return the claims, present only when the credential is valid} */
    public Optional<CredentialClaims> claims() {
        return Optional.ofNullable(claims);
    }

    /**
     * {@return the verified document and its holder, the same model the card and mdoc readers return; present only
     * when the credential is valid}
     */
    public Optional<IdentityDocument> document() {
        return claims == null ? Optional.empty() : Optional.of(claims.document());
    }

    /** {@return the QR version of the two-segment symbol for the text (at the level scanned, else M); 0 if unknown} */
    public int qrVersion() {
        return qrVersion;
    }

    @Override
    public String toString() {
        return "VerificationReport[valid=" + valid() + ", findings=" + findings.stream().map(Finding::code).collect(Collectors.toList())
                + ", issuer=" + LogSafe.value(issuer) + ", kid=" + LogSafe.value(kid) + ", document=" + (claims == null ? "none" : claims.document())
                + ", qrVersion=" + qrVersion + "]";
    }
}
