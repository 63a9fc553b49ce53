package io.residentid.kyc;

import io.residentid.core.report.Finding;
import io.residentid.pcsc.icao.Dg14;
import io.residentid.pcsc.icao.Dg15;

import java.security.PublicKey;
import java.util.List;
import java.util.Optional;

/**
 * Chip genuineness: active authentication verified again from the transcript with the DG15 key, and chip
 * authentication as the reader reported it (an interactive protocol whose proof is the session itself). Counted
 * only after passive authentication passed, since only then are DG14/DG15 the issuer's. A chip that proves
 * neither is a clone suspect.
 */
final class ChipGenuinenessCheck extends ChipCheck {

    static final String ID = "chip-genuineness";

    ChipGenuinenessCheck() {
        super(ID);
    }

    /** Only passive authentication makes DG14/DG15 the issuer's, so without it there is nothing to count. */
    @Override
    Optional<Finding> prerequisiteMissing(KycContext c) {
        return c.passiveAuthenticationPassed ? Optional.empty() : Optional.of(KycCode.PA_NOT_PASSED.finding());
    }

    @Override
    void check(KycContext c, ChipEvidence chip, List<Finding> findings) {
        boolean proven = false;
        Optional<Dg14> dg14 = c.dg14();
        if (c.chipFile(EvidenceFile.DG14).isPresent() && dg14.isEmpty()) {
            findings.add(KycCode.DG15_MALFORMED.finding());
        }
        if (c.chipFile(EvidenceFile.DG15).isPresent()) {
            PublicKey key;
            try {
                key = Dg15.parse(c.chipFile(EvidenceFile.DG15).get().toByteArray()).publicKey();
            } catch (RuntimeException e) {
                key = null;
                findings.add(KycCode.DG15_MALFORMED.finding());
            }
            Optional<ActiveAuthenticationTranscript> t = chip.activeAuthentication();
            if (key != null && t.isEmpty()) {
                findings.add(KycCode.AA_TRANSCRIPT_MISSING.finding());
            } else if (key != null) {
                Optional<String> algorithm = dg14.flatMap(d -> d.securityInfos()
                        .activeAuthenticationSignatureAlgorithm());
                Optional<Boolean> ok = io.residentid.pcsc.icao.ActiveAuthenticationVerifier.verify(key, algorithm, t.get().challenge().toByteArray(),
                        t.get().signature().toByteArray());
                if (ok.isEmpty()) {
                    findings.add(KycCode.AA_UNSUPPORTED.finding());
                } else if (ok.get()) {
                    findings.add(KycCode.AA_VERIFIED.finding());
                    proven = true;
                } else {
                    findings.add(KycCode.AA_SIGNATURE_INVALID.finding());
                }
            }
        }
        boolean caOffered = dg14.map(d -> !d.securityInfos().chipAuthenticationInfos().isEmpty()
                || !d.securityInfos().chipAuthenticationPublicKeys().isEmpty()).orElse(false);
        Optional<String> ca = chip.chipAuthentication();
        if (caOffered && ca.isPresent()) {
            // INDETERMINATE: the reader saw CA pass but its own passive authentication did not (e.g. no trust).
            // PASSED / NOT_COUNTED / FAILED: the names evidence written before release 0.3 uses.
            String status = ca.get();
            if (status.equals("VALID") || status.equals("INDETERMINATE") || status.equals("PASSED")
                    || status.equals("NOT_COUNTED")) {
                findings.add(KycCode.CA_REPORTED.finding());
                proven = true;
            } else if (status.equals("INVALID") || status.equals("FAILED")) {
                findings.add(KycCode.CA_FAILED.finding());
            }
        }
        if (!proven && findings.stream().noneMatch(f -> f.code().equals(KycCode.AA_SIGNATURE_INVALID.code())
                || f.code().equals(KycCode.CA_FAILED.code()))) {
            findings.add(KycCode.CHIP_NOT_PROVEN.finding());
        }
    }
}
