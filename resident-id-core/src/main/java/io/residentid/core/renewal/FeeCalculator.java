package io.residentid.core.renewal;

import io.residentid.core.renewal.RulePack.AddOn;
import io.residentid.core.renewal.RulePack.FeeBasis;
import io.residentid.core.renewal.RulePack.FineStart;
import io.residentid.core.renewal.RulePack.LateFine;
import io.residentid.core.renewal.RulePack.ReplacementFee;
import io.residentid.core.renewal.RulePack.Tier;
import io.residentid.core.renewal.RulePack.ValidityOption;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Prices a renewal or replacement from a rule pack: the validity fee (by fee category, age and requested period,
 * with any discount), add-ons, late fines (per day, per month or part, once, or by offence tier, capped) and
 * replacement fees. Where the pack cannot price a line (an unknown fee category, as for Qatar, or a missing amount)
 * the line is left out and a note says so, so the total is never presented as complete when it is not. Stateless.
 */
final class FeeCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private FeeCalculator() {
    }

    /** Adds the pack's add-on lines for {@code process} (e.g. a delivery or card fee). */
    static void addOns(RulePack pack, RenewalProcess process, List<ChargeLine> fees) {
        String currency = pack.currency();
        for (AddOn addOn : pack.addOnsFor(process)) {
            fees.add(new ChargeLine(addOn.item(), addOn.amount(), currency, 1, addOn.id(), addOn.sourceId()));
        }
    }

    /** The sum of every line of both lists, at the currency's scale. */
    static BigDecimal total(int scale, List<ChargeLine> fees, List<ChargeLine> fines) {
        BigDecimal total = BigDecimal.ZERO.setScale(scale);
        for (ChargeLine l : fees) {
            total = total.add(l.amount());
        }
        for (ChargeLine l : fines) {
            total = total.add(l.amount());
        }
        return total;
    }

    /**
     * Adds the replacement fee of a lost or damaged card: a flat amount or the amount of the offence's tier; notes
     * when the pack records none (the last matching rule wins).
     */
    static void replacementFee(RulePack pack, RenewalProcess process, ResidentFacts f, List<ChargeLine> fees,
                               List<RenewalNote> notes) {
        String currency = pack.currency();
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
    }

    static Period validityFees(RulePack pack, ResidentFacts f, LocalDate date, Period requested,
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
        Integer age = EligibilityCheck.age(f, date);
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

    static void lateFine(LateFine fine, LocalDate expiry, LocalDate finesStart, LocalDate date,
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

    static int offenceNumber(ResidentFacts f, List<RenewalNote> notes) {
        Integer prior = f.rawPriorOffences();
        if (prior == null) {
            notes.add(RenewalNote.of(RenewalNoteCode.OFFENCE_COUNT_ASSUMED));
            return 1;
        }
        notes.add(RenewalNote.of(RenewalNoteCode.OFFENCE_NUMBER, prior + 1));
        return prior + 1;
    }

    /** The tier covering the offence, or the last tier for offences beyond every tier. */
    static Tier tierFor(List<Tier> tiers, int offence) {
        for (Tier t : tiers) {
            if (t.covers(offence)) {
                return t;
            }
        }
        return tiers.get(tiers.size() - 1);
    }
}
