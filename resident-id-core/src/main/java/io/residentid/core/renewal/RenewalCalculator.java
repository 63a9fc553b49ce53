package io.residentid.core.renewal;

import io.residentid.core.model.IdentityDocument;
import io.residentid.core.model.IssuingCountry;
import io.residentid.core.renewal.RulePack.AddOn;
import io.residentid.core.renewal.RulePack.AgeRule;
import io.residentid.core.renewal.RulePack.BiometricsRule;
import io.residentid.core.renewal.RulePack.EligibilityRule;
import io.residentid.core.renewal.RulePack.FeeBasis;
import io.residentid.core.renewal.RulePack.FineStart;
import io.residentid.core.renewal.RulePack.LateFine;
import io.residentid.core.renewal.RulePack.PeriodRule;
import io.residentid.core.renewal.RulePack.ReplacementFee;
import io.residentid.core.renewal.RulePack.Tier;
import io.residentid.core.renewal.RulePack.ValidityOption;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Computes renewal assessments from rule packs: status, key dates, fees, fines, eligibility and documents.
 * Immutable and thread-safe: one instance can serve every thread of a portal or a nightly batch.
 *
 * <pre>{@code
 * RenewalCalculator calculator = RenewalCalculator.bundled();
 * RenewalAssessment a = calculator.assess(IssuingCountry.OMAN, LocalDate.of(2027, 6, 30),
 *         ResidentFacts.builder().inCountry(true).build(), LocalDate.of(2027, 8, 9), Period.ofYears(2));
 * a.status();   // OVERDUE
 * a.total();    // 15.000 OMR: 10.000 fee for two years + 5.000 fine (one month or part)
 * }</pre>
 *
 * <p>Dates: a card is valid through its expiry date. Periods before expiry (window, lead time) are subtracted
 * from it, periods after expiry (deadline, grace) added; fines start the day after the grace period ends.
 */
public final class RenewalCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private final RulePacks packs;

    /** A calculator over the given packs. */
    public RenewalCalculator(RulePacks packs) {
        this.packs = Objects.requireNonNull(packs, "packs");
    }

    /** A calculator over the SDK's bundled packs. */
    public static RenewalCalculator bundled() {
        return new RenewalCalculator(RulePacks.bundled());
    }

    /** The packs this calculator uses. */
    public RulePacks packs() {
        return packs;
    }

    /**
     * Assesses a card renewal on {@code date}.
     *
     * @param country           the issuing country (selects the pack in force on {@code date})
     * @param expiry            the card's expiry (last valid day)
     * @param facts             what is known about the resident; missing facts give UNKNOWN conditions
     * @param date              the assessment date
     * @param requestedValidity the validity to price, or null for the pack's default option
     * @throws IllegalArgumentException when no pack exists for the country or the pack does not offer the
     *                                  requested validity
     */
    public RenewalAssessment assess(IssuingCountry country, LocalDate expiry, ResidentFacts facts, LocalDate date,
                                    Period requestedValidity) {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(expiry, "expiry");
        Objects.requireNonNull(date, "date");
        ResidentFacts f = facts == null ? ResidentFacts.none() : facts;
        List<RenewalNote> notes = new ArrayList<>(12);
        RulePack pack = pack(country, date, notes);
        String currency = pack.currency();
        int scale = country.currencyMinorUnits();

        // Key dates.
        PeriodRule window = pack.rawRenewalWindow();
        PeriodRule lead = pack.rawRecommendedLead();
        PeriodRule deadline = pack.rawLegalDeadline();
        PeriodRule grace = pack.rawGracePeriod();
        LocalDate windowOpens = window == null ? null : expiry.minus(window.period());
        LocalDate renewBy = lead == null ? null : expiry.minus(lead.period());
        LocalDate legalDeadline = deadline == null ? expiry : expiry.plus(deadline.period());
        LocalDate graceEnds = grace == null || grace.period().isZero() ? null : expiry.plus(grace.period());
        boolean hasFines = !pack.lateFines().isEmpty();
        LocalDate finesStart = hasFines ? (graceEnds == null ? expiry : graceEnds).plusDays(1) : null;
        KeyDates keyDates = new KeyDates(expiry, windowOpens, renewBy, legalDeadline, finesStart, graceEnds);

        // Status.
        RenewalStatus status;
        if (!date.isAfter(expiry)) {
            if (renewBy != null && !date.isBefore(renewBy)) {
                status = RenewalStatus.DUE;
            } else if (windowOpens != null && !date.isBefore(windowOpens)) {
                status = RenewalStatus.RENEWAL_OPEN;
            } else {
                status = RenewalStatus.VALID;
            }
            notes.add(RenewalNote.of(RenewalNoteCode.EXPIRES_IN_DAYS, ChronoUnit.DAYS.between(date, expiry), expiry));
            if (status == RenewalStatus.VALID && windowOpens != null) {
                notes.add(RenewalNote.of(RenewalNoteCode.WINDOW_OPENS, windowOpens));
            }
            if (renewBy != null) {
                notes.add(RenewalNote.of(RenewalNoteCode.RENEW_BY, renewBy));
            }
        } else {
            notes.add(RenewalNote.of(RenewalNoteCode.EXPIRED_DAYS_AGO, ChronoUnit.DAYS.between(expiry, date), expiry));
            if (finesStart != null) {
                status = date.isBefore(finesStart) ? RenewalStatus.GRACE : RenewalStatus.OVERDUE;
            } else {
                LocalDate lastFree = graceEnds != null && graceEnds.isAfter(legalDeadline) ? graceEnds : legalDeadline;
                status = date.isAfter(lastFree) ? RenewalStatus.OVERDUE : RenewalStatus.GRACE;
            }
            if (status == RenewalStatus.GRACE && finesStart != null) {
                notes.add(RenewalNote.of(RenewalNoteCode.GRACE_ENDS, graceEnds == null ? expiry : graceEnds, finesStart));
            }
            if (date.isAfter(legalDeadline) && !legalDeadline.equals(expiry)) {
                notes.add(RenewalNote.of(RenewalNoteCode.DEADLINE_PASSED, legalDeadline));
            }
            if (!hasFines) {
                notes.add(RenewalNote.of(RenewalNoteCode.NO_FINE_RULE));
            }
        }

        // Fees.
        List<ChargeLine> fees = new ArrayList<>(3);
        Period validity = validityFees(pack, f, date, requestedValidity, fees, notes, scale);
        for (AddOn addOn : pack.addOnsFor(RenewalProcess.RENEWAL)) {
            fees.add(new ChargeLine(addOn.item(), addOn.amount(), currency, 1, addOn.id(), addOn.sourceId()));
        }

        // Fines.
        List<ChargeLine> fines = List.of();
        List<Consequence> consequences = List.of();
        if (status == RenewalStatus.OVERDUE && hasFines) {
            fines = new ArrayList<>(2);
            consequences = new ArrayList<>(1);
            notes.add(RenewalNote.of(RenewalNoteCode.FINES_ACCRUING, finesStart));
            for (LateFine fine : pack.lateFines()) {
                lateFine(fine, expiry, finesStart, date, f, currency, fines, consequences, notes);
            }
        }

        // Eligibility, documents, biometrics.
        List<ConditionCheck> eligibility = eligibility(pack, RenewalProcess.RENEWAL, f, date);
        ageNotes(pack, f, date, eligibility, notes);
        List<RequiredDocument> documents = documents(pack, RenewalProcess.RENEWAL);
        boolean biometrics = biometricsRequired(pack, RenewalProcess.RENEWAL, f);
        if (biometrics) {
            notes.add(RenewalNote.of(RenewalNoteCode.BIOMETRICS_REQUIRED));
        }

        BigDecimal total = BigDecimal.ZERO.setScale(scale);
        for (ChargeLine l : fees) {
            total = total.add(l.amount());
        }
        for (ChargeLine l : fines) {
            total = total.add(l.amount());
        }
        if (pack.hasLowConfidenceRules()) {
            flag(pack, window, notes);
            flag(pack, lead, notes);
            flag(pack, deadline, notes);
            flag(pack, grace, notes);
            flagLines(pack, fees, notes);
            flagLines(pack, fines, notes);
            for (Consequence c : consequences) {
                flag(pack, c.ruleId(), notes);
            }
        }
        return new RenewalAssessment(country, pack.version(), pack.calendar(), date, status, keyDates, validity,
                fees, fines, new Money(total, currency), eligibility, documents, consequences, biometrics, notes);
    }

    /**
     * Assesses the renewal of an identity document: its issuing country and expiry select the rules; the
     * holder's date of birth fills {@link ResidentFacts#dateOfBirth()} and their sex {@link ResidentFacts#sex()} when
     * the facts do not carry them.
     *
     * @throws IllegalArgumentException when the document has no expiry date (e.g. a Saudi card whose validity is
     *                                  held only electronically: pass the expiry explicitly instead)
     */
    public RenewalAssessment assess(IdentityDocument document, ResidentFacts facts, LocalDate date,
                                    Period requestedValidity) {
        Objects.requireNonNull(document, "document");
        if (document.dateOfExpiry() == null) {
            throw new IllegalArgumentException("the document carries no expiry date");
        }
        ResidentFacts f = facts == null ? ResidentFacts.none() : facts;
        LocalDate dob = document.holder().dateOfBirth();
        if (f.rawDateOfBirth() == null && dob != null) {
            f = f.toBuilder().dateOfBirth(dob).build();
        }
        io.residentid.core.model.Sex sex = document.holder().sex();
        if (f.rawSex() == null && sex != null && sex != io.residentid.core.model.Sex.UNSPECIFIED) {
            f = f.toBuilder().sex(sex).build();
        }
        return assess(document.issuingCountry(), document.dateOfExpiry(), f, date, requestedValidity);
    }

    /** Like {@link #assess} with the pack's default validity. */
    public RenewalAssessment assess(IssuingCountry country, LocalDate expiry, ResidentFacts facts, LocalDate date) {
        return assess(country, expiry, facts, date, null);
    }

    /**
     * Assesses a lost (or damaged) card: reporting deadline, replacement fee by offence count, documents.
     *
     * @param process {@link RenewalProcess#LOST} or {@link RenewalProcess#DAMAGED}
     * @param lostOn  the day the card was lost or damaged
     * @throws IllegalArgumentException when no pack exists for the country or the process is not LOST/DAMAGED
     */
    public LostCardAssessment assessLost(IssuingCountry country, RenewalProcess process, LocalDate lostOn,
                                         ResidentFacts facts, LocalDate date) {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(lostOn, "lostOn");
        Objects.requireNonNull(date, "date");
        if (process != RenewalProcess.LOST && process != RenewalProcess.DAMAGED) {
            throw new IllegalArgumentException("process must be LOST or DAMAGED");
        }
        ResidentFacts f = facts == null ? ResidentFacts.none() : facts;
        List<RenewalNote> notes = new ArrayList<>();
        RulePack pack = pack(country, date, notes);
        String currency = pack.currency();
        LocalDate reportBy = null;
        boolean overdue = false;
        PeriodRule reporting = pack.lostReporting().orElse(null);
        if (process == RenewalProcess.LOST) {
            if (reporting != null) {
                reportBy = lostOn.plus(reporting.period());
                overdue = date.isAfter(reportBy);
                notes.add(RenewalNote.of(overdue ? RenewalNoteCode.REPORT_OVERDUE : RenewalNoteCode.REPORT_BY, reportBy));
            } else {
                notes.add(RenewalNote.of(RenewalNoteCode.NO_REPORTING_RULE));
            }
        }
        List<ChargeLine> fees = new ArrayList<>();
        ReplacementFee replacement = null;
        for (ReplacementFee r : pack.replacementFees()) {
            if (r.processes().contains(process)) {
                replacement = r;
            }
        }
        if (replacement == null) {
            notes.add(RenewalNote.of(RenewalNoteCode.REPLACEMENT_FEE_UNKNOWN));
        } else if (replacement.amount() != null) {
            fees.add(new ChargeLine("REPLACEMENT_FEE", replacement.amount(), currency, 1, replacement.id(),
                    replacement.sourceId()));
        } else {
            int offence = offenceNumber(f, notes);
            Tier tier = tierFor(replacement.tiers(), offence);
            if (tier.amount() != null) {
                fees.add(new ChargeLine("REPLACEMENT_FEE", tier.amount(), currency, 1, replacement.id(),
                        replacement.sourceId()));
            }
        }
        for (AddOn addOn : pack.addOnsFor(process)) {
            fees.add(new ChargeLine(addOn.item(), addOn.amount(), currency, 1, addOn.id(), addOn.sourceId()));
        }
        BigDecimal total = BigDecimal.ZERO.setScale(country.currencyMinorUnits());
        for (ChargeLine l : fees) {
            total = total.add(l.amount());
        }
        if (pack.hasLowConfidenceRules()) {
            if (process == RenewalProcess.LOST) {
                flag(pack, reporting, notes);
            }
            flagLines(pack, fees, notes);
        }
        return new LostCardAssessment(country, pack.version(), process, lostOn, date, reportBy, overdue, fees,
                new Money(total, currency), eligibility(pack, process, f, date), documents(pack, process), notes);
    }

    /**
     * Assesses a sponsor and dependants together (same country and date).
     *
     * @param members sponsor first, then dependants
     */
    public HouseholdAssessment assessHousehold(IssuingCountry country, List<HouseholdMember> members,
                                               LocalDate date) {
        if (members == null || members.isEmpty()) {
            throw new IllegalArgumentException("a household needs at least one member");
        }
        List<HouseholdAssessment.Member> out = new ArrayList<>(members.size());
        BigDecimal total = BigDecimal.ZERO.setScale(country.currencyMinorUnits());
        ConditionResult eligible = ConditionResult.PASS;
        for (HouseholdMember m : members) {
            RenewalAssessment a = assess(country, m.expiry(), m.facts(), date, m.validity());
            out.add(new HouseholdAssessment.Member(m.label(), a));
            total = total.add(a.total().amount());
            eligible = ConditionResult.combine(eligible, a.eligible());
        }
        return new HouseholdAssessment(out, new Money(total, country.currencyCode()), eligible);
    }

    /**
     * Streams a batch: each request is assessed and handed to {@code sink} before the next is read, so memory
     * stays bounded whatever the batch size. A request that cannot be assessed yields a result with an error;
     * the batch goes on.
     *
     * @return the number of requests processed
     */
    public long assessAll(Iterator<RenewalRequest> requests, LocalDate date, Consumer<BatchResult> sink) {
        long n = 0;
        while (requests.hasNext()) {
            sink.accept(assessOne(requests.next(), date));
            n++;
        }
        return n;
    }

    /** A lazy stream of results, one per request (parallel streams are fine: the calculator is thread-safe). */
    public Stream<BatchResult> assessAll(Stream<RenewalRequest> requests, LocalDate date) {
        return requests.map(r -> assessOne(r, date));
    }

    private BatchResult assessOne(RenewalRequest r, LocalDate date) {
        try {
            return new BatchResult(r, assess(r.country(), r.expiry(), r.facts(), date, r.validity()), null);
        } catch (IllegalArgumentException e) {
            return new BatchResult(r, null, e.getMessage());
        }
    }

    private RulePack pack(IssuingCountry country, LocalDate date, List<RenewalNote> notes) {
        RulePack pack = packs.inForce(country, date).orElse(null);
        if (pack == null) {
            pack = packs.earliest(country).orElseThrow(() -> new IllegalArgumentException(
                    "no renewal rule pack for " + country.alpha2()));
            notes.add(RenewalNote.of(RenewalNoteCode.PACK_NOT_IN_FORCE, date, pack.version(), pack.effectiveFrom()));
        }
        return pack;
    }

    private static Period validityFees(RulePack pack, ResidentFacts f, LocalDate date, Period requested,
                                       List<ChargeLine> fees, List<RenewalNote> notes, int scale) {
        List<ValidityOption> options = pack.validityOptions();
        if (options.isEmpty()) {
            if (requested != null) {
                throw new IllegalArgumentException("the " + pack.country().alpha2() + " rule pack "
                        + pack.version() + " lists no validity options");
            }
            notes.add(RenewalNote.of(RenewalNoteCode.NO_VALIDITY_OPTIONS));
            return null;
        }
        String categories = pack.validityCategories();
        String category = f.rawSponsorCategory();
        if (categories != null) {
            if (category == null) {
                notes.add(RenewalNote.of(RenewalNoteCode.FEE_CATEGORY_UNKNOWN, categories));
                return requested;
            }
            if (!isCategory(pack, category)) {
                notes.add(RenewalNote.of(RenewalNoteCode.FEE_CATEGORY_NOT_OFFERED, category, categories));
                return requested;
            }
        }
        Integer age = age(f, date);
        ValidityOption chosen = null;
        ValidityOption fallback = null;
        StringBuilder offered = new StringBuilder();
        for (ValidityOption o : options) {
            if (o.category() != null && !o.category().equals(category)) {
                continue;
            }
            if (o.minAge() != null && (age == null || age < o.minAge())) {
                continue;
            }
            if (requested != null) {
                if (offered.length() > 0) {
                    offered.append(", ");
                }
                offered.append(o.period());
                if (requested.getDays() == 0 && o.months() == requested.toTotalMonths()) {
                    chosen = o;
                }
            } else if (o.defaultOption()) {
                chosen = o;
            } else if (fallback == null) {
                fallback = o;
            }
        }
        if (chosen == null && requested != null) {
            throw new IllegalArgumentException("validity " + requested + " is not offered by the "
                    + pack.country().alpha2() + " rule pack " + pack.version() + " (offered: " + offered + ")");
        }
        if (chosen == null) {
            chosen = fallback;
        }
        if (chosen == null) {
            notes.add(RenewalNote.of(RenewalNoteCode.NO_VALIDITY_OPTIONS));
            return null;
        }
        if (chosen.amount() == null) {
            notes.add(RenewalNote.of(RenewalNoteCode.RENEWAL_FEE_UNKNOWN));
            return chosen.period();
        }
        BigDecimal base;
        long units;
        if (chosen.basis() == FeeBasis.PER_YEAR) {
            long months = chosen.months();
            base = months % 12 == 0 ? chosen.amount().multiply(BigDecimal.valueOf(months / 12))
                    : chosen.amount().multiply(BigDecimal.valueOf(months)).divide(TWELVE, scale, RoundingMode.HALF_UP);
            units = Math.max(1, months / 12);
        } else {
            base = chosen.amount();
            units = 1;
        }
        String currency = pack.currency();
        fees.add(new ChargeLine("RENEWAL_FEE", base.setScale(scale, RoundingMode.HALF_UP), currency, units,
                chosen.id(), chosen.sourceId()));
        if (chosen.discountPercent() != null) {
            BigDecimal discount = base.multiply(chosen.discountPercent()).divide(HUNDRED, scale, RoundingMode.HALF_UP);
            fees.add(new ChargeLine("DISCOUNT", discount.negate(), currency, 1, chosen.id(), chosen.sourceId()));
            notes.add(RenewalNote.of(RenewalNoteCode.DISCOUNT_APPLIED, chosen.discountPercent().toPlainString()));
        }
        return chosen.period();
    }

    private static boolean isCategory(RulePack pack, String category) {
        for (ValidityOption o : pack.validityOptions()) {
            if (category.equals(o.category())) {
                return true;
            }
        }
        return false;
    }

    private static void lateFine(LateFine fine, LocalDate expiry, LocalDate finesStart, LocalDate date,
                                 ResidentFacts f, String currency, List<ChargeLine> fines,
                                 List<Consequence> consequences, List<RenewalNote> notes) {
        LocalDate start = fine.countFrom() == FineStart.EXPIRY ? expiry.plusDays(1) : finesStart;
        if (date.isBefore(start)) {
            return;
        }
        BigDecimal amount;
        long units;
        switch (fine.basis()) {
            case PER_DAY -> {
                units = ChronoUnit.DAYS.between(start, date) + 1;
                amount = fine.amount().multiply(BigDecimal.valueOf(units));
            }
            case PER_MONTH_OR_PART -> {
                units = monthsOrPart(start, date);
                amount = fine.amount().multiply(BigDecimal.valueOf(units));
            }
            case ONCE -> {
                units = 1;
                amount = fine.amount();
            }
            case PER_OFFENCE -> {
                int offence = offenceNumber(f, notes);
                Tier tier = tierFor(fine.tiers(), offence);
                units = offence;
                amount = tier.amount();
                if (tier.consequence() != null) {
                    consequences.add(new Consequence(tier.consequence(), fine.id(), fine.sourceId()));
                    notes.add(RenewalNote.of(RenewalNoteCode.CONSEQUENCE, tier.consequence()));
                }
            }
            default -> throw new IllegalStateException("unhandled fine basis " + fine.basis());
        }
        if (amount == null) {
            return;
        }
        if (fine.cap() != null && amount.compareTo(fine.cap()) > 0) {
            amount = fine.cap();
            notes.add(RenewalNote.of(RenewalNoteCode.FINE_CAPPED, fine.id(), fine.cap().toPlainString() + " " + currency));
        }
        fines.add(new ChargeLine("LATE_FINE", amount, currency, units, fine.id(), fine.sourceId()));
    }

    /** Whole months from {@code start} through {@code date} inclusive, a started month counting as one. */
    static long monthsOrPart(LocalDate start, LocalDate date) {
        LocalDate end = date.plusDays(1);
        long months = ChronoUnit.MONTHS.between(start, end);
        if (start.plusMonths(months).isBefore(end)) {
            months++;
        }
        return Math.max(1, months);
    }

    private static void flag(RulePack pack, PeriodRule rule, List<RenewalNote> notes) {
        if (rule != null) {
            flag(pack, rule.id(), notes);
        }
    }

    private static void flagLines(RulePack pack, List<ChargeLine> lines, List<RenewalNote> notes) {
        for (ChargeLine l : lines) {
            flag(pack, l.ruleId(), notes);
        }
    }

    /**
     * Adds the rule's {@code LOW_CONFIDENCE} warning once when its figure rests only on news, guides or web articles
     * (rule marked {@code "confidence": "LOW"}), so nobody quotes such a figure as settled.
     */
    private static void flag(RulePack pack, String ruleId, List<RenewalNote> notes) {
        RenewalNote note = ruleId == null ? null : pack.lowConfidenceNote(ruleId);
        if (note == null) {
            return;
        }
        for (RenewalNote n : notes) {
            if (n == note) {
                return;
            }
        }
        notes.add(note);
    }

    private static int offenceNumber(ResidentFacts f, List<RenewalNote> notes) {
        Integer prior = f.rawPriorOffences();
        if (prior == null) {
            notes.add(RenewalNote.of(RenewalNoteCode.OFFENCE_COUNT_ASSUMED));
            return 1;
        }
        notes.add(RenewalNote.of(RenewalNoteCode.OFFENCE_NUMBER, prior + 1));
        return prior + 1;
    }

    /** The tier covering the offence, or the last tier for offences beyond every tier. */
    private static Tier tierFor(List<Tier> tiers, int offence) {
        for (Tier t : tiers) {
            if (t.covers(offence)) {
                return t;
            }
        }
        return tiers.get(tiers.size() - 1);
    }

    private static List<ConditionCheck> eligibility(RulePack pack, RenewalProcess process, ResidentFacts f,
                                                    LocalDate date) {
        List<EligibilityRule> rules = pack.eligibilityFor(process);
        List<ConditionCheck> out = new ArrayList<>(rules.size() + 1);
        for (EligibilityRule rule : rules) {
            out.add(new ConditionCheck(rule.condition(), evaluate(rule.condition(), f, date), rule.id(),
                    rule.sourceId()));
        }
        return out;
    }

    /** A note about the holder: the holder's sex, when known, follows its arguments so Arabic text agrees. */
    private static RenewalNote holderNote(RenewalNoteCode code, ResidentFacts f, Object... arguments) {
        if (f.rawSex() == null) {
            return RenewalNote.of(code, arguments);
        }
        Object[] withSex = java.util.Arrays.copyOf(arguments, arguments.length + 1);
        withSex[arguments.length] = String.valueOf(f.rawSex().mrzCode());
        return RenewalNote.of(code, withSex);
    }

    private static void ageNotes(RulePack pack, ResidentFacts f, LocalDate date, List<ConditionCheck> eligibility,
                                 List<RenewalNote> notes) {
        if (pack.ageRules().isEmpty()) {
            return;
        }
        Integer age = age(f, date);
        for (AgeRule rule : pack.ageRules()) {
            switch (rule.kind()) {
                case ESERVICES -> eligibility.add(new ConditionCheck(EligibilityCondition.ONLINE_SERVICES_AGE,
                        age == null ? ConditionResult.UNKNOWN
                                : age >= rule.minAge() ? ConditionResult.PASS : ConditionResult.FAIL,
                        rule.id(), rule.sourceId()));
                case CARD_REQUIRED -> {
                    if (age != null && age < rule.minAge()) {
                        notes.add(holderNote(RenewalNoteCode.CARD_NOT_REQUIRED_YET, f, rule.minAge(), age));
                        if (rule.within() != null && rule.fine() != null) {
                            notes.add(RenewalNote.of(RenewalNoteCode.CARD_REQUIRED_WITHIN, rule.within().toString(),
                                    rule.minAge(), rule.fine().toPlainString() + " " + pack.currency()));
                        }
                    }
                }
                case ID_COMPULSORY -> {
                    if (age != null && age < rule.minAge()) {
                        notes.add(holderNote(RenewalNoteCode.ID_NOT_COMPULSORY_YET, f, rule.minAge(), age));
                    }
                }
                default -> throw new IllegalStateException("unhandled age rule " + rule.kind());
            }
        }
    }

    private static Integer age(ResidentFacts f, LocalDate date) {
        LocalDate dob = f.rawDateOfBirth();
        if (dob == null || dob.isAfter(date)) {
            return null;
        }
        return Period.between(dob, date).getYears();
    }

    static ConditionResult evaluate(EligibilityCondition condition, ResidentFacts f, LocalDate date) {
        return switch (condition) {
            case IN_COUNTRY -> is(f.rawInCountry());
            case VALID_PASSPORT -> f.rawPassportExpiry() != null
                    ? (f.rawPassportExpiry().isBefore(date) ? ConditionResult.FAIL : ConditionResult.PASS)
                    : is(f.rawPassportValid());
            case RESIDENCE_VALID -> is(f.rawResidenceValid());
            case NO_UNPAID_FINES -> not(f.rawUnpaidFines());
            case VALID_WORK_CONTRACT -> f.rawSponsoredWorker() == null ? ConditionResult.UNKNOWN
                    : !f.rawSponsoredWorker() ? ConditionResult.PASS : is(f.rawWorkContractValid());
            case HEALTH_INSURANCE -> is(f.rawHealthInsuranceValid());
            case FINGERPRINTS_ON_FILE -> is(f.rawFingerprintsOnFile());
            case RECENT_PHOTO -> is(f.rawRecentPhoto());
            case NOT_REPORTED_ABSENT -> not(f.rawReportedAbsent());
            case NO_ADULT_SON_DEPENDANTS -> not(f.rawAdultSonDependants());
            case ONLINE_SERVICES_AGE -> ConditionResult.UNKNOWN; // computed from age rules, not a plain fact
        };
    }

    private static ConditionResult is(Boolean fact) {
        return fact == null ? ConditionResult.UNKNOWN : fact ? ConditionResult.PASS : ConditionResult.FAIL;
    }

    private static ConditionResult not(Boolean fact) {
        return fact == null ? ConditionResult.UNKNOWN : fact ? ConditionResult.FAIL : ConditionResult.PASS;
    }

    static List<RequiredDocument> documents(RulePack pack, RenewalProcess process) {
        return pack.documentsFor(process);
    }

    static boolean biometricsRequired(RulePack pack, RenewalProcess process, ResidentFacts f) {
        BiometricsRule rule = pack.biometrics().orElse(null);
        if (rule == null || !rule.processes().contains(process)) {
            return false;
        }
        return !rule.onlyWithoutFingerprints() || !Boolean.TRUE.equals(f.rawFingerprintsOnFile());
    }
}
