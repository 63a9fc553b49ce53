package io.residentid.kyc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.residentid.core.json.ResidentIdJson;
import io.residentid.core.report.Severity;

import java.io.IOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The bank's decision rules, as data: which finding codes FAIL the verification, which send it to REVIEW and which
 * are accepted, plus the thresholds of the checks. A code the policy does not list follows its severity: ERROR
 * fails, WARNING and INFO are accepted. JSON form:
 *
 * <pre>{@code
 * {"id":"resident-id-default","version":"1","minimumAge":18,"expiryWarningDays":90,
 *  "actions":{"DOCUMENT_EXPIRED":"REVIEW","NAME_PARTIAL":"REVIEW", …}}
 * }</pre>
 *
 * The default ({@link #defaultPolicy()}) is documented in {@code docs/kyc.md}. Immutable and thread-safe.
 */
public final class KycPolicy {

    /** Upper bound on the JSON form. */
    public static final int MAX_BYTES = 64 * 1024;
    private static final int MAX_ACTIONS = 1000;
    private static final Set<String> MEMBERS = Set.of("id", "version", "minimumAge", "expiryWarningDays", "actions");
    private static final KycCode BAD = KycCode.POLICY_MALFORMED;

    /** What a finding does to the decision. */
    public enum Action {
        /** The verification fails. */
        FAIL,
        /** A person must review the case. */
        REVIEW,
        /** No effect on the decision. */
        ACCEPT
    }

    private static final KycPolicy DEFAULT = builder("resident-id-default", "1")
            .action(KycCode.CHIP_EVIDENCE_ABSENT, Action.REVIEW)
            .action(KycCode.NO_TRUST_ANCHORS, Action.REVIEW)
            .action(KycCode.DS_CHAIN_INDETERMINATE, Action.REVIEW)
            .action(KycCode.DS_CHAIN_VALID_AT_ISSUE_ONLY, Action.ACCEPT)
            .action(KycCode.AA_TRANSCRIPT_MISSING, Action.REVIEW)
            .action(KycCode.AA_UNSUPPORTED, Action.REVIEW)
            .action(KycCode.CHIP_NOT_PROVEN, Action.REVIEW)
            .action(KycCode.PACE_DOWNGRADE, Action.REVIEW)
            .action(KycCode.DOCUMENT_EXPIRED, Action.REVIEW)
            .action(KycCode.NAME_PARTIAL, Action.REVIEW)
            .action(KycCode.DG2_MISSING, Action.REVIEW)
            .action(KycCode.QR_TRUST_MISSING, Action.REVIEW)
            .action(KycCode.EVIDENCE_UNLISTED_FILE, Action.REVIEW)
            .action(KycCode.MRZ_OCR_INVALID, Action.REVIEW)
            .action(KycCode.MRZ_OCR_MALFORMED, Action.REVIEW)
            .action(KycCode.HOLDER_CHAIN_INDETERMINATE, Action.REVIEW)
            .build();

    private final String id;
    private final String version;
    private final int minimumAge;
    private final int expiryWarningDays;
    private final Map<String, Action> actions;

    private KycPolicy(Builder b) {
        this.id = b.id;
        this.version = b.version;
        this.minimumAge = b.minimumAge;
        this.expiryWarningDays = b.expiryWarningDays;
        this.actions = Collections.unmodifiableMap(new TreeMap<>(b.actions));
    }

    /** {@return the documented default policy {@code resident-id-default} version 1} */
    public static KycPolicy defaultPolicy() {
        return DEFAULT;
    }

    /**
     * {@return a builder with minimum age 18, a 90-day expiry warning and no actions}
     *
     * @param id the identifier
     * @param version the policy version, recorded in every report
     */
    public static Builder builder(String id, String version) {
        return new Builder(id, version);
    }

    /**
     * A builder starting from this policy.
     *
     * @param id the identifier
     * @param version the new version
     * @return this builder
     */
    public Builder toBuilder(String id, String version) {
        Builder b = new Builder(id, version).minimumAge(minimumAge).expiryWarningDays(expiryWarningDays);
        b.actions.putAll(actions);
        return b;
    }

    /**
     * Reads the JSON form; members left out take the default's values (actions are added to the default's).
     *
     * @param json the UTF-8 JSON
     * @return the policy
     * @throws KycException {@link KycCode#POLICY_MALFORMED}, with the JSON path
     */
    public static KycPolicy parse(byte[] json) {
        ObjectNode o = KycJson.object(json, MAX_BYTES, BAD);
        KycJson.onlyKnown(o, MEMBERS, "$", BAD);
        Builder b = DEFAULT.toBuilder(KycJson.requiredString(o, "id", 64, "$", BAD),
                KycJson.requiredString(o, "version", 32, "$", BAD));
        b.minimumAge((int) KycJson.integer(o, "minimumAge", 0, 150, DEFAULT.minimumAge, "$", BAD));
        b.expiryWarningDays((int) KycJson.integer(o, "expiryWarningDays", 0, 3650, DEFAULT.expiryWarningDays, "$",
                BAD));
        JsonNode actions = o.get("actions");
        if (actions != null) {
            if (!actions.isObject() || actions.size() > MAX_ACTIONS) {
                throw new KycException(BAD, "$.actions", null, "actions must be an object of at most " + MAX_ACTIONS);
            }
            Iterator<Map.Entry<String, JsonNode>> it = actions.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String path = "$.actions." + KycJson.safe(e.getKey());
                if (!e.getKey().matches("[A-Z][A-Z0-9_]{0,63}")) {
                    throw new KycException(BAD, path, null, "a code is upper snake case");
                }
                if (!e.getValue().isTextual()) {
                    throw new KycException(BAD, path, null, "an action is FAIL, REVIEW or ACCEPT");
                }
                try {
                    b.action(e.getKey(), Action.valueOf(e.getValue().textValue()));
                } catch (IllegalArgumentException ex) {
                    throw new KycException(BAD, path, null, "an action is FAIL, REVIEW or ACCEPT");
                }
            }
        }
        return b.build();
    }

    /** {@return the JSON form} */
    public byte[] toJson() {
        ObjectNode o = ResidentIdJson.mapper().createObjectNode();
        o.put("id", id);
        o.put("version", version);
        o.put("minimumAge", minimumAge);
        o.put("expiryWarningDays", expiryWarningDays);
        ObjectNode a = o.putObject("actions");
        actions.forEach((k, v) -> a.put(k, v.name()));
        try {
            return ResidentIdJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(o);
        } catch (IOException e) {
            throw new IllegalStateException("policy serialisation", e);
        }
    }

    /**
     * {@return the action for a finding code of the given severity}
     *
     * @param code the finding code
     * @param severity the finding's severity
     */
    public Action actionFor(String code, Severity severity) {
        Action a = actions.get(code);
        if (a != null) {
            return a;
        }
        return severity == Severity.ERROR ? Action.FAIL : Action.ACCEPT;
    }

    /** {@return the policy id} */
    public String id() {
        return id;
    }

    /** {@return the policy version} */
    public String version() {
        return version;
    }

    /** {@return the minimum age of the holder, in years} */
    public int minimumAge() {
        return minimumAge;
    }

    /** {@return a document expiring within this many days gets a warning} */
    public int expiryWarningDays() {
        return expiryWarningDays;
    }

    /** {@return the explicit actions per code} */
    public Map<String, Action> actions() {
        return actions;
    }

    @Override
    public String toString() {
        return "KycPolicy[" + id + " v" + version + ", minimumAge=" + minimumAge + ", actions=" + actions.size() + "]";
    }

    /** Builder of a policy. */
    public static final class Builder {
        private final String id;
        private final String version;
        private int minimumAge = 18;
        private int expiryWarningDays = 90;
        private final Map<String, Action> actions = new TreeMap<>();

        private Builder(String id, String version) {
            this.id = Objects.requireNonNull(id, "id");
            this.version = Objects.requireNonNull(version, "version");
            if (id.isBlank() || version.isBlank()) {
                throw new KycException(BAD, "$.id", null, "id and version must not be blank");
            }
        }

        /**
         * The minimum age in years (0–150).
         *
         * @param years the minimum age
         * @return this builder
         */
        public Builder minimumAge(int years) {
            if (years < 0 || years > 150) {
                throw new KycException(BAD, "$.minimumAge", null, "minimumAge must be 0..150");
            }
            this.minimumAge = years;
            return this;
        }

        /**
         * Days before expiry that give a warning (0–3650).
         *
         * @param days the number of days
         * @return this builder
         */
        public Builder expiryWarningDays(int days) {
            if (days < 0 || days > 3650) {
                throw new KycException(BAD, "$.expiryWarningDays", null, "expiryWarningDays must be 0..3650");
            }
            this.expiryWarningDays = days;
            return this;
        }

        /**
         * The action for a code (any module's).
         *
         * @param code the finding code
         * @param action what the finding leads to
         * @return this builder
         */
        public Builder action(String code, Action action) {
            actions.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(action, "action"));
            return this;
        }

        /**
         * The action for a KYC code.
         *
         * @param code the finding code
         * @param action what the finding leads to
         * @return this builder
         */
        public Builder action(KycCode code, Action action) {
            return action(code.code(), action);
        }

        /** {@return the policy} */
        public KycPolicy build() {
            return new KycPolicy(this);
        }
    }
}
