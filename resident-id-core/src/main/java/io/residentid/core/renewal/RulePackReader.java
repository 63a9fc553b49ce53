package io.residentid.core.renewal;

import com.fasterxml.jackson.databind.JsonNode;
import io.residentid.core.json.JsonFormatException;
import io.residentid.core.json.JsonLimits;
import io.residentid.core.json.JsonObjectReader;
import io.residentid.core.json.StrictJson;
import io.residentid.core.model.CalendarSystem;
import io.residentid.core.model.IssuingCountry;
import io.residentid.core.renewal.RulePack.AddOn;
import io.residentid.core.renewal.RulePack.AgeRule;
import io.residentid.core.renewal.RulePack.AgeRuleKind;
import io.residentid.core.renewal.RulePack.BiometricsRule;
import io.residentid.core.renewal.RulePack.DocumentRule;
import io.residentid.core.renewal.RulePack.EligibilityRule;
import io.residentid.core.renewal.RulePack.FeeBasis;
import io.residentid.core.renewal.RulePack.FineBasis;
import io.residentid.core.renewal.RulePack.FineStart;
import io.residentid.core.renewal.RulePack.LateFine;
import io.residentid.core.renewal.RulePack.PeriodRule;
import io.residentid.core.renewal.RulePack.ReplacementFee;
import io.residentid.core.renewal.RulePack.Source;
import io.residentid.core.renewal.RulePack.SourceKind;
import io.residentid.core.renewal.RulePack.Tier;
import io.residentid.core.renewal.RulePack.ValidityOption;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates a rule pack from JSON bytes, reporting the first problem with its JSON path. The shared strict
 * JSON layer ({@link StrictJson}, {@link JsonObjectReader}) does the syntax, limits, types and unknown fields; this
 * class adds the pack's own rules (patterns, money scales, references, overlaps) and restates every fault as a
 * {@link RulePackException} with the same path.
 */
final class RulePackReader {

    static final int MAX_ARRAY = 256;
    private static final int MAX_TEXT = 2000;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,47}");
    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,31}");
    private static final Pattern SOURCE_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    /** Largest |scale| of any number in a pack: the SDK-wide JSON limit ({@link JsonLimits#DEFAULT}). */
    static final int MAX_NUMBER_SCALE = JsonLimits.DEFAULT.maxScale();
    /** Most significant digits of any number in a pack: the SDK-wide limit on a number's length. */
    static final int MAX_NUMBER_PRECISION = JsonLimits.DEFAULT.maxNumberLength();
    /** The SDK-wide JSON limits, with the pack's own size bound. */
    private static final JsonLimits LIMITS = JsonLimits.DEFAULT.withMaxBytes(RulePack.MAX_BYTES);

    private IssuingCountry country;
    private final Set<String> sourceIds = new HashSet<>();
    private final Map<String, Source> sourcesById = new HashMap<>();
    private final Map<String, String> lowConfidenceRules = new HashMap<>();
    private final Map<String, String> ruleIds = new HashMap<>();

    private RulePackReader() {
    }

    static RulePack read(byte[] bytes) throws RulePackException {
        if (bytes.length > RulePack.MAX_BYTES) {
            throw new RulePackException("$", "pack larger than " + RulePack.MAX_BYTES + " bytes");
        }
        try {
            // StrictJson bounds every number's length, scale and magnitude while reading, before anything formats
            // or compares it (1e-999999999 is cheap to hold, ruinous to expand), and refuses duplicate keys.
            JsonNode root = StrictJson.parse(bytes, LIMITS);
            return new RulePackReader().pack(JsonObjectReader.of(root));
        } catch (JsonFormatException e) {
            throw restate(e, bytes);
        }
    }

    /** A fault found by the JSON layer, restated in the rule-pack vocabulary with the same path. */
    private static RulePackException restate(JsonFormatException e, byte[] bytes) {
        String path = e.path().orElse("$");
        return switch (e.jsonCode()) {
            case JSON_MISSING_FIELD -> new RulePackException(path, "required");
            case JSON_UNKNOWN_FIELD -> new RulePackException(path, "unknown field");
            case JSON_WRONG_TYPE -> new RulePackException(path, "expected " + e.detail());
            case JSON_VALUE_OUT_OF_RANGE -> new RulePackException(path, "out of range (" + e.detail() + ")");
            case JSON_NUMBER_OUT_OF_RANGE -> new RulePackException(RulePackException.NUMBER_OUT_OF_RANGE, path,
                    "number out of range (at most " + MAX_NUMBER_PRECISION + " digits and exponents within +/-"
                            + MAX_NUMBER_SCALE + ")", e);
            case JSON_EMPTY -> new RulePackException("$", "empty document", e);
            default -> new RulePackException("$", "not valid JSON" + where(e, bytes) + ": " + e.getMessage(), e);
        };
    }

    /** " at line L, column C" for a fault whose byte offset is known. */
    private static String where(JsonFormatException e, byte[] bytes) {
        if (e.offset().isEmpty()) {
            return "";
        }
        long offset = Math.min(e.offset().getAsLong(), bytes.length);
        int line = 1;
        long lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return " at line " + line + ", column " + (offset - lineStart + 1);
    }

    private RulePack pack(JsonObjectReader o) throws RulePackException {
        o.allowOnly("schemaVersion", "country", "version", "effectiveFrom", "calendar",
                "description", "sources", "validityOptions", "addOns", "renewalWindow", "recommendedLead",
                "legalDeadline", "gracePeriod", "lateFines", "replacementFees", "lostReporting", "ageRules",
                "eligibility", "documents", "biometrics");
        JsonNode schema = o.optRaw("schemaVersion").orElse(null);
        if (schema != null && !schema.isNull() && !(schema.isInt() && schema.intValue() == 1)) {
            throw new RulePackException("$.schemaVersion", "unsupported schema version (expected 1)");
        }
        o.optText("description", MAX_TEXT).orElse(null);
        String countryCode = o.text("country", 3);
        country = IssuingCountry.fromCode(countryCode).orElseThrow(() -> new RulePackException("$.country",
                "unknown country '" + countryCode + "' (expected OM, SA, QA, AE, KW or BH)"));
        String version = match(o, "version", VERSION);
        LocalDate effectiveFrom = o.date("effectiveFrom");
        CalendarSystem calendar = country.calendar();
        calendar = o.optEnum("calendar", CalendarSystem.class).orElse(calendar);

        List<Source> sources = new ArrayList<>();
        List<JsonObjectReader> sourceArray = o.objectArray("sources", MAX_ARRAY);
        if (sourceArray.isEmpty()) {
            throw new RulePackException(o.path() + ".sources", "at least one source is required");
        }
        Map<String, String> corroborating = new HashMap<>();
        for (int i = 0; i < sourceArray.size(); i++) {
            JsonObjectReader s = sourceArray.get(i).allowOnly("id", "title", "publisher", "kind", "date", "url", "retrieved", "corroborates",
                    "note");
            String id = match(s, "id", ID);
            if (!sourceIds.add(id)) {
                throw new RulePackException(s.path() + ".id", "duplicate source id '" + id + "'");
            }
            SourceKind kind = sourceKind(s.text("kind", 16), s.path() + ".kind");
            String date = s.optText("date", 10).orElse(null);
            if (date != null && !SOURCE_DATE.matcher(date).matches()) {
                throw new RulePackException(s.path() + ".date", "expected YYYY, YYYY-MM or YYYY-MM-DD");
            }
            String url = s.optText("url", 500).orElse(null);
            if (url != null && !(url.startsWith("https://") || url.startsWith("http://"))) {
                throw new RulePackException(s.path() + ".url", "expected an http(s) URL");
            }
            if (url == null && kind.official()) {
                // An official source is only worth citing if a reader can open it.
                throw new RulePackException(s.path() + ".url", "a " + kind.jsonName() + " source needs its url");
            }
            LocalDate retrieved = s.date("retrieved");
            String corroborates = optMatch(s, "corroborates", ID);
            if (corroborates != null) {
                if (kind.official()) {
                    throw new RulePackException(s.path() + ".corroborates",
                            "only news, guide or seed sources corroborate; a " + kind.jsonName()
                                    + " source stands on its own");
                }
                corroborating.put(s.path() + ".corroborates", corroborates);
            }
            Source source = new Source(id, s.text("title", 500), s.text("publisher", 200), kind, date, url,
                    retrieved, corroborates, s.optText("note", MAX_TEXT).orElse(null));
            sources.add(source);
            sourcesById.put(id, source);
        }
        for (Map.Entry<String, String> e : corroborating.entrySet()) {
            Source target = sourcesById.get(e.getValue());
            if (target == null) {
                throw new RulePackException(e.getKey(), "unknown source id '" + e.getValue() + "'");
            }
            if (!target.official()) {
                throw new RulePackException(e.getKey(), "source '" + e.getValue() + "' is not official ("
                        + target.kind().jsonName() + "): corroboration backs an official source");
            }
        }

        List<ValidityOption> options = validityOptions(o.optObjectArray("validityOptions", MAX_ARRAY).orElse(List.of()));
        List<AddOn> addOns = addOns(o.optObjectArray("addOns", MAX_ARRAY).orElse(List.of()));
        PeriodRule window = periodRule(o.optObject("renewalWindow").orElse(null));
        PeriodRule lead = periodRule(o.optObject("recommendedLead").orElse(null));
        PeriodRule deadline = periodRule(o.optObject("legalDeadline").orElse(null));
        PeriodRule grace = periodRule(o.optObject("gracePeriod").orElse(null));
        List<LateFine> fines = lateFines(o.optObjectArray("lateFines", MAX_ARRAY).orElse(List.of()));
        List<ReplacementFee> replacements = replacementFees(o.optObjectArray("replacementFees", MAX_ARRAY).orElse(List.of()));
        PeriodRule lost = periodRule(o.optObject("lostReporting").orElse(null));
        List<AgeRule> ages = ageRules(o.optObjectArray("ageRules", MAX_ARRAY).orElse(List.of()));
        List<EligibilityRule> eligibility = eligibility(o.optObjectArray("eligibility", MAX_ARRAY).orElse(List.of()));
        List<DocumentRule> documents = documents(o.optObjectArray("documents", MAX_ARRAY).orElse(List.of()));
        BiometricsRule biometrics = biometrics(o.optObject("biometrics").orElse(null));
        if (window != null && lead != null && days(lead.period()) > days(window.period())) {
            throw new RulePackException("$.recommendedLead.period",
                    "lead time " + lead.period() + " is longer than the renewal window " + window.period());
        }
        return new RulePack(country, version, effectiveFrom, calendar, sources, options, addOns, window, lead,
                deadline, grace, fines, replacements, lost, ages, eligibility, documents, biometrics,
                lowConfidenceRules);
    }

    private List<ValidityOption> validityOptions(List<JsonObjectReader> a) throws RulePackException {
        List<ValidityOption> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        Map<String, String> defaults = new HashMap<>();
        for (int i = 0; i < a.size(); i++) {
            JsonObjectReader v = a.get(i).allowOnly("id", "period", "basis", "amount", "category", "discountPercent", "minAge", "default",
                    "sourceId", "note", "confidence");
            String id = ruleId(v);
            Period period = period(v, "period");
            if (period.isZero()) {
                throw new RulePackException(v.path() + ".period", "validity must be longer than zero");
            }
            if (period.getDays() != 0) {
                throw new RulePackException(v.path() + ".period", "validity must be whole months or years");
            }
            FeeBasis basis = v.optEnum("basis", FeeBasis.class).orElse(FeeBasis.PER_OPTION);
            BigDecimal amount = optMoney(v, "amount");
            String category = optMatch(v, "category", CODE);
            BigDecimal discount = percent(v, "discountPercent");
            Integer minAge = v.optInteger("minAge", 0, 120).map(Long::intValue).orElse(null);
            boolean isDefault = v.optBool("default").orElse(false);
            String key = period.toTotalMonths() + "/" + category + "/" + minAge;
            String previous = seen.putIfAbsent(key, v.path());
            if (previous != null) {
                throw new RulePackException(v.path() + ".period", "validity " + period
                        + " overlaps " + previous + " (same period, category and minimum age)");
            }
            if (isDefault) {
                String prevDefault = defaults.putIfAbsent(String.valueOf(category), v.path());
                if (prevDefault != null) {
                    throw new RulePackException(v.path() + ".default", "second default option for category "
                            + (category == null ? "(all)" : category) + " (first: " + prevDefault + ")");
                }
            }
            out.add(new ValidityOption(id, period, basis, amount, category, discount, minAge, isDefault,
                    sourceId(v), note(v)));
            remember(id, v.path());
        }
        return out;
    }

    private List<AddOn> addOns(List<JsonObjectReader> a) throws RulePackException {
        List<AddOn> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            JsonObjectReader v = a.get(i).allowOnly("id", "item", "amount", "processes", "sourceId", "note", "confidence");
            String id = ruleId(v);
            String item = match(v, "item", CODE);
            BigDecimal amount = money(v, "amount");
            Set<RenewalProcess> processes = v.enumSet("processes", RenewalProcess.class);
            for (AddOn other : out) {
                if (other.item().equals(item) && !Collections.disjoint(other.processes(), processes)) {
                    throw new RulePackException(v.path() + ".processes", "add-on " + item
                            + " overlaps rule '" + other.id() + "' for the same process");
                }
            }
            out.add(new AddOn(id, item, amount, processes, sourceId(v), note(v)));
            remember(id, v.path());
        }
        return out;
    }

    private PeriodRule periodRule(JsonObjectReader v) throws RulePackException {
        if (v == null) {
            return null;
        }
        v.allowOnly("id", "period", "sourceId", "note", "confidence");
        String id = ruleId(v);
        PeriodRule rule = new PeriodRule(id, period(v, "period"), sourceId(v), note(v));
        remember(id, v.path());
        return rule;
    }

    private List<LateFine> lateFines(List<JsonObjectReader> a) throws RulePackException {
        List<LateFine> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            JsonObjectReader v = a.get(i).allowOnly("id", "basis", "amount", "cap", "countFrom", "tiers", "sourceId", "note", "confidence");
            String id = ruleId(v);
            FineBasis basis = v.enumValue("basis", FineBasis.class);
            FineStart countFrom = v.optEnum("countFrom", FineStart.class).orElse(FineStart.FINES_START);
            BigDecimal amount;
            BigDecimal cap = optMoney(v, "cap");
            List<Tier> tiers;
            if (basis == FineBasis.PER_OFFENCE) {
                if (v.has("amount")) {
                    throw new RulePackException(v.path() + ".amount", "a PER_OFFENCE fine takes its amounts from tiers");
                }
                amount = null;
                tiers = tiers(v, true);
            } else {
                if (v.has("tiers")) {
                    throw new RulePackException(v.path() + ".tiers", "tiers are only allowed with basis PER_OFFENCE");
                }
                amount = money(v, "amount");
                tiers = List.of();
            }
            if (cap != null && amount != null && cap.compareTo(amount) < 0) {
                throw new RulePackException(v.path() + ".cap", "cap " + cap.toPlainString()
                        + " is below the amount " + amount.toPlainString());
            }
            out.add(new LateFine(id, basis, amount, cap, countFrom, tiers, sourceId(v), note(v)));
            remember(id, v.path());
        }
        return out;
    }

    private List<Tier> tiers(JsonObjectReader fine, boolean allowConsequence) throws RulePackException {
        List<JsonObjectReader> a = fine.objectArray("tiers", MAX_ARRAY);
        if (a.isEmpty()) {
            throw new RulePackException(fine.pathOf("tiers"), "at least one tier is required");
        }
        List<Tier> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            JsonObjectReader t = a.get(i).allowOnly("fromOffence", "toOffence", "amount", "consequence");
            int from = t.intValue("fromOffence", 1, 99);
            Integer to = t.optInteger("toOffence", 1, 99).map(Long::intValue).orElse(null);
            if (to != null && to < from) {
                throw new RulePackException(t.path() + ".toOffence", "ends before fromOffence " + from);
            }
            BigDecimal amount = optMoney(t, "amount");
            String consequence = allowConsequence ? optMatch(t, "consequence", CODE) : null;
            if (!allowConsequence && t.has("consequence")) {
                throw new RulePackException(t.path() + ".consequence", "not allowed here");
            }
            if (amount == null && consequence == null) {
                throw new RulePackException(t.path(), "a tier needs an amount or a consequence");
            }
            if (!out.isEmpty()) {
                Tier prev = out.get(out.size() - 1);
                if (prev.toOffence() == null || from <= prev.toOffence()) {
                    throw new RulePackException(t.path() + ".fromOffence", "offence " + from + " overlaps tier ["
                            + (i - 1) + "] (tiers must ascend without overlap)");
                }
            }
            out.add(new Tier(from, to, amount, consequence));
        }
        return List.copyOf(out);
    }

    private List<ReplacementFee> replacementFees(List<JsonObjectReader> a) throws RulePackException {
        List<ReplacementFee> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            JsonObjectReader v = a.get(i).allowOnly("id", "processes", "amount", "tiers", "sourceId", "note", "confidence");
            String id = ruleId(v);
            Set<RenewalProcess> processes = v.enumSet("processes", RenewalProcess.class);
            for (ReplacementFee other : out) {
                if (!Collections.disjoint(other.processes(), processes)) {
                    throw new RulePackException(v.path() + ".processes", "overlaps rule '" + other.id()
                            + "' for the same process");
                }
            }
            BigDecimal amount = optMoney(v, "amount");
            List<Tier> tiers = v.has("tiers") ? tiers(v, false) : List.of();
            if ((amount == null) == tiers.isEmpty()) {
                throw new RulePackException(v.path(), "exactly one of amount or tiers is required");
            }
            out.add(new ReplacementFee(id, processes, amount, tiers, sourceId(v), note(v)));
            remember(id, v.path());
        }
        return out;
    }

    private List<AgeRule> ageRules(List<JsonObjectReader> a) throws RulePackException {
        List<AgeRule> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            JsonObjectReader v = a.get(i).allowOnly("id", "kind", "minAge", "within", "fine", "sourceId", "note", "confidence");
            String id = ruleId(v);
            AgeRuleKind kind = v.enumValue("kind", AgeRuleKind.class);
            for (AgeRule other : out) {
                if (other.kind() == kind) {
                    throw new RulePackException(v.path() + ".kind", "second " + kind + " rule (first: '"
                            + other.id() + "')");
                }
            }
            int minAge = v.intValue("minAge", 0, 120);
            Period within = v.has("within") ? period(v, "within") : null;
            out.add(new AgeRule(id, kind, minAge, within, optMoney(v, "fine"), sourceId(v), note(v)));
            remember(id, v.path());
        }
        return out;
    }

    private List<EligibilityRule> eligibility(List<JsonObjectReader> a) throws RulePackException {
        List<EligibilityRule> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            JsonObjectReader v = a.get(i).allowOnly("id", "condition", "processes", "sourceId", "note", "confidence");
            String id = ruleId(v);
            EligibilityCondition condition = v.enumValue("condition", EligibilityCondition.class);
            Set<RenewalProcess> processes = v.enumSet("processes", RenewalProcess.class);
            for (EligibilityRule other : out) {
                if (other.condition() == condition && !Collections.disjoint(other.processes(), processes)) {
                    throw new RulePackException(v.path() + ".condition", condition + " overlaps rule '"
                            + other.id() + "' for the same process");
                }
            }
            out.add(new EligibilityRule(id, condition, processes, sourceId(v), note(v)));
            remember(id, v.path());
        }
        return out;
    }

    private List<DocumentRule> documents(List<JsonObjectReader> a) throws RulePackException {
        List<DocumentRule> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            JsonObjectReader v = a.get(i).allowOnly("id", "document", "processes", "sourceId", "note", "confidence");
            String id = ruleId(v);
            String document = match(v, "document", CODE);
            Set<RenewalProcess> processes = v.enumSet("processes", RenewalProcess.class);
            for (DocumentRule other : out) {
                if (other.document().equals(document) && !Collections.disjoint(other.processes(), processes)) {
                    throw new RulePackException(v.path() + ".document", document + " overlaps rule '"
                            + other.id() + "' for the same process");
                }
            }
            out.add(new DocumentRule(id, document, processes, sourceId(v), note(v)));
            remember(id, v.path());
        }
        return out;
    }

    private BiometricsRule biometrics(JsonObjectReader v) throws RulePackException {
        if (v == null) {
            return null;
        }
        v.allowOnly("id", "processes", "onlyWithoutFingerprints", "sourceId", "note", "confidence");
        String id = ruleId(v);
        BiometricsRule rule = new BiometricsRule(id, v.enumSet("processes", RenewalProcess.class),
                v.optBool("onlyWithoutFingerprints").orElse(false), sourceId(v), note(v));
        remember(id, v.path());
        return rule;
    }

    private String ruleId(JsonObjectReader v) throws RulePackException {
        String id = match(v, "id", ID);
        String previous = ruleIds.get(id);
        if (previous != null) {
            throw new RulePackException(v.path() + ".id", "duplicate rule id '" + id + "' (first at " + previous + ")");
        }
        return id;
    }

    private void remember(String id, String path) {
        ruleIds.put(id, path);
    }

    private String sourceId(JsonObjectReader v) throws RulePackException {
        String id = v.text("sourceId", 64);
        Source source = sourcesById.get(id);
        if (source == null) {
            throw new RulePackException(v.path() + ".sourceId", "unknown source id '" + id + "'");
        }
        String confidence = v.optText("confidence", 8).orElse(null);
        if (confidence != null && !confidence.equals("LOW")) {
            throw new RulePackException(v.path() + ".confidence", "expected LOW (or leave it out)");
        }
        if (!source.official() && confidence == null) {
            // News, guides and web articles may back an official source, never carry a figure alone unflagged.
            throw new RulePackException(v.path() + ".sourceId", "source '" + id + "' is " + source.kind().jsonName()
                    + ", not official: cite an official source or mark the rule \"confidence\": \"LOW\"");
        }
        if (confidence != null) {
            lowConfidenceRules.put(match(v, "id", ID), id);
        }
        return id;
    }

    private static SourceKind sourceKind(String text, String path) throws RulePackException {
        for (SourceKind k : SourceKind.values()) {
            if (k.jsonName().equals(text)) {
                return k;
            }
        }
        List<String> names = new ArrayList<>();
        for (SourceKind k : SourceKind.values()) {
            names.add(k.jsonName());
        }
        throw new RulePackException(path, "unknown source kind '" + text + "' (expected one of " + names + ")");
    }

    private static String note(JsonObjectReader v) throws RulePackException {
        return v.optText("note", MAX_TEXT).orElse(null);
    }

    private static String optMatch(JsonObjectReader r, String key, Pattern pattern) throws RulePackException {
        String s = r.optText(key, 64).orElse(null);
        if (s != null && !pattern.matcher(s).matches()) {
            throw new RulePackException(r.pathOf(key), "'" + quoteKey(s) + "' does not match " + pattern);
        }
        return s;
    }

    private static String match(JsonObjectReader r, String key, Pattern pattern) throws RulePackException {
        String s = optMatch(r, key, pattern);
        if (s == null) {
            throw new RulePackException(r.pathOf(key), "required");
        }
        return s;
    }

    private static Period period(JsonObjectReader r, String key) throws RulePackException {
        String s = r.text(key, 32);
        Period p;
        try {
            p = Period.parse(s);
        } catch (DateTimeParseException e) {
            throw new RulePackException(r.pathOf(key), "expected an ISO period such as P3M or P15D");
        }
        if (p.isNegative() || p.getYears() < 0 || p.getMonths() < 0 || p.getDays() < 0) {
            throw new RulePackException(r.pathOf(key), "must not be negative");
        }
        if (p.toTotalMonths() > 1200 || p.getDays() > 36_600) {
            throw new RulePackException(r.pathOf(key), "longer than 100 years");
        }
        return p;
    }

    /** A non-negative amount up to {@link #MAX_AMOUNT}, as a JSON number or a decimal string. */
    private static BigDecimal amount(JsonObjectReader r, String key) throws RulePackException {
        BigDecimal d = r.optDecimalOrText(key).orElse(null);
        if (d == null) {
            return null;
        }
        if (d.signum() < 0) {
            throw new RulePackException(r.pathOf(key), "negative amount " + d.toPlainString());
        }
        if (d.compareTo(MAX_AMOUNT) > 0) {
            throw new RulePackException(r.pathOf(key), "larger than " + MAX_AMOUNT.toPlainString());
        }
        return d;
    }

    /** An amount in the pack's currency: never more decimals than the currency has, scaled to exactly that. */
    private BigDecimal optMoney(JsonObjectReader r, String key) throws RulePackException {
        BigDecimal d = amount(r, key);
        if (d == null) {
            return null;
        }
        int minor = country.currencyMinorUnits();
        if (d.scale() > minor) {
            throw new RulePackException(r.pathOf(key), "scale " + d.scale() + " exceeds "
                    + country.currencyCode() + "'s " + minor + " decimals (" + d.toPlainString() + ")");
        }
        return d.setScale(minor);
    }

    private BigDecimal money(JsonObjectReader r, String key) throws RulePackException {
        BigDecimal d = optMoney(r, key);
        if (d == null) {
            throw new RulePackException(r.pathOf(key), "required");
        }
        return d;
    }

    private static BigDecimal percent(JsonObjectReader r, String key) throws RulePackException {
        BigDecimal d = amount(r, key);
        if (d == null) {
            return null;
        }
        if (d.scale() > 2 || d.signum() <= 0 || d.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new RulePackException(r.pathOf(key), "expected a percentage above 0 and below 100, "
                    + "at most 2 decimals");
        }
        return d;
    }

    private static long days(Period p) {
        return p.toTotalMonths() * 31 + p.getDays();
    }

    private static String quoteKey(String key) {
        String k = key.length() > 40 ? key.substring(0, 40) + "…" : key;
        return k.replaceAll("[^\\p{Graph} ]", "?");
    }
}
