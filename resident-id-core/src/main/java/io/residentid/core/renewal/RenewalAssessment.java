package io.residentid.core.renewal;

import io.residentid.core.model.CalendarSystem;
import io.residentid.core.model.IssuingCountry;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The answer to "when must this card be renewed, what does it cost, what fine is due, is the holder eligible,
 * which documents are needed" on one date, under one pack version.
 *
 * @param country            issuing country
 * @param packVersion        version of the rule pack used
 * @param calendar           the calendar the country's documents may use (Hijri for Saudi Arabia)
 * @param assessedOn         the assessment date
 * @param status             where the card stands
 * @param keyDates           window, lead time, deadline, grace and fines dates
 * @param validity           the validity period priced (null when the pack offers none)
 * @param fees               renewal fee lines (fee, discount, add-ons)
 * @param fines              late fine lines (empty unless {@link RenewalStatus#OVERDUE})
 * @param total              fees plus fines
 * @param eligibility        each condition of the pack for renewals
 * @param documents          documents required for a renewal
 * @param consequences       non-monetary consequences already incurred (e.g. deportation at a third offence)
 * @param biometricsRequired whether a biometrics appointment is needed before submission
 * @param notes              explanations, localizable
 */
public record RenewalAssessment(IssuingCountry country, String packVersion, CalendarSystem calendar,
                                LocalDate assessedOn, RenewalStatus status, KeyDates keyDates, Period validity,
                                List<ChargeLine> fees, List<ChargeLine> fines, Money total,
                                List<ConditionCheck> eligibility, List<RequiredDocument> documents,
                                List<Consequence> consequences, boolean biometricsRequired,
                                List<RenewalNote> notes) {

    /**
     * Checks and copies the components.
     *
     * @param country issuing country
     * @param packVersion version of the rule pack used
     * @param calendar the calendar the country's documents may use (Hijri for Saudi Arabia)
     * @param assessedOn the assessment date
     * @param status where the card stands
     * @param keyDates window, lead time, deadline, grace and fines dates
     * @param validity the validity period priced (null when the pack offers none)
     * @param fees renewal fee lines (fee, discount, add-ons)
     * @param fines late fine lines (empty unless {@link RenewalStatus#OVERDUE})
     * @param total fees plus fines
     * @param eligibility each condition of the pack for renewals
     * @param documents documents required for a renewal
     * @param consequences non-monetary consequences already incurred (e.g. deportation at a third offence)
     * @param biometricsRequired whether a biometrics appointment is needed before submission
     * @param notes explanations, localizable
     */
    public RenewalAssessment {
        fees = List.copyOf(fees);
        fines = List.copyOf(fines);
        eligibility = List.copyOf(eligibility);
        documents = List.copyOf(documents);
        consequences = List.copyOf(consequences);
        notes = List.copyOf(notes);
    }

    /** {@return FAIL if any condition fails, else UNKNOWN if any is unknown, else PASS} */
    public ConditionResult eligible() {
        ConditionResult r = ConditionResult.PASS;
        for (ConditionCheck c : eligibility) {
            r = ConditionResult.combine(r, c.result());
        }
        return r;
    }

    /**
     * Whether {@link #total()} holds every fee: false when a fee could not be priced because the sponsor category
     * is missing or not offered, or the pack lists no validity options. Never present an incomplete total as the
     * amount due.
     * @return whether the total is complete
     */
    public boolean totalComplete() {
        for (RenewalNote note : notes) {
            switch (note.code()) {
                case FEE_CATEGORY_UNKNOWN, FEE_CATEGORY_NOT_OFFERED, NO_VALIDITY_OPTIONS -> {
                    return false;
                }
                default -> {
                    // Other notes do not affect the total.
                }
            }
        }
        return true;
    }

    /** {@return days since expiry (0 while the card is valid)} */
    public long daysLate() {
        long d = ChronoUnit.DAYS.between(keyDates.expiry(), assessedOn);
        return Math.max(0, d);
    }

    /** {@return days until expiry (0 once expired)} */
    public long daysToExpiry() {
        long d = ChronoUnit.DAYS.between(assessedOn, keyDates.expiry());
        return Math.max(0, d);
    }
}
