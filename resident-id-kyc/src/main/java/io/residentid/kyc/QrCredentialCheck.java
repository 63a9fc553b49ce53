package io.residentid.kyc;

import io.residentid.core.report.Finding;
import io.residentid.qr.verify.CredentialVerifier;
import io.residentid.qr.verify.VerificationReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The QR credential, verified with the QR module's {@link CredentialVerifier} against the configured trust list;
 * its claims take part in the consistency check only once it verified.
 */
final class QrCredentialCheck extends KycCheck {

    QrCredentialCheck() {
        super("qr-credential");
    }

    @Override
    public CheckOutcome run(KycContext c) {
        if (c.evidence.qrText().isEmpty()) {
            return notRun(KycCode.QR_ABSENT.finding());
        }
        Optional<CredentialVerifier> verifier = c.verifier.qrVerifier();
        if (verifier.isEmpty()) {
            return notRun(KycCode.QR_TRUST_MISSING.finding());
        }
        VerificationReport report;
        try {
            report = verifier.get().verify(c.evidence.qrText().get(), c.now);
        } catch (RuntimeException e) {
            return outcome(List.of(KycCode.QR_INVALID.finding("unreadable")));
        }
        c.qrReport = report;
        List<Finding> findings = new ArrayList<>();
        if (report.valid()) {
            String issuer = report.issuer().map(KycJson::safe).orElse("?");
            findings.add(KycCode.QR_VERIFIED.finding(issuer));
            c.trust.qrTrustList().flatMap(t -> report.issuer().flatMap(t::issuer)).ifPresent(i ->
                    report.kid().flatMap(i::key).ifPresent(k -> c.anchorsUsed.add(new TrustAnchor(
                            "iss=" + i.iss() + ", kid=" + k.kid(), i.country().alpha2(),
                            thumbprint(k), "qr-trust-list", i.validFrom(), i.validUntil()))));
        } else {
            findings.add(KycCode.QR_INVALID.finding(String.join(", ", report.failureCodes())));
        }
        findings.addAll(report.findings());
        return outcome(findings);
    }

    private static String thumbprint(io.residentid.qr.trust.IssuerKey key) {
        return java.util.HexFormat.of().formatHex(key.publicJwk().thumbprint().toByteArray());
    }
}
