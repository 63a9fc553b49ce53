package io.residentid.kyc;

import io.residentid.core.report.Finding;

import java.util.ArrayList;
import java.util.List;

/**
 * The evidence as a whole: files in the chip-evidence directory that the manifest does not list (the manifest's
 * own hashes were already checked when it was loaded), and the OCR MRZ's structure and check digits.
 */
final class EvidenceIntegrityCheck extends KycCheck {

    static final String ID = "evidence-integrity";

    EvidenceIntegrityCheck() {
        super(ID);
    }

    @Override
    public CheckOutcome run(KycContext c) {
        List<Finding> findings = new ArrayList<>();
        c.evidence.chip().ifPresent(chip -> chip.unlistedFiles()
                .forEach(name -> findings.add(KycCode.EVIDENCE_UNLISTED_FILE.finding(name))));
        if (c.evidence.ocrMrz().isPresent()) {
            if (c.ocrMrz().isEmpty()) {
                findings.add(KycCode.MRZ_OCR_MALFORMED.finding());
            } else if (!c.ocrMrz().get().valid()) {
                findings.add(KycCode.MRZ_OCR_INVALID.finding());
            }
        }
        return outcome(findings);
    }
}
