package io.residentid.kyc;

import io.residentid.core.model.Bytes;
import io.residentid.core.report.Finding;
import io.residentid.pcsc.icao.SecurityInfos;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PACE downgrade: a chip that offers PACE (in EF.CardAccess, or in the signed DG14) but was read with BAC. Such a
 * read is weaker than the chip allows, which is what a relay or a manipulated reader would do.
 */
final class AccessControlCheck implements KycCheck {

    static final String ID = "access-control";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckOutcome run(KycContext c) {
        if (c.evidence.chip().isEmpty()) {
            return CheckOutcome.notRun(ID, KycCode.CHIP_EVIDENCE_ABSENT.finding());
        }
        List<Finding> findings = new ArrayList<>();
        Optional<String> protocol = c.evidence.chip().get().accessProtocol().filter(p -> !p.isBlank());
        if (protocol.isEmpty()) {
            findings.add(KycCode.ACCESS_PROTOCOL_UNKNOWN.finding());
            return CheckOutcome.of(ID, findings);
        }
        boolean paceOffered = offersPace(c.chipFile(EvidenceFile.CARD_ACCESS))
                || c.dg14().map(d -> !d.securityInfos().paceInfos().isEmpty()).orElse(false);
        if (paceOffered && !protocol.get().startsWith("PACE")) {
            findings.add(KycCode.PACE_DOWNGRADE.finding(KycJson.safe(protocol.get())));
        } else {
            findings.add(KycCode.PACE_USED.finding(protocol.get().length() > 64 ? protocol.get().substring(0, 64)
                    : protocol.get()));
        }
        return CheckOutcome.of(ID, findings);
    }

    private static boolean offersPace(Optional<Bytes> cardAccess) {
        if (cardAccess.isEmpty()) {
            return false;
        }
        try {
            return !SecurityInfos.parse(cardAccess.get().toByteArray()).paceInfos().isEmpty();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
