package io.residentid.kyc;

import io.residentid.core.report.Finding;
import io.residentid.qr.verify.CredentialVerifier;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One explainable KYC verdict over all the evidence a bank has: chip (passive and active authentication verified
 * again from the bytes), OCR MRZ, QR credential and declared data, each check small and separately reported, the
 * decision taken by a {@link KycPolicy}.
 *
 * <pre>{@code
 * KycVerifier verifier = KycVerifier.builder()
 *         .trust(KycTrust.builder().masterList(Path.of("DE_masterlist.ml")).build())
 *         .policy(KycPolicy.defaultPolicy())
 *         .build();
 * KycReport report = verifier.verify(KycEvidence.builder().chip(ChipEvidence.load(dir)).build());
 * if (report.decision() == KycDecision.PASS) { ... }
 * }</pre>
 *
 * Immutable and thread-safe: build it once and share it.
 */
public final class KycVerifier {

    private static final List<KycCheck> CHECKS = List.of(new EvidenceIntegrityCheck(),
            new DocumentAuthenticityCheck(), new ChipGenuinenessCheck(), new AccessControlCheck(),
            new QrCredentialCheck(), new ValidityCheck(), new IdentifierCheck(), new ConsistencyCheck(),
            new AgeCheck(), new FaceCheck(), new HolderAuthenticationCheck());

    private final KycTrust trust;
    private final KycPolicy policy;
    private final Clock clock;
    private final FaceMatcher faceMatcher;
    private final NameComparison names;
    private final CredentialVerifier qrVerifier;

    private KycVerifier(Builder b) {
        this.trust = b.trust;
        this.policy = b.policy;
        this.clock = b.clock;
        this.faceMatcher = b.faceMatcher;
        this.names = b.names;
        this.qrVerifier = trust.qrTrustList().map(t -> CredentialVerifier.builder(t).clock(clock).build())
                .orElse(null);
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Verifies at the clock's current time.
     *
     * @param evidence the evidence to verify
     * @return the report with its decision
     */
    public KycReport verify(KycEvidence evidence) {
        return verify(evidence, clock.instant());
    }

    /**
     * Verifies as at {@code at} (certificate validity, expiry, age).
     *
     * @param evidence the evidence to verify
     * @param at the time the verification is made for
     * @return the report with its decision
     */
    public KycReport verify(KycEvidence evidence, Instant at) {
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(at, "at");
        KycContext context = new KycContext(this, evidence, at);
        List<CheckOutcome> outcomes = new ArrayList<>(CHECKS.size());
        for (KycCheck check : CHECKS) {
            outcomes.add(check.run(context));
        }
        return new KycReport(decide(policy, outcomes), outcomes, context.anchorsUsed, digests(evidence),
                policy.id(), policy.version(), at, evidence.caseId().orElse(null), Subject.of(context));
    }

    /** Runs only the checks whose ids are in {@code only}, in order (re-verification of the chip evidence). */
    List<CheckOutcome> runChecks(KycEvidence evidence, Instant at, java.util.Set<String> only) {
        KycContext context = new KycContext(this, evidence, at);
        List<CheckOutcome> outcomes = new ArrayList<>();
        for (KycCheck check : CHECKS) {
            if (only.contains(check.id())) {
                outcomes.add(check.run(context));
            }
        }
        return outcomes;
    }

    /** The decision the policy reaches over the outcomes: any FAIL action fails, any REVIEW reviews. */
    static KycDecision decide(KycPolicy policy, List<CheckOutcome> outcomes) {
        KycDecision d = KycDecision.PASS;
        for (CheckOutcome o : outcomes) {
            for (Finding f : o.findings()) {
                KycPolicy.Action a = policy.actionFor(f.code(), f.severity());
                if (a == KycPolicy.Action.FAIL) {
                    return KycDecision.FAIL;
                }
                if (a == KycPolicy.Action.REVIEW) {
                    d = KycDecision.REVIEW;
                }
            }
        }
        return d;
    }

    private static List<EvidenceDigest> digests(KycEvidence evidence) {
        HexFormat hex = HexFormat.of();
        List<EvidenceDigest> out = new ArrayList<>();
        evidence.chip().ifPresent(chip -> {
            out.add(new EvidenceDigest("chip/" + ChipEvidence.MANIFEST, hex.formatHex(chip.manifestSha256()
                    .toByteArray())));
            for (Map.Entry<EvidenceFile, io.residentid.core.model.Bytes> e : chip.files().entrySet()) {
                out.add(new EvidenceDigest("chip/" + e.getKey().item(), hex.formatHex(e.getValue().sha256()
                        .toByteArray())));
            }
        });
        evidence.ocrMrz().ifPresent(t -> out.add(new EvidenceDigest("ocr-mrz", sha256(t))));
        evidence.qrText().ifPresent(t -> out.add(new EvidenceDigest("qr", sha256(t))));
        evidence.declared().ifPresent(d -> out.add(new EvidenceDigest("declared", hex.formatHex(d.sha256()
                .toByteArray()))));
        evidence.holderAuthentication().ifPresent(h -> out.add(new EvidenceDigest("holder-authentication",
                hex.formatHex(h.sha256().toByteArray()))));
        evidence.liveFace().ifPresent(f -> out.add(new EvidenceDigest("live-face", hex.formatHex(f.sha256()
                .toByteArray()))));
        return out;
    }

    private static String sha256(String text) {
        return HexFormat.of().formatHex(io.residentid.core.model.Bytes.of(text.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)).sha256().toByteArray());
    }

    KycTrust trust() {
        return trust;
    }

    /** {@return the policy} */
    public KycPolicy policy() {
        return policy;
    }

    NameComparison names() {
        return names;
    }

    Optional<FaceMatcher> faceMatcher() {
        return Optional.ofNullable(faceMatcher);
    }

    Optional<CredentialVerifier> qrVerifier() {
        return Optional.ofNullable(qrVerifier);
    }

    /** Builder of a {@link KycVerifier}. */
    public static final class Builder {
        private KycTrust trust = KycTrust.empty();
        private KycPolicy policy = KycPolicy.defaultPolicy();
        private Clock clock = Clock.systemUTC();
        private FaceMatcher faceMatcher;
        private NameComparison names = NameComparison.matcher();

        private Builder() {
        }

        /**
         * CSCAs, CRLs and the QR trust list (default: nothing trusted).
         *
         * @param trust the trust material
         * @return this builder
         */
        public Builder trust(KycTrust trust) {
            this.trust = Objects.requireNonNull(trust, "trust");
            return this;
        }

        /**
         * The decision policy (default: {@link KycPolicy#defaultPolicy()}).
         *
         * @param policy the decision policy
         * @return this builder
         */
        public Builder policy(KycPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * The clock (default: system UTC).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The bank's face matcher (default: none; the report says the comparison did not run).
         *
         * @param matcher the face matcher
         * @return this builder
         */
        public Builder faceMatcher(FaceMatcher matcher) {
            this.faceMatcher = Objects.requireNonNull(matcher, "matcher");
            return this;
        }

        /**
         * The name comparison (default: {@link NameComparison#matcher()}).
         *
         * @param comparison the name comparison
         * @return this builder
         */
        public Builder nameComparison(NameComparison comparison) {
            this.names = Objects.requireNonNull(comparison, "comparison");
            return this;
        }

        /** {@return the verifier} */
        public KycVerifier build() {
            return new KycVerifier(this);
        }
    }
}
