package io.residentid.kyc;

import io.residentid.core.model.Bytes;
import io.residentid.core.report.Finding;
import io.residentid.pcsc.icao.SecurityInfos;

import java.util.List;
import java.util.Optional;

/**
 * PACE downgrade: a chip that offers PACE (in EF.CardAccess, or in the signed DG14) but was read with BAC. Such a
 * read is weaker than the chip allows, which is what a relay or a manipulated reader would do.
 */
final class AccessControlCheck extends ChipCheck {

    static final String ID = "access-control";

    AccessControlCheck() {
        super(ID);
    }

    @Override
    void check(KycContext c, ChipEvidence chip, List<Finding> findings) {
        Optional<String> protocol = chip.accessProtocol().filter(p -> !p.isBlank());
        if (protocol.isEmpty()) {
            findings.add(KycCode.ACCESS_PROTOCOL_UNKNOWN.finding());
            return;
        }
        boolean paceOffered = offersPace(c.chipFile(EvidenceFile.CARD_ACCESS))
                || c.dg14().map(d -> !d.securityInfos().paceInfos().isEmpty()).orElse(false);
        if (paceOffered && !protocol.get().startsWith("PACE")) {
            findings.add(KycCode.PACE_DOWNGRADE.finding(KycJson.safe(protocol.get())));
        } else {
            findings.add(KycCode.PACE_USED.finding(protocol.get().length() > 64 ? protocol.get().substring(0, 64)
                    : protocol.get()));
        }
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
