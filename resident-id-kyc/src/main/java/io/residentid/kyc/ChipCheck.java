package io.residentid.kyc;

import io.residentid.core.report.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A check of the chip evidence (authenticity, genuineness, access control, face): without chip evidence it does not
 * run; otherwise its findings decide the outcome (FAIL with an error, WARN with a warning, else PASS).
 */
abstract class ChipCheck extends KycCheck {

    ChipCheck(String id) {
        super(id);
    }

    @Override
    public final CheckOutcome run(KycContext c) {
        if (c.evidence.chip().isEmpty()) {
            return notRun(KycCode.CHIP_EVIDENCE_ABSENT.finding());
        }
        Optional<Finding> notRun = prerequisiteMissing(c);
        if (notRun.isPresent()) {
            return notRun(notRun.get());
        }
        List<Finding> findings = new ArrayList<>();
        check(c, c.evidence.chip().get(), findings);
        return outcome(findings);
    }

    /** Why the check cannot run although there is chip evidence (e.g. an earlier check did not pass); none by default. */
    Optional<Finding> prerequisiteMissing(KycContext c) {
        return Optional.empty();
    }

    /** Checks {@code chip}, adding its findings; it returns early once nothing more can be said. */
    abstract void check(KycContext c, ChipEvidence chip, List<Finding> findings);
}
