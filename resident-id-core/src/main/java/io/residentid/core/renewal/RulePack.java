package io.residentid.core.renewal;

import io.residentid.core.model.CalendarSystem;
import io.residentid.core.model.IssuingCountry;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One version of one country's renewal rules, with the provenance of every figure. Immutable and thread-safe.
 *
 * <p>Packs are JSON documents; the schema is described in {@code io/residentid/core/renewal/packs/SCHEMA.md}
 * (bundled next to the packs). In short:
 * <pre>
 * { "schemaVersion": 1, "country": "OM", "version": "2025.1", "effectiveFrom": "2025-08-01",
 *   "calendar": "GREGORIAN",
 *   "sources": [ {"id", "title", "publisher", "kind": "decree", "retrieved": "2026-12-06", "url", "date",
 *                 "corroborates", "note"} ],
 *   "validityOptions": [ {"id", "period": "P1Y", "basis": "PER_YEAR", "amount": "5.000", "category",
 *                         "discountPercent", "minAge", "default", "sourceId", "note"} ],
 *   "addOns":          [ {"id", "item": "COURIER", "amount", "processes": ["RENEWAL"], "sourceId", "note"} ],
 *   "renewalWindow":   {"id", "period": "P3M", "sourceId", "note"},     // opens this long before expiry
 *   "recommendedLead": {"id", "period": "P15D", "sourceId", "note"},    // renew at least this long before expiry
 *   "legalDeadline":   {"id", "period": "P30D", "sourceId", "note"},    // renewal required within this after expiry
 *   "gracePeriod":     {"id", "period": "P30D", "sourceId", "note"},    // no fine accrues this long after expiry
 *   "lateFines":       [ {"id", "basis": "PER_MONTH_OR_PART", "amount", "cap", "countFrom": "FINES_START",
 *                         "tiers": [ {"fromOffence", "toOffence", "amount", "consequence"} ], "sourceId", "note"} ],
 *   "replacementFees": [ {"id", "processes": ["LOST", "DAMAGED"], "amount" | "tiers", "sourceId", "note"} ],
 *   "lostReporting":   {"id", "period": "P14D", "sourceId", "note"},
 *   "ageRules":        [ {"id", "kind": "CARD_REQUIRED", "minAge": 10, "within": "P30D", "fine", "sourceId"} ],
 *   "eligibility":     [ {"id", "condition": "IN_COUNTRY", "processes": ["RENEWAL"], "sourceId", "note"} ],
 *   "documents":       [ {"id", "document": "PASSPORT_COPY", "processes": ["RENEWAL"], "sourceId", "note"} ],
 *   "biometrics":      {"id", "processes": ["RENEWAL"], "onlyWithoutFingerprints": true, "sourceId", "note"} }
 * </pre>
 * Amounts are JSON numbers or strings in the country's currency with at most its minor units of decimals.
 * Source kinds are {@code decree}, {@code gazette}, {@code ministry}, {@code police}, {@code portal} (official) and
 * {@code news}, {@code guide}, {@code seed}; every rule may add {@code "confidence": "LOW"}, and must when its
 * source is not official.
 */
public final class RulePack {

    /** Largest pack accepted, in bytes. */
    public static final int MAX_BYTES = 256 * 1024;

    private final IssuingCountry country;
    private final String version;
    private final LocalDate effectiveFrom;
    private final CalendarSystem calendar;
    private final List<Source> sources;
    private final Map<String, Source> sourcesById;
    private final List<ValidityOption> validityOptions;
    private final List<AddOn> addOns;
    private final PeriodRule renewalWindow;
    private final PeriodRule recommendedLead;
    private final PeriodRule legalDeadline;
    private final PeriodRule gracePeriod;
    private final List<LateFine> lateFines;
    private final List<ReplacementFee> replacementFees;
    private final PeriodRule lostReporting;
    private final List<AgeRule> ageRules;
    private final List<EligibilityRule> eligibility;
    private final List<DocumentRule> documents;
    private final BiometricsRule biometrics;
    private final Map<String, String> lowConfidenceRules;
    private final Map<String, RenewalNote> lowConfidenceNotes;

    // Per-process views computed once, so an assessment does no filtering or set building.
    private final Map<RenewalProcess, List<RequiredDocument>> documentsByProcess =
            new java.util.EnumMap<>(RenewalProcess.class);
    private final Map<RenewalProcess, List<EligibilityRule>> eligibilityByProcess =
            new java.util.EnumMap<>(RenewalProcess.class);
    private final Map<RenewalProcess, List<AddOn>> addOnsByProcess = new java.util.EnumMap<>(RenewalProcess.class);
    private final String validityCategories;

    @SuppressWarnings("checkstyle:ParameterNumber")
    RulePack(IssuingCountry country, String version, LocalDate effectiveFrom, CalendarSystem calendar,
             List<Source> sources, List<ValidityOption> validityOptions, List<AddOn> addOns,
             PeriodRule renewalWindow, PeriodRule recommendedLead, PeriodRule legalDeadline,
             PeriodRule gracePeriod, List<LateFine> lateFines, List<ReplacementFee> replacementFees,
             PeriodRule lostReporting, List<AgeRule> ageRules, List<EligibilityRule> eligibility,
             List<DocumentRule> documents, BiometricsRule biometrics,
             Map<String, String> lowConfidenceRules) {
        this.country = country;
        this.lowConfidenceRules = Map.copyOf(lowConfidenceRules);
        // Built once: an assessment adds these shared immutable notes without allocating.
        Map<String, RenewalNote> lowNotes = new java.util.HashMap<>();
        Map<String, Source> byId = new java.util.HashMap<>();
        sources.forEach(src -> byId.put(src.id(), src));
        this.lowConfidenceRules.forEach((rule, sourceId) -> {
            Source src = byId.get(sourceId);
            lowNotes.put(rule, RenewalNote.of(RenewalNoteCode.LOW_CONFIDENCE, rule, src == null ? "?" : src.publisher(),
                    src == null ? "?" : src.title()));
        });
        this.lowConfidenceNotes = Map.copyOf(lowNotes);
        this.version = version;
        this.effectiveFrom = effectiveFrom;
        this.calendar = calendar;
        this.sources = List.copyOf(sources);
        this.sourcesById = this.sources.stream().collect(Collectors.toUnmodifiableMap(Source::id, Function.identity()));
        this.validityOptions = List.copyOf(validityOptions);
        this.addOns = List.copyOf(addOns);
        this.renewalWindow = renewalWindow;
        this.recommendedLead = recommendedLead;
        this.legalDeadline = legalDeadline;
        this.gracePeriod = gracePeriod;
        this.lateFines = List.copyOf(lateFines);
        this.replacementFees = List.copyOf(replacementFees);
        this.lostReporting = lostReporting;
        this.ageRules = List.copyOf(ageRules);
        this.eligibility = List.copyOf(eligibility);
        this.documents = List.copyOf(documents);
        this.biometrics = biometrics;
        for (RenewalProcess process : RenewalProcess.values()) {
            documentsByProcess.put(process, this.documents.stream().filter(d -> d.processes().contains(process))
                    .map(d -> new RequiredDocument(d.document(), d.id(), d.sourceId())).toList());
            eligibilityByProcess.put(process, this.eligibility.stream()
                    .filter(e -> e.processes().contains(process)).toList());
            addOnsByProcess.put(process, this.addOns.stream().filter(a -> a.processes().contains(process)).toList());
        }
        String categories = this.validityOptions.stream().map(ValidityOption::category)
                .filter(java.util.Objects::nonNull).distinct().collect(Collectors.joining(", "));
        this.validityCategories = categories.isEmpty() ? null : categories;
    }

    List<RequiredDocument> documentsFor(RenewalProcess process) {
        return documentsByProcess.get(process);
    }

    List<EligibilityRule> eligibilityFor(RenewalProcess process) {
        return eligibilityByProcess.get(process);
    }

    List<AddOn> addOnsFor(RenewalProcess process) {
        return addOnsByProcess.get(process);
    }

    /** {@return comma-separated sponsorship categories of the validity options, null when fees do not depend on one} */
    String validityCategories() {
        return validityCategories;
    }

    /**
     * Parses and validates a pack.
     *
     * @throws RulePackException with a JSON path when the pack is malformed, too large or inconsistent
     * @param json the pack as JSON text
     * @return the validated pack
     */
    public static RulePack parse(String json) throws RulePackException {
        if (json == null) {
            throw new RulePackException("$", "no input");
        }
        return RulePackReader.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Parses a pack from a stream (read to the end, at most {@link #MAX_BYTES}; not closed).
     *
     * @throws RulePackException when the pack is malformed, too large or cannot be read
     * @param in the pack as UTF-8 JSON
     * @return the validated pack
     */
    public static RulePack parse(InputStream in) throws RulePackException {
        if (in == null) {
            throw new RulePackException("$", "no input");
        }
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new RulePackException("$", "cannot read pack: " + e.getMessage(), e);
        }
        return RulePackReader.read(bytes);
    }

    /**
     * Parses a pack file.
     *
     * @param file the pack file
     * @return the validated pack
     */
    public static RulePack load(Path file) throws RulePackException {
        if (file == null) {
            throw new RulePackException("$", "no file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        } catch (IOException e) {
            throw new RulePackException("$", "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** {@return the country whose rules these are; amounts are in its currency} */
    public IssuingCountry country() {
        return country;
    }

    /** {@return pack version, e.g. {@code 2025.1}} */
    public String version() {
        return version;
    }

    /** {@return first day this version is in force} */
    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    /** {@return the calendar in which this country's documents may carry their dates} */
    public CalendarSystem calendar() {
        return calendar;
    }

    /** {@return ISO 4217 code of the pack's amounts} */
    public String currency() {
        return country.currencyCode();
    }

    /** {@return the sources the pack cites} */
    public List<Source> sources() {
        return sources;
    }

    /**
     * {@return the source with this id (every rule's source id resolves: checked on load)}
     *
     * @param id the source id
     */
    public Optional<Source> source(String id) {
        return Optional.ofNullable(sourcesById.get(id));
    }

    /** {@return the validity periods offered, with their fees} */
    public List<ValidityOption> validityOptions() {
        return validityOptions;
    }

    /**
     * Whether a rule is marked {@code "confidence": "LOW"}: its figure rests only on unofficial sources (news, guides,
     * web articles). The calculator adds a {@code LOW_CONFIDENCE} note for each such figure an assessment uses.
     *
     * @param ruleId the rule id
     * @return whether the rule is marked low-confidence
     */
    public boolean lowConfidence(String ruleId) {
        return lowConfidenceRules.containsKey(ruleId);
    }

    /** {@return ids of the rules marked low-confidence, for listings} */
    public Set<String> lowConfidenceRules() {
        return lowConfidenceRules.keySet();
    }

    boolean hasLowConfidenceRules() {
        return !lowConfidenceRules.isEmpty();
    }

    /** The {@code LOW_CONFIDENCE} note of a low-confidence rule; null for other rules. */
    RenewalNote lowConfidenceNote(String ruleId) {
        return lowConfidenceNotes.get(ruleId);
    }

    /** {@return the extra charges (card, delivery, …) by process} */
    public List<AddOn> addOns() {
        return addOns;
    }

    // Nullable accessors for the calculator's hot path (no Optional or lambda per assessment).
    PeriodRule rawRenewalWindow() {
        return renewalWindow;
    }

    PeriodRule rawRecommendedLead() {
        return recommendedLead;
    }

    PeriodRule rawLegalDeadline() {
        return legalDeadline;
    }

    PeriodRule rawGracePeriod() {
        return gracePeriod;
    }

    /** {@return how long before expiry renewal opens} */
    public Optional<PeriodRule> renewalWindow() {
        return Optional.ofNullable(renewalWindow);
    }

    /** {@return how long before expiry the authority recommends renewing} */
    public Optional<PeriodRule> recommendedLead() {
        return Optional.ofNullable(recommendedLead);
    }

    /** {@return how long after expiry renewal is legally due} */
    public Optional<PeriodRule> legalDeadline() {
        return Optional.ofNullable(legalDeadline);
    }

    /** {@return how long after expiry no fine accrues} */
    public Optional<PeriodRule> gracePeriod() {
        return Optional.ofNullable(gracePeriod);
    }

    /** {@return the fines for renewing late} */
    public List<LateFine> lateFines() {
        return lateFines;
    }

    /** {@return the fees for replacing a lost or damaged card} */
    public List<ReplacementFee> replacementFees() {
        return replacementFees;
    }

    /** {@return how soon a lost card must be reported} */
    public Optional<PeriodRule> lostReporting() {
        return Optional.ofNullable(lostReporting);
    }

    /** {@return the age rules (card required, ID compulsory, online services)} */
    public List<AgeRule> ageRules() {
        return ageRules;
    }

    /** {@return the eligibility conditions by process} */
    public List<EligibilityRule> eligibility() {
        return eligibility;
    }

    /** {@return the required documents by process} */
    public List<DocumentRule> documents() {
        return documents;
    }

    /** {@return when biometrics must be captured} */
    public Optional<BiometricsRule> biometrics() {
        return Optional.ofNullable(biometrics);
    }

    @Override
    public String toString() {
        return "RulePack{" + country.alpha2() + " " + version + " from " + effectiveFrom + "}";
    }

    /** How a validity option's amount is charged. */
    public enum FeeBasis {
        /** The amount is per year of validity (prorated by months for shorter periods). */
        PER_YEAR,
        /** The amount is the fee for the whole option. */
        PER_OPTION
    }

    /** How a late fine accrues. */
    public enum FineBasis {
        /** Amount per day late. */
        PER_DAY,
        /** Amount per month late, a started month counting as a whole one. */
        PER_MONTH_OR_PART,
        /** A fixed amount or consequence per offence number, from the rule's tiers. */
        PER_OFFENCE,
        /** One fixed amount once fines start. */
        ONCE
    }

    /** The day from which a fine counts. */
    public enum FineStart {
        /** The day after expiry. */
        EXPIRY,
        /** The first day after the grace period. */
        FINES_START
    }

    /** What an age rule governs. */
    public enum AgeRuleKind {
        /** The card is required from this age (within a period after reaching it or entering). */
        CARD_REQUIRED,
        /** Holding the ID is compulsory from this age. */
        ID_COMPULSORY,
        /** Online (smart-card) services are available from this age: becomes an eligibility condition. */
        ESERVICES
    }

    /**
     * Where a figure comes from.
     *
     * @param id           pack-unique id that rules cite
     * @param title        title of the text or article
     * @param publisher    who published it
     * @param kind         what kind of source it is (decree, gazette, ministry, police, portal, news, guide, seed)
     * @param date         publication date, {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; may be null
     * @param url          where it can be found; required for official kinds, may be null otherwise
     * @param retrieved    when the research last read it
     * @param corroborates id of the official source this one only backs up; null when it stands on its own
     * @param note         what the source says, briefly; may be null
     */
    public record Source(String id, String title, String publisher, SourceKind kind, String date, String url,
                         LocalDate retrieved, String corroborates, String note) {

        /**
         * {@return whether the source is official (a decree, the gazette, a ministry, police or government portal
         * page)}
         */
        public boolean official() {
            return kind.official();
        }
    }

    /** Kinds of source, from the most authoritative; the JSON form is the lower-case name. */
    public enum SourceKind {
        /** A decree, law or ministerial decision (its text). */
        DECREE(true),
        /** The official gazette. */
        GAZETTE(true),
        /** A ministry's or authority's own page. */
        MINISTRY(true),
        /** A police or immigration directorate's own page. */
        POLICE(true),
        /** A government service portal page. */
        PORTAL(true),
        /** A news article: corroboration, or low confidence when alone. */
        NEWS(false),
        /** An expat guide or other unofficial explainer. */
        GUIDE(false),
        /** A research seed (web article collected by the research notes). */
        SEED(false);

        private final boolean official;

        SourceKind(boolean official) {
            this.official = official;
        }

        /** {@return whether sources of this kind are official} */
        public boolean official() {
            return official;
        }

        /** {@return the JSON form, e.g. {@code news}} */
        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A validity period on offer and its fee.
     *
     * @param amount          fee (per year or per option), null when the pack does not know it
     * @param category        sponsorship category it applies to, null for all
     * @param discountPercent discount on the fee for this option, null for none
     * @param minAge          minimum age of the holder for this option, null for any
     * @param defaultOption   used when the caller asks for no particular validity
     * @param id the rule's identifier, unique within the pack
     * @param period the period
     * @param basis how the amount is charged
     * @param sourceId the id of the pack source this figure rests on
     * @param note a remark from the pack, or null
     */
    public record ValidityOption(String id, Period period, FeeBasis basis, BigDecimal amount, String category,
                                 BigDecimal discountPercent, Integer minAge, boolean defaultOption,
                                 String sourceId, String note) {
        /** {@return period in whole months, for fee proration and comparisons} */
        public long months() {
            return period.toTotalMonths();
        }
    }

    /**
     * A fixed extra charge for some processes, e.g. courier delivery.
     *
     * @param id the rule's identifier, unique within the pack
     * @param item what is charged for, a language-free code
     * @param amount the amount in the pack's currency, null when unknown
     * @param processes the processes it applies to
     * @param sourceId the id of the pack source this figure rests on
     * @param note a remark from the pack, or null
     */
    public record AddOn(String id, String item, BigDecimal amount, Set<RenewalProcess> processes, String sourceId,
                        String note) {
    }

    /**
     * A duration relative to expiry (window, lead time, deadline, grace) or to a loss (reporting).
     *
     * @param id the rule's identifier, unique within the pack
     * @param period the period
     * @param sourceId the id of the pack source this figure rests on
     * @param note a remark from the pack, or null
     */
    public record PeriodRule(String id, Period period, String sourceId, String note) {
    }

    /**
     * A late-renewal fine.
     *
     * @param amount    per day / per month / once; null for {@link FineBasis#PER_OFFENCE}
     * @param cap       maximum total of this fine, null for none
     * @param tiers     offence tiers for {@link FineBasis#PER_OFFENCE}, ascending and not overlapping
     * @param id the rule's identifier, unique within the pack
     * @param basis how the amount is charged
     * @param countFrom when the fine starts counting
     * @param sourceId the id of the pack source this figure rests on
     * @param note a remark from the pack, or null
     */
    public record LateFine(String id, FineBasis basis, BigDecimal amount, BigDecimal cap, FineStart countFrom,
                           List<Tier> tiers, String sourceId, String note) {
    }

    /**
     * An offence tier: offences {@code fromOffence..toOffence} (inclusive; {@code toOffence} null = and above).
     *
     * @param amount      fine or fee for this tier, null when the tier only has a consequence
     * @param consequence non-monetary consequence code (e.g. {@code DEPORTATION}), null for none
     * @param fromOffence first offence number of the tier (1 = first offence)
     * @param toOffence last offence number of the tier, null for "and above"
     */
    public record Tier(int fromOffence, Integer toOffence, BigDecimal amount, String consequence) {
        boolean covers(int offence) {
            return offence >= fromOffence && (toOffence == null || offence <= toOffence);
        }
    }

    /**
     * The fee to replace a lost or damaged card: a flat amount or offence tiers.
     *
     * @param id the rule's identifier, unique within the pack
     * @param processes the processes it applies to
     * @param amount the amount in the pack's currency, null when unknown
     * @param tiers offence tiers, ascending; empty for a flat amount
     * @param sourceId the id of the pack source this figure rests on
     * @param note a remark from the pack, or null
     */
    public record ReplacementFee(String id, Set<RenewalProcess> processes, BigDecimal amount, List<Tier> tiers,
                                 String sourceId, String note) {
    }

    /**
     * An age threshold.
     *
     * @param within period after reaching the age (or entering) to obtain the card, null when not stated
     * @param fine   fine for not obtaining it in time, null when not stated
     * @param id the rule's identifier, unique within the pack
     * @param kind what the threshold governs
     * @param minAge the age in years
     * @param sourceId the id of the pack source this figure rests on
     * @param note a remark from the pack, or null
     */
    public record AgeRule(String id, AgeRuleKind kind, int minAge, Period within, BigDecimal fine, String sourceId,
                          String note) {
    }

    /**
     * A condition a resident must meet for some processes.
     *
     * @param id the rule's identifier, unique within the pack
     * @param condition the condition to meet
     * @param processes the processes it applies to
     * @param sourceId the id of the pack source this figure rests on
     * @param note a remark from the pack, or null
     */
    public record EligibilityRule(String id, EligibilityCondition condition, Set<RenewalProcess> processes,
                                  String sourceId, String note) {
    }

    /**
     * A document required for some processes; {@code document} is a language-free code, e.g. {@code PHOTO}.
     *
     * @param id the rule's identifier, unique within the pack
     * @param document the document code, e.g. {@code PHOTO}
     * @param processes the processes it applies to
     * @param sourceId the id of the pack source this figure rests on
     * @param note a remark from the pack, or null
     */
    public record DocumentRule(String id, String document, Set<RenewalProcess> processes, String sourceId,
                               String note) {
    }

    /**
     * A biometrics appointment required for some processes.
     *
     * @param onlyWithoutFingerprints required only when fingerprints are not known to be on file
     * @param id the rule's identifier, unique within the pack
     * @param processes the processes it applies to
     * @param sourceId the id of the pack source this figure rests on
     * @param note a remark from the pack, or null
     */
    public record BiometricsRule(String id, Set<RenewalProcess> processes, boolean onlyWithoutFingerprints,
                                 String sourceId, String note) {
    }
}
