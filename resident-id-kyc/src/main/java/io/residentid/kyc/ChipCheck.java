package io.residentid.kyc;

import io.residentid.core.report.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A check of the chip evidence (authenticity, genuineness, access control, face): without chip evidence it does not
 * run; otherwise its findings decide the outcome (FAIL with an error, WARN with a warning, else PASS).
 */
abstract class ChipCheck implements KycCheck {

    private final String id;

    ChipCheck(String id) {
        this.id = id;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final CheckOutcome run(KycContext c) {
        if (c.evidence.chip().isEmpty()) {
            return CheckOutcome.notRun(id, KycCode.CHIP_EVIDENCE_ABSENT.finding());
        }
        Optional<Finding> notRun = prerequisiteMissing(c);
        if (notRun.isPresent()) {
            return CheckOutcome.notRun(id, notRun.get());
        }
        List<Finding> findings = new ArrayList<>();
        check(c, c.evidence.chip().get(), findings);
        return CheckOutcome.of(id, findings);
    }

    /** Why the check cannot run although there is chip evidence (e.g. an earlier check did not pass); none by default. */
    Optional<Finding> prerequisiteMissing(KycContext c) {
        return Optional.empty();
    }

    /** Checks {@code chip}, adding its findings; it returns early once nothing more can be said. */
    abstract void check(KycContext c, ChipEvidence chip, List<Finding> findings);
}
