package io.residentid.kyc;

import io.residentid.core.model.Bytes;
import io.residentid.core.report.Finding;
import io.residentid.pcsc.icao.Dg2;
import io.residentid.pcsc.icao.FaceImage;

import java.util.List;
import java.util.Optional;

/**
 * The face: DG2 present with an image that can be extracted; the comparison with a live image is the bank's
 * {@link FaceMatcher}, and the report records whether it ran and what it said.
 */
final class FaceCheck extends ChipCheck {

    FaceCheck() {
        super("face");
    }

    @Override
    void check(KycContext c, ChipEvidence chip, List<Finding> findings) {
        Optional<Bytes> dg2 = c.chipFile(EvidenceFile.DG2);
        if (dg2.isEmpty()) {
            findings.add(KycCode.DG2_MISSING.finding());
            return;
        }
        FaceImage face;
        try {
            List<FaceImage> faces = Dg2.parse(dg2.get().toByteArray()).faces();
            if (faces.isEmpty()) {
                findings.add(KycCode.DG2_MALFORMED.finding());
                return;
            }
            face = faces.get(0);
        } catch (RuntimeException e) {
            findings.add(KycCode.DG2_MALFORMED.finding());
            return;
        }
        findings.add(KycCode.FACE_EXTRACTED.finding(face.format().name()));
        if (c.faceMatcher == null) {
            findings.add(KycCode.FACE_MATCHER_ABSENT.finding());
        } else if (c.evidence.liveFace().isEmpty()) {
            findings.add(KycCode.FACE_PROBE_ABSENT.finding());
        } else {
            String name = KycJson.safe(c.faceMatcher.name());
            FaceMatcher.Result r = c.faceMatcher.match(face.image(), face.format().name(),
                    c.evidence.liveFace().get());
            String score = Decimals.two(r.score());
            findings.add(r.match() ? KycCode.FACE_MATCHED.finding(name, score)
                    : KycCode.FACE_MISMATCH.finding(name, score));
        }
    }
}
