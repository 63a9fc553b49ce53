package io.residentid.kyc;

import io.residentid.core.model.IdentityDocument;
import io.residentid.core.mrz.Mrz;
import io.residentid.core.report.Finding;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Document validity: expired, or expiring within the policy's warning window (chip MRZ first, then OCR, then QR). */
final class ValidityCheck extends KycCheck {

    ValidityCheck() {
        super("document-validity");
    }

    @Override
    public CheckOutcome run(KycContext c) {
        Optional<LocalDate> expiry = c.dg1().map(Mrz::dateOfExpiry)
                .or(() -> c.ocrMrz().map(Mrz::dateOfExpiry))
                .or(() -> c.qrDocument().map(IdentityDocument::dateOfExpiry));
        if (expiry.isEmpty()) {
            return notRun(KycCode.EXPIRY_UNKNOWN.finding());
        }
        List<Finding> findings = new ArrayList<>();
        LocalDate e = expiry.get();
        long days = ChronoUnit.DAYS.between(c.today, e);
        if (e.isBefore(c.today)) {
            findings.add(KycCode.DOCUMENT_EXPIRED.finding(e.toString()));
        } else if (days <= c.policy.expiryWarningDays()) {
            findings.add(KycCode.DOCUMENT_EXPIRES_SOON.finding(e.toString(), days));
        } else {
            findings.add(KycCode.DOCUMENT_VALID_UNTIL.finding(e.toString()));
        }
        return outcome(findings);
    }
}
