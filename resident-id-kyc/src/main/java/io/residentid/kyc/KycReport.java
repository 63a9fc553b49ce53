package io.residentid.kyc;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.residentid.core.json.ResidentIdJson;
import io.residentid.core.report.Finding;
import io.residentid.core.report.Report;
import io.residentid.core.report.Verdict;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * The outcome of a KYC verification: the decision (PASS / REVIEW / FAIL), every check with its result and coded
 * findings, the trust anchors used, the SHA-256 of every evidence item, the policy id and version, the SDK version
 * and the verification time. Personal data is minimal and masked: the report proves what was checked without
 * becoming a copy of the ID. Its JSON form ({@link #toJson()}) follows {@code docs/schema/kyc-report-v1.json}.
 * Immutable and thread-safe.
 */
public final class KycReport implements Report {

    /** The schema id written in the JSON form. */
    public static final String SCHEMA = "kyc-report-v1";
    /** The SDK version that produced the report. */
    public static final String SDK_VERSION = sdkVersion();
    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    private final KycDecision decision;
    private final List<CheckOutcome> checks;
    private final List<TrustAnchor> anchors;
    private final List<EvidenceDigest> evidence;
    private final String policyId;
    private final String policyVersion;
    private final Instant verifiedAt;
    private final String caseId;
    private final Subject subject;

    KycReport(KycDecision decision, List<CheckOutcome> checks, List<TrustAnchor> anchors,
            List<EvidenceDigest> evidence, String policyId, String policyVersion, Instant verifiedAt, String caseId,
            Subject subject) {
        this.decision = Objects.requireNonNull(decision, "decision");
        this.checks = List.copyOf(checks);
        this.anchors = List.copyOf(anchors);
        this.evidence = List.copyOf(evidence);
        this.policyId = policyId;
        this.policyVersion = policyVersion;
        this.verifiedAt = verifiedAt;
        this.caseId = caseId;
        this.subject = subject;
    }

    /** {@return the decision} */
    public KycDecision decision() {
        return decision;
    }

    /** PASS as VALID, FAIL as INVALID, REVIEW as INDETERMINATE. */
    @Override
    public Verdict verdict() {
        return decision.verdict();
    }

    /** Every finding of every check, in order. */
    @Override
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>();
        checks.forEach(c -> all.addAll(c.findings()));
        return all;
    }

    /** {@return the checks in the order they ran} */
    public List<CheckOutcome> checks() {
        return checks;
    }

    /**
     * {@return one check's outcome by id}
     *
     * @param id the identifier
     */
    public Optional<CheckOutcome> check(String id) {
        return checks.stream().filter(c -> c.check().equals(id)).findFirst();
    }

    /** {@return the trust anchors the verification relied on} */
    public List<TrustAnchor> anchors() {
        return anchors;
    }

    /** {@return the SHA-256 of every evidence item} */
    public List<EvidenceDigest> evidence() {
        return evidence;
    }

    /** {@return the policy id} */
    public String policyId() {
        return policyId;
    }

    /** {@return the policy version} */
    public String policyVersion() {
        return policyVersion;
    }

    /**
     * When the verification ran (the instant it verified as at).
     *
     * @return the verification time
     */
    public Instant verifiedAt() {
        return verifiedAt;
    }

    /** {@return the bank's case id, when given} */
    public Optional<String> caseId() {
        return Optional.ofNullable(caseId);
    }

    /** {@return the masked subject} */
    public Subject subject() {
        return subject;
    }

    /** {@return the JSON form (UTF-8), with each finding's message in English and Arabic} */
    public byte[] toJson() {
        try {
            return ResidentIdJson.mapper().writeValueAsBytes(toJsonTree());
        } catch (IOException e) {
            throw new IllegalStateException("report serialisation", e);
        }
    }

    /** {@return the JSON form as a tree} */
    public ObjectNode toJsonTree() {
        ObjectNode o = ResidentIdJson.mapper().createObjectNode();
        o.put("schema", SCHEMA);
        o.put("verdict", decision.name());
        if (caseId != null) {
            o.put("caseId", caseId);
        }
        o.put("verifiedAt", verifiedAt.toString());
        o.put("sdkVersion", SDK_VERSION);
        ObjectNode p = o.putObject("policy");
        p.put("id", policyId);
        p.put("version", policyVersion);
        ObjectNode s = o.putObject("subject");
        if (subject.issuingState() != null) {
            s.put("issuingState", subject.issuingState());
        }
        if (subject.documentNumber() != null) {
            s.put("documentNumber", subject.documentNumber());
        }
        ArrayNode cs = o.putArray("checks");
        for (CheckOutcome c : checks) {
            ObjectNode cn = cs.addObject();
            cn.put("check", c.check());
            cn.put("result", c.status().name());
            ArrayNode fs = cn.putArray("findings");
            for (Finding f : c.findings()) {
                ObjectNode fn = fs.addObject();
                fn.put("code", f.code());
                fn.put("severity", f.severity().name());
                fn.put("message", f.message(Locale.ENGLISH));
                fn.put("messageAr", f.message(ARABIC));
            }
        }
        ArrayNode as = o.putArray("anchors");
        for (TrustAnchor a : anchors) {
            ObjectNode an = as.addObject();
            an.put("subject", a.subject());
            an.put("country", a.country());
            an.put("sha256", a.sha256());
            an.put("source", a.source());
            an.put("notAfter", a.notAfter().toString());
        }
        ArrayNode es = o.putArray("evidence");
        for (EvidenceDigest d : evidence) {
            ObjectNode en = es.addObject();
            en.put("item", d.item());
            en.put("sha256", d.sha256());
        }
        return o;
    }

    @Override
    public String toString() {
        return "KycReport[" + decision + ", checks=" + checks.stream().map(c -> c.check() + "=" + c.status())
                .toList() + ", policy=" + policyId + " v" + policyVersion + "]";
    }

    private static String sdkVersion() {
        try (InputStream in = KycReport.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("sdk.version", "unknown");
            return v.startsWith("$") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
