package io.residentid.kyc;

import io.residentid.core.model.IdentityDocument;
import io.residentid.core.model.Bytes;
import io.residentid.core.mrz.Mrz;
import io.residentid.core.mrz.MrzParser;
import io.residentid.pcsc.icao.Dg1;
import io.residentid.pcsc.icao.Dg11;
import io.residentid.pcsc.icao.Dg12;
import io.residentid.pcsc.icao.Dg14;
import io.residentid.qr.verify.VerificationReport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The state of one verification, shared by the checks in order: the inputs, what was parsed from them (each at
 * most once) and what earlier checks established (passive authentication, anchors used, the verified QR claims).
 * One per call; never shared between threads.
 */
final class KycContext {

    final KycEvidence evidence;
    final KycTrust trust;
    final KycPolicy policy;
    final Instant now;
    final LocalDate today;
    final NameComparison names;
    final FaceMatcher faceMatcher;
    final KycVerifier verifier;

    boolean passiveAuthenticationPassed;
    final List<TrustAnchor> anchorsUsed = new ArrayList<>();
    VerificationReport qrReport;

    private Optional<Mrz> dg1;
    private Optional<Dg11> dg11;
    private Optional<Dg12> dg12;
    private Optional<Dg14> dg14;
    private Optional<Mrz> ocr;

    KycContext(KycVerifier verifier, KycEvidence evidence, Instant now) {
        this.verifier = verifier;
        this.evidence = evidence;
        this.trust = verifier.trust();
        this.policy = verifier.policy();
        this.now = now;
        this.today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        this.names = verifier.names();
        this.faceMatcher = verifier.faceMatcher().orElse(null);
    }

    Optional<Bytes> chipFile(EvidenceFile f) {
        return evidence.chip().flatMap(c -> c.file(f));
    }

    private <T> Optional<T> parse(EvidenceFile f, Function<byte[], T> parser) {
        Optional<Bytes> bytes = chipFile(f);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(parser.apply(bytes.get().toByteArray()));
        } catch (RuntimeException e) {
            // Malformed data groups are reported by the checks that need them; here they are simply absent.
            return Optional.empty();
        }
    }

    Optional<Mrz> dg1() {
        if (dg1 == null) {
            dg1 = parse(EvidenceFile.DG1, b -> Dg1.parse(b).toMrz());
        }
        return dg1;
    }

    Optional<Dg11> dg11() {
        if (dg11 == null) {
            dg11 = parse(EvidenceFile.DG11, Dg11::parse);
        }
        return dg11;
    }

    Optional<Dg12> dg12() {
        if (dg12 == null) {
            dg12 = parse(EvidenceFile.DG12, Dg12::parse);
        }
        return dg12;
    }

    Optional<Dg14> dg14() {
        if (dg14 == null) {
            dg14 = parse(EvidenceFile.DG14, Dg14::parse);
        }
        return dg14;
    }

    Optional<Mrz> ocrMrz() {
        if (ocr == null) {
            ocr = evidence.ocrMrz().flatMap(text -> {
                try {
                    return Optional.of(MrzParser.builder().build().parse(text));
                } catch (RuntimeException e) {
                    return Optional.empty();
                }
            });
        }
        return ocr;
    }

    /** The QR credential's document, only once the credential verified. */
    Optional<IdentityDocument> qrDocument() {
        if (qrReport == null || !qrReport.valid()) {
            return Optional.empty();
        }
        return qrReport.document();
    }
}
