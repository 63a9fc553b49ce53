package io.residentid.qr.seal;

import io.residentid.core.pki.ValidationReport;
import io.residentid.core.report.Finding;
import io.residentid.core.report.Report;
import io.residentid.core.report.Verdict;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * The outcome of verifying a seal: the verdict, the signature outcome, the signer certificate that verified it, the
 * chain reports (at the signature date and at the verification time) and coded findings ({@link SealCode} and the
 * path validator's codes).
 *
 * @param seal             the verified seal
 * @param verdict          VALID only when the signature verifies and the signer chains to a trusted CSCA
 * @param signature        the signature outcome
 * @param signer           the certificate whose key verified the signature
 * @param signerNamed      whether the seal's header (or embedded certificate) names that certificate
 * @param chainAtSigning   the chain validated at the signature creation date, when checked
 * @param chainAtTime      the chain validated at the verification time, when checked
 * @param findings         every observation, in the order of the checks
 */
public record SealReport(Seal seal, Verdict verdict, SignatureStatus signature,
                         Optional<X509CertificateHolder> signer, boolean signerNamed,
                         Optional<ValidationReport> chainAtSigning, Optional<ValidationReport> chainAtTime,
                         List<Finding> findings) implements Report {

    /**
     * Checks and copies the fields.
     *
     * @param seal the verified seal
     * @param verdict VALID only when the signature verifies and the signer chains to a trusted CSCA
     * @param signature the signature outcome
     * @param signer the certificate whose key verified the signature
     * @param signerNamed whether the seal's header (or embedded certificate) names that certificate
     * @param chainAtSigning the chain validated at the signature creation date, when checked
     * @param chainAtTime the chain validated at the verification time, when checked
     * @param findings every observation, in the order of the checks
     */
    public SealReport {
        Objects.requireNonNull(seal, "seal");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(signature, "signature");
        findings = List.copyOf(findings);
    }

    /** Prints the outcome, never the seal's content. */
    @Override
    public String toString() {
        return "SealReport[" + verdict + ", signature " + signature + ", " + findings.size() + " findings]";
    }
}
