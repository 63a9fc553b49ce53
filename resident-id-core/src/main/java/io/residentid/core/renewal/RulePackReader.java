package io.residentid.core.renewal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.residentid.core.json.JsonLimits;
import io.residentid.core.json.ResidentIdJson;
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
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates a rule pack from JSON bytes, reporting the first problem with its JSON path. Walks the tree
 * by hand so every check (types, unknown fields, scales, references, overlaps) can name its location.
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
    private static final Pattern DECIMAL_TEXT = Pattern.compile("-?\\d{1,15}(\\.\\d{1,15})?");

    private static final ObjectReader READER = ResidentIdJson.mapper().reader()
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);

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
        JsonNode root;
        try {
            root = READER.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new RulePackException("$", "not valid JSON" + where + ": " + oneLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new RulePackException("$", "cannot read pack: " + e.getMessage(), e);
        } catch (NumberFormatException | ArithmeticException e) {
            // Jackson refuses a number whose exponent does not fit an int (1E+21474836471) with a raw exception.
            throw new RulePackException(RulePackException.NUMBER_OUT_OF_RANGE, "$", "number out of range", e);
        }
        if (root == null || root.isMissingNode()) {
            throw new RulePackException("$", "empty document");
        }
        checkNumbers(root, "$", 0);
        return new RulePackReader().pack(root);
    }

    /**
     * Bounds the scale and precision of every number in the document before anything else touches it: a number
     * such as {@code 1e-999999999} is cheap to hold but formatting it ({@code toPlainString}) or rescaling it
     * allocates gigabytes. The message never formats the number.
     */
    static void checkNumbers(JsonNode node, String path, int depth) throws RulePackException {
        if (node.isNumber()) {
            BigDecimal d;
            if (node.isBigDecimal()) {
                d = node.decimalValue();
            } else if (node.isDouble() || node.isFloat()) {
                double v = node.doubleValue();
                if (Double.isNaN(v) || Double.isInfinite(v)) {
                    throw new RulePackException(RulePackException.NUMBER_OUT_OF_RANGE, path, "not a finite number",
                            null);
                }
                return;
            } else {
                return; // integers: their length is bounded by the parser (64 digits)
            }
            if (d.scale() > MAX_NUMBER_SCALE || d.scale() < -MAX_NUMBER_SCALE || d.precision() > MAX_NUMBER_PRECISION) {
                throw new RulePackException(RulePackException.NUMBER_OUT_OF_RANGE, path,
                        "number out of range (at most " + MAX_NUMBER_PRECISION + " digits and exponents within +/-"
                                + MAX_NUMBER_SCALE + ")", null);
            }
            return;
        }
        if (depth > 64) {
            throw new RulePackException(path, "nested too deeply");
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkNumbers(node.get(i), path + "[" + i + "]", depth + 1);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                checkNumbers(e.getValue(), path + "." + quoteKey(e.getKey()), depth + 1);
            }
        }
    }

    private RulePack pack(JsonNode root) throws RulePackException {
        Obj o = new Obj(root, "$", "schemaVersion", "country", "version", "effectiveFrom", "calendar",
                "description", "sources", "validityOptions", "addOns", "renewalWindow", "recommendedLead",
                "legalDeadline", "gracePeriod", "lateFines", "replacementFees", "lostReporting", "ageRules",
                "eligibility", "documents", "biometrics");
        JsonNode schema = o.node.get("schemaVersion");
        if (schema != null && !(schema.isInt() && schema.intValue() == 1)) {
            throw new RulePackException("$.schemaVersion", "unsupported schema version (expected 1)");
        }
        o.optText("description", MAX_TEXT);
        String countryCode = o.reqText("country", 3);
        country = IssuingCountry.fromCode(countryCode).orElseThrow(() -> new RulePackException("$.country",
                "unknown country '" + countryCode + "' (expected OM, SA, QA, AE, KW or BH)"));
        String version = o.reqMatch("version", VERSION);
        LocalDate effectiveFrom = o.reqDate("effectiveFrom");
        CalendarSystem calendar = country.calendar();
        String cal = o.optText("calendar", 32);
        if (cal != null) {
            calendar = enumValue(CalendarSystem.class, cal, o.path + ".calendar");
        }

        List<Source> sources = new ArrayList<>();
        Arr sourceArray = o.reqArray("sources");
        if (sourceArray.size() == 0) {
            throw new RulePackException(o.path + ".sources", "at least one source is required");
        }
        Map<String, String> corroborating = new HashMap<>();
        for (int i = 0; i < sourceArray.size(); i++) {
            Obj s = sourceArray.obj(i, "id", "title", "publisher", "kind", "date", "url", "retrieved", "corroborates",
                    "note");
            String id = s.reqMatch("id", ID);
            if (!sourceIds.add(id)) {
                throw new RulePackException(s.path + ".id", "duplicate source id '" + id + "'");
            }
            SourceKind kind = sourceKind(s.reqText("kind", 16), s.path + ".kind");
            String date = s.optText("date", 10);
            if (date != null && !SOURCE_DATE.matcher(date).matches()) {
                throw new RulePackException(s.path + ".date", "expected YYYY, YYYY-MM or YYYY-MM-DD");
            }
            String url = s.optText("url", 500);
            if (url != null && !(url.startsWith("https://") || url.startsWith("http://"))) {
                throw new RulePackException(s.path + ".url", "expected an http(s) URL");
            }
            if (url == null && kind.official()) {
                // An official source is only worth citing if a reader can open it.
                throw new RulePackException(s.path + ".url", "a " + kind.jsonName() + " source needs its url");
            }
            LocalDate retrieved = s.reqDate("retrieved");
            String corroborates = s.optMatch("corroborates", ID);
            if (corroborates != null) {
                if (kind.official()) {
                    throw new RulePackException(s.path + ".corroborates",
                            "only news, guide or seed sources corroborate; a " + kind.jsonName()
                                    + " source stands on its own");
                }
                corroborating.put(s.path + ".corroborates", corroborates);
            }
            Source source = new Source(id, s.reqText("title", 500), s.reqText("publisher", 200), kind, date, url,
                    retrieved, corroborates, s.optText("note", MAX_TEXT));
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

        List<ValidityOption> options = validityOptions(o.optArray("validityOptions"));
        List<AddOn> addOns = addOns(o.optArray("addOns"));
        PeriodRule window = periodRule(o.optObj("renewalWindow"));
        PeriodRule lead = periodRule(o.optObj("recommendedLead"));
        PeriodRule deadline = periodRule(o.optObj("legalDeadline"));
        PeriodRule grace = periodRule(o.optObj("gracePeriod"));
        List<LateFine> fines = lateFines(o.optArray("lateFines"));
        List<ReplacementFee> replacements = replacementFees(o.optArray("replacementFees"));
        PeriodRule lost = periodRule(o.optObj("lostReporting"));
        List<AgeRule> ages = ageRules(o.optArray("ageRules"));
        List<EligibilityRule> eligibility = eligibility(o.optArray("eligibility"));
        List<DocumentRule> documents = documents(o.optArray("documents"));
        BiometricsRule biometrics = biometrics(o.optObj("biometrics"));
        if (window != null && lead != null && days(lead.period()) > days(window.period())) {
            throw new RulePackException("$.recommendedLead.period",
                    "lead time " + lead.period() + " is longer than the renewal window " + window.period());
        }
        return new RulePack(country, version, effectiveFrom, calendar, sources, options, addOns, window, lead,
                deadline, grace, fines, replacements, lost, ages, eligibility, documents, biometrics,
                lowConfidenceRules);
    }

    private List<ValidityOption> validityOptions(Arr a) throws RulePackException {
        List<ValidityOption> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        Map<String, String> defaults = new HashMap<>();
        for (int i = 0; i < a.size(); i++) {
            Obj v = a.obj(i, "id", "period", "basis", "amount", "category", "discountPercent", "minAge", "default",
                    "sourceId", "note", "confidence");
            String id = ruleId(v);
            Period period = v.reqPeriod("period");
            if (period.isZero()) {
                throw new RulePackException(v.path + ".period", "validity must be longer than zero");
            }
            if (period.getDays() != 0) {
                throw new RulePackException(v.path + ".period", "validity must be whole months or years");
            }
            String basisText = v.optText("basis", 16);
            FeeBasis basis = basisText == null ? FeeBasis.PER_OPTION
                    : enumValue(FeeBasis.class, basisText, v.path + ".basis");
            BigDecimal amount = v.optMoney("amount");
            String category = v.optMatch("category", CODE);
            BigDecimal discount = v.optPercent("discountPercent");
            Integer minAge = v.optInt("minAge", 0, 120);
            boolean isDefault = v.optBool("default", false);
            String key = period.toTotalMonths() + "/" + category + "/" + minAge;
            String previous = seen.putIfAbsent(key, v.path);
            if (previous != null) {
                throw new RulePackException(v.path + ".period", "validity " + period
                        + " overlaps " + previous + " (same period, category and minimum age)");
            }
            if (isDefault) {
                String prevDefault = defaults.putIfAbsent(String.valueOf(category), v.path);
                if (prevDefault != null) {
                    throw new RulePackException(v.path + ".default", "second default option for category "
                            + (category == null ? "(all)" : category) + " (first: " + prevDefault + ")");
                }
            }
            out.add(new ValidityOption(id, period, basis, amount, category, discount, minAge, isDefault,
                    sourceId(v), note(v)));
            remember(id, v.path);
        }
        return out;
    }

    private List<AddOn> addOns(Arr a) throws RulePackException {
        List<AddOn> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            Obj v = a.obj(i, "id", "item", "amount", "processes", "sourceId", "note", "confidence");
            String id = ruleId(v);
            String item = v.reqMatch("item", CODE);
            BigDecimal amount = v.reqMoney("amount");
            Set<RenewalProcess> processes = v.reqProcesses("processes");
            for (AddOn other : out) {
                if (other.item().equals(item) && !Collections.disjoint(other.processes(), processes)) {
                    throw new RulePackException(v.path + ".processes", "add-on " + item
                            + " overlaps rule '" + other.id() + "' for the same process");
                }
            }
            out.add(new AddOn(id, item, amount, processes, sourceId(v), note(v)));
            remember(id, v.path);
        }
        return out;
    }

    private PeriodRule periodRule(Obj v) throws RulePackException {
        if (v == null) {
            return null;
        }
        v.allow("id", "period", "sourceId", "note", "confidence");
        String id = ruleId(v);
        PeriodRule rule = new PeriodRule(id, v.reqPeriod("period"), sourceId(v), note(v));
        remember(id, v.path);
        return rule;
    }

    private List<LateFine> lateFines(Arr a) throws RulePackException {
        List<LateFine> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            Obj v = a.obj(i, "id", "basis", "amount", "cap", "countFrom", "tiers", "sourceId", "note", "confidence");
            String id = ruleId(v);
            FineBasis basis = enumValue(FineBasis.class, v.reqText("basis", 32), v.path + ".basis");
            String from = v.optText("countFrom", 16);
            FineStart countFrom = from == null ? FineStart.FINES_START
                    : enumValue(FineStart.class, from, v.path + ".countFrom");
            BigDecimal amount;
            BigDecimal cap = v.optMoney("cap");
            List<Tier> tiers;
            if (basis == FineBasis.PER_OFFENCE) {
                if (v.node.has("amount")) {
                    throw new RulePackException(v.path + ".amount", "a PER_OFFENCE fine takes its amounts from tiers");
                }
                amount = null;
                tiers = tiers(v.reqArray("tiers"), true);
            } else {
                if (v.node.has("tiers")) {
                    throw new RulePackException(v.path + ".tiers", "tiers are only allowed with basis PER_OFFENCE");
                }
                amount = v.reqMoney("amount");
                tiers = List.of();
            }
            if (cap != null && amount != null && cap.compareTo(amount) < 0) {
                throw new RulePackException(v.path + ".cap", "cap " + cap.toPlainString()
                        + " is below the amount " + amount.toPlainString());
            }
            out.add(new LateFine(id, basis, amount, cap, countFrom, tiers, sourceId(v), note(v)));
            remember(id, v.path);
        }
        return out;
    }

    private List<Tier> tiers(Arr a, boolean allowConsequence) throws RulePackException {
        if (a.size() == 0) {
            throw new RulePackException(a.path, "at least one tier is required");
        }
        List<Tier> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            Obj t = a.obj(i, "fromOffence", "toOffence", "amount", "consequence");
            int from = t.reqInt("fromOffence", 1, 99);
            Integer to = t.optInt("toOffence", 1, 99);
            if (to != null && to < from) {
                throw new RulePackException(t.path + ".toOffence", "ends before fromOffence " + from);
            }
            BigDecimal amount = t.optMoney("amount");
            String consequence = allowConsequence ? t.optMatch("consequence", CODE) : null;
            if (!allowConsequence && t.node.has("consequence")) {
                throw new RulePackException(t.path + ".consequence", "not allowed here");
            }
            if (amount == null && consequence == null) {
                throw new RulePackException(t.path, "a tier needs an amount or a consequence");
            }
            if (!out.isEmpty()) {
                Tier prev = out.get(out.size() - 1);
                if (prev.toOffence() == null || from <= prev.toOffence()) {
                    throw new RulePackException(t.path + ".fromOffence", "offence " + from + " overlaps tier ["
                            + (i - 1) + "] (tiers must ascend without overlap)");
                }
            }
            out.add(new Tier(from, to, amount, consequence));
        }
        return List.copyOf(out);
    }

    private List<ReplacementFee> replacementFees(Arr a) throws RulePackException {
        List<ReplacementFee> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            Obj v = a.obj(i, "id", "processes", "amount", "tiers", "sourceId", "note", "confidence");
            String id = ruleId(v);
            Set<RenewalProcess> processes = v.reqProcesses("processes");
            for (ReplacementFee other : out) {
                if (!Collections.disjoint(other.processes(), processes)) {
                    throw new RulePackException(v.path + ".processes", "overlaps rule '" + other.id()
                            + "' for the same process");
                }
            }
            BigDecimal amount = v.optMoney("amount");
            List<Tier> tiers = v.node.has("tiers") ? tiers(v.reqArray("tiers"), false) : List.of();
            if ((amount == null) == tiers.isEmpty()) {
                throw new RulePackException(v.path, "exactly one of amount or tiers is required");
            }
            out.add(new ReplacementFee(id, processes, amount, tiers, sourceId(v), note(v)));
            remember(id, v.path);
        }
        return out;
    }

    private List<AgeRule> ageRules(Arr a) throws RulePackException {
        List<AgeRule> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            Obj v = a.obj(i, "id", "kind", "minAge", "within", "fine", "sourceId", "note", "confidence");
            String id = ruleId(v);
            AgeRuleKind kind = enumValue(AgeRuleKind.class, v.reqText("kind", 32), v.path + ".kind");
            for (AgeRule other : out) {
                if (other.kind() == kind) {
                    throw new RulePackException(v.path + ".kind", "second " + kind + " rule (first: '"
                            + other.id() + "')");
                }
            }
            int minAge = v.reqInt("minAge", 0, 120);
            Period within = v.node.has("within") ? v.reqPeriod("within") : null;
            out.add(new AgeRule(id, kind, minAge, within, v.optMoney("fine"), sourceId(v), note(v)));
            remember(id, v.path);
        }
        return out;
    }

    private List<EligibilityRule> eligibility(Arr a) throws RulePackException {
        List<EligibilityRule> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            Obj v = a.obj(i, "id", "condition", "processes", "sourceId", "note", "confidence");
            String id = ruleId(v);
            EligibilityCondition condition = enumValue(EligibilityCondition.class, v.reqText("condition", 48),
                    v.path + ".condition");
            Set<RenewalProcess> processes = v.reqProcesses("processes");
            for (EligibilityRule other : out) {
                if (other.condition() == condition && !Collections.disjoint(other.processes(), processes)) {
                    throw new RulePackException(v.path + ".condition", condition + " overlaps rule '"
                            + other.id() + "' for the same process");
                }
            }
            out.add(new EligibilityRule(id, condition, processes, sourceId(v), note(v)));
            remember(id, v.path);
        }
        return out;
    }

    private List<DocumentRule> documents(Arr a) throws RulePackException {
        List<DocumentRule> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            Obj v = a.obj(i, "id", "document", "processes", "sourceId", "note", "confidence");
            String id = ruleId(v);
            String document = v.reqMatch("document", CODE);
            Set<RenewalProcess> processes = v.reqProcesses("processes");
            for (DocumentRule other : out) {
                if (other.document().equals(document) && !Collections.disjoint(other.processes(), processes)) {
                    throw new RulePackException(v.path + ".document", document + " overlaps rule '"
                            + other.id() + "' for the same process");
                }
            }
            out.add(new DocumentRule(id, document, processes, sourceId(v), note(v)));
            remember(id, v.path);
        }
        return out;
    }

    private BiometricsRule biometrics(Obj v) throws RulePackException {
        if (v == null) {
            return null;
        }
        v.allow("id", "processes", "onlyWithoutFingerprints", "sourceId", "note", "confidence");
        String id = ruleId(v);
        BiometricsRule rule = new BiometricsRule(id, v.reqProcesses("processes"),
                v.optBool("onlyWithoutFingerprints", false), sourceId(v), note(v));
        remember(id, v.path);
        return rule;
    }

    private String ruleId(Obj v) throws RulePackException {
        String id = v.reqMatch("id", ID);
        String previous = ruleIds.get(id);
        if (previous != null) {
            throw new RulePackException(v.path + ".id", "duplicate rule id '" + id + "' (first at " + previous + ")");
        }
        return id;
    }

    private void remember(String id, String path) {
        ruleIds.put(id, path);
    }

    private String sourceId(Obj v) throws RulePackException {
        String id = v.reqText("sourceId", 64);
        Source source = sourcesById.get(id);
        if (source == null) {
            throw new RulePackException(v.path + ".sourceId", "unknown source id '" + id + "'");
        }
        String confidence = v.optText("confidence", 8);
        if (confidence != null && !confidence.equals("LOW")) {
            throw new RulePackException(v.path + ".confidence", "expected LOW (or leave it out)");
        }
        if (!source.official() && confidence == null) {
            // News, guides and web articles may back an official source, never carry a figure alone unflagged.
            throw new RulePackException(v.path + ".sourceId", "source '" + id + "' is " + source.kind().jsonName()
                    + ", not official: cite an official source or mark the rule \"confidence\": \"LOW\"");
        }
        if (confidence != null) {
            lowConfidenceRules.put(v.reqMatch("id", ID), id);
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

    private static String note(Obj v) throws RulePackException {
        return v.optText("note", MAX_TEXT);
    }

    private static long days(Period p) {
        return p.toTotalMonths() * 31 + p.getDays();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String path)
            throws RulePackException {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(text)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name());
        }
        throw new RulePackException(path, "unknown value '" + text + "' (expected one of " + names + ")");
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.replaceAll("[\\r\\n]+", " ");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static String quoteKey(String key) {
        String k = key.length() > 40 ? key.substring(0, 40) + "…" : key;
        return k.replaceAll("[^\\p{Graph} ]", "?");
    }

    /** A JSON array with its path, bounded in length. */
    private final class Arr {
        final JsonNode node;
        final String path;

        Arr(JsonNode node, String path) throws RulePackException {
            if (!node.isArray()) {
                throw new RulePackException(path, "expected an array");
            }
            if (node.size() > MAX_ARRAY) {
                throw new RulePackException(path, "more than " + MAX_ARRAY + " entries");
            }
            this.node = node;
            this.path = path;
        }

        int size() {
            return node.size();
        }

        Obj obj(int i, String... allowed) throws RulePackException {
            return new Obj(node.get(i), path + "[" + i + "]", allowed);
        }
    }

    /** A JSON object with its path; rejects fields outside the allowed set. */
    private final class Obj {
        final JsonNode node;
        final String path;

        Obj(JsonNode node, String path, String... allowed) throws RulePackException {
            if (node == null || !node.isObject()) {
                throw new RulePackException(path, "expected an object");
            }
            this.node = node;
            this.path = path;
            if (allowed.length > 0) {
                allow(allowed);
            }
        }

        void allow(String... allowed) throws RulePackException {
            Set<String> ok = Set.of(allowed);
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!ok.contains(name)) {
                    throw new RulePackException(path + "." + quoteKey(name), "unknown field");
                }
            }
        }

        private JsonNode present(String key) {
            JsonNode v = node.get(key);
            return v == null || v.isNull() ? null : v;
        }

        String optText(String key, int maxLength) throws RulePackException {
            JsonNode v = present(key);
            if (v == null) {
                return null;
            }
            if (!v.isTextual()) {
                throw new RulePackException(path + "." + key, "expected a string");
            }
            String s = v.textValue();
            if (s.isBlank()) {
                throw new RulePackException(path + "." + key, "must not be blank");
            }
            if (s.length() > maxLength) {
                throw new RulePackException(path + "." + key, "longer than " + maxLength + " characters");
            }
            return s;
        }

        String reqText(String key, int maxLength) throws RulePackException {
            String s = optText(key, maxLength);
            if (s == null) {
                throw new RulePackException(path + "." + key, "required");
            }
            return s;
        }

        String optMatch(String key, Pattern pattern) throws RulePackException {
            String s = optText(key, 64);
            if (s != null && !pattern.matcher(s).matches()) {
                throw new RulePackException(path + "." + key, "'" + quoteKey(s) + "' does not match " + pattern);
            }
            return s;
        }

        String reqMatch(String key, Pattern pattern) throws RulePackException {
            String s = optMatch(key, pattern);
            if (s == null) {
                throw new RulePackException(path + "." + key, "required");
            }
            return s;
        }

        LocalDate reqDate(String key) throws RulePackException {
            String s = reqText(key, 10);
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw new RulePackException(path + "." + key, "expected an ISO date YYYY-MM-DD");
            }
        }

        Period reqPeriod(String key) throws RulePackException {
            String s = reqText(key, 32);
            Period p;
            try {
                p = Period.parse(s);
            } catch (DateTimeParseException e) {
                throw new RulePackException(path + "." + key, "expected an ISO period such as P3M or P15D");
            }
            if (p.isNegative() || p.getYears() < 0 || p.getMonths() < 0 || p.getDays() < 0) {
                throw new RulePackException(path + "." + key, "must not be negative");
            }
            if (p.toTotalMonths() > 1200 || p.getDays() > 36_600) {
                throw new RulePackException(path + "." + key, "longer than 100 years");
            }
            return p;
        }

        boolean optBool(String key, boolean dflt) throws RulePackException {
            JsonNode v = present(key);
            if (v == null) {
                return dflt;
            }
            if (!v.isBoolean()) {
                throw new RulePackException(path + "." + key, "expected true or false");
            }
            return v.booleanValue();
        }

        Integer optInt(String key, int min, int max) throws RulePackException {
            JsonNode v = present(key);
            if (v == null) {
                return null;
            }
            if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < min || v.intValue() > max) {
                throw new RulePackException(path + "." + key, "expected an integer " + min + "-" + max);
            }
            return v.intValue();
        }

        int reqInt(String key, int min, int max) throws RulePackException {
            Integer i = optInt(key, min, max);
            if (i == null) {
                throw new RulePackException(path + "." + key, "required");
            }
            return i;
        }

        private BigDecimal decimal(String key) throws RulePackException {
            JsonNode v = present(key);
            if (v == null) {
                return null;
            }
            BigDecimal d;
            if (v.isNumber()) {
                if (v.isDouble() || v.isFloat()) {
                    throw new RulePackException(path + "." + key, "expected an exact decimal");
                }
                d = v.decimalValue();
            } else if (v.isTextual() && DECIMAL_TEXT.matcher(v.textValue()).matches()) {
                d = new BigDecimal(v.textValue());
            } else {
                throw new RulePackException(path + "." + key, "expected a decimal number");
            }
            if (d.signum() < 0) {
                throw new RulePackException(path + "." + key, "negative amount " + d.toPlainString());
            }
            if (d.compareTo(MAX_AMOUNT) > 0) {
                throw new RulePackException(path + "." + key, "larger than " + MAX_AMOUNT.toPlainString());
            }
            return d;
        }

        BigDecimal optMoney(String key) throws RulePackException {
            BigDecimal d = decimal(key);
            if (d == null) {
                return null;
            }
            int minor = country.currencyMinorUnits();
            if (d.scale() > minor) {
                throw new RulePackException(path + "." + key, "scale " + d.scale() + " exceeds "
                        + country.currencyCode() + "'s " + minor + " decimals (" + d.toPlainString() + ")");
            }
            return d.setScale(minor);
        }

        BigDecimal reqMoney(String key) throws RulePackException {
            BigDecimal d = optMoney(key);
            if (d == null) {
                throw new RulePackException(path + "." + key, "required");
            }
            return d;
        }

        BigDecimal optPercent(String key) throws RulePackException {
            BigDecimal d = decimal(key);
            if (d == null) {
                return null;
            }
            if (d.scale() > 2 || d.signum() <= 0 || d.compareTo(BigDecimal.valueOf(100)) >= 0) {
                throw new RulePackException(path + "." + key, "expected a percentage above 0 and below 100, "
                        + "at most 2 decimals");
            }
            return d;
        }

        Set<RenewalProcess> reqProcesses(String key) throws RulePackException {
            JsonNode v = present(key);
            if (v == null) {
                throw new RulePackException(path + "." + key, "required");
            }
            Arr a = new Arr(v, path + "." + key);
            if (a.size() == 0) {
                throw new RulePackException(a.path, "at least one process is required");
            }
            EnumSet<RenewalProcess> set = EnumSet.noneOf(RenewalProcess.class);
            for (int i = 0; i < a.size(); i++) {
                JsonNode p = a.node.get(i);
                String at = a.path + "[" + i + "]";
                if (!p.isTextual()) {
                    throw new RulePackException(at, "expected a process name");
                }
                if (!set.add(enumValue(RenewalProcess.class, p.textValue(), at))) {
                    throw new RulePackException(at, "duplicate process " + p.textValue());
                }
            }
            return Collections.unmodifiableSet(set);
        }

        Arr reqArray(String key) throws RulePackException {
            JsonNode v = present(key);
            if (v == null) {
                throw new RulePackException(path + "." + key, "required");
            }
            return new Arr(v, path + "." + key);
        }

        Arr optArray(String key) throws RulePackException {
            JsonNode v = present(key);
            return new Arr(v == null ? READER.createArrayNode() : v, path + "." + key);
        }

        Obj optObj(String key) throws RulePackException {
            JsonNode v = present(key);
            return v == null ? null : new Obj(v, path + "." + key);
        }
    }

}
