package io.residentid.core.renewal;

import io.residentid.core.model.IdentityDocument;
import io.residentid.core.model.IssuingCountry;
import io.residentid.core.renewal.RulePack.LateFine;
import io.residentid.core.renewal.RulePack.PeriodRule;
import java.math.BigDecimal;
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
 * Computes renewal assessments from rule packs: status, key dates, fees, fines, eligibility and documents. This
 * class orchestrates: it picks the pack and works out the key dates and status; {@link FeeCalculator} prices fees,
 * fines and replacements, {@link EligibilityCheck} evaluates conditions, age rules, documents and biometrics.
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

    private final RulePacks packs;

    /**
     * A calculator over the given packs.
     *
     * @param packs the rule packs to use
     */
    public RenewalCalculator(RulePacks packs) {
        this.packs = Objects.requireNonNull(packs, "packs");
    }

    /** {@return a calculator over the SDK's bundled packs} */
    public static RenewalCalculator bundled() {
        return new RenewalCalculator(RulePacks.bundled());
    }

    /** {@return the packs this calculator uses} */
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
     * @return the assessment
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
        Period validity = FeeCalculator.validityFees(pack, f, date, requestedValidity, fees, notes, scale);
        FeeCalculator.addOns(pack, RenewalProcess.RENEWAL, fees);

        // Fines.
        List<ChargeLine> fines = List.of();
        List<Consequence> consequences = List.of();
        if (status == RenewalStatus.OVERDUE && hasFines) {
            fines = new ArrayList<>(2);
            consequences = new ArrayList<>(1);
            notes.add(RenewalNote.of(RenewalNoteCode.FINES_ACCRUING, finesStart));
            for (LateFine fine : pack.lateFines()) {
                FeeCalculator.lateFine(fine, expiry, finesStart, date, f, currency, fines, consequences, notes);
            }
        }

        // Eligibility, documents, biometrics.
        List<ConditionCheck> eligibility = EligibilityCheck.eligibility(pack, RenewalProcess.RENEWAL, f, date);
        EligibilityCheck.ageNotes(pack, f, date, eligibility, notes);
        List<RequiredDocument> documents = EligibilityCheck.documents(pack, RenewalProcess.RENEWAL);
        boolean biometrics = EligibilityCheck.biometricsRequired(pack, RenewalProcess.RENEWAL, f);
        if (biometrics) {
            notes.add(RenewalNote.of(RenewalNoteCode.BIOMETRICS_REQUIRED));
        }

        BigDecimal total = FeeCalculator.total(scale, fees, fines);
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
     * @param document the document read (card, QR or mdoc)
     * @param facts what is known about the resident, or null for nothing
     * @param date the assessment date
     * @param requestedValidity the validity to price, or null for the pack's default option
     * @return the assessment
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

    /**
     * Like {@link #assess(IssuingCountry, LocalDate, ResidentFacts, LocalDate, Period)} with the pack's default validity.
     *
     * @param country the issuing country
     * @param expiry the card's expiry (last valid day)
     * @param facts what is known about the resident, or {@code null} for nothing
     * @param date the assessment date
     * @return the assessment
     */
    public RenewalAssessment assess(IssuingCountry country, LocalDate expiry, ResidentFacts facts, LocalDate date) {
        return assess(country, expiry, facts, date, null);
    }

    /**
     * Assesses a lost (or damaged) card: reporting deadline, replacement fee by offence count, documents.
     *
     * @param process {@link RenewalProcess#LOST} or {@link RenewalProcess#DAMAGED}
     * @param lostOn  the day the card was lost or damaged
     * @throws IllegalArgumentException when no pack exists for the country or the process is not LOST/DAMAGED
     * @param country the issuing country
     * @param facts what is known about the resident, or null for nothing
     * @param date the assessment date
     * @return the assessment
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
        FeeCalculator.replacementFee(pack, process, f, fees, notes);
        FeeCalculator.addOns(pack, process, fees);
        BigDecimal total = FeeCalculator.total(country.currencyMinorUnits(), fees, List.of());
        if (pack.hasLowConfidenceRules()) {
            if (process == RenewalProcess.LOST) {
                flag(pack, reporting, notes);
            }
            flagLines(pack, fees, notes);
        }
        return new LostCardAssessment(country, pack.version(), process, lostOn, date, reportBy, overdue, fees,
                new Money(total, currency), EligibilityCheck.eligibility(pack, process, f, date),
                EligibilityCheck.documents(pack, process), notes);
    }

    /**
     * Assesses a sponsor and dependants together (same country and date).
     *
     * @param members sponsor first, then dependants
     * @param country the issuing country
     * @param date the assessment date
     * @return one assessment per member and the household total
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
     * @param requests the requests, read one at a time
     * @param date the assessment date
     * @param sink receives each result before the next request is read
     */
    public long assessAll(Iterator<RenewalRequest> requests, LocalDate date, Consumer<BatchResult> sink) {
        long n = 0;
        while (requests.hasNext()) {
            sink.accept(assessOne(requests.next(), date));
            n++;
        }
        return n;
    }

    /**
     * {@return a lazy stream of results, one per request (parallel streams are fine: the calculator is thread-safe)}
     *
     * @param requests the requests, read lazily
     * @param date the assessment date
     */
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

}
