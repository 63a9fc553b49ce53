package io.residentid.core.renewal;

import io.residentid.core.model.IssuingCountry;
import java.time.LocalDate;
import java.util.List;

/**
 * What a lost (or damaged) card means on one date: reporting deadline, replacement fee, documents.
 *
 * @param country       issuing country
 * @param packVersion   version of the rule pack used
 * @param process       {@link RenewalProcess#LOST} or {@link RenewalProcess#DAMAGED}
 * @param lostOn        the day the card was lost or damaged
 * @param assessedOn    the assessment date
 * @param reportBy      last day to report the loss (null when the pack has no reporting rule)
 * @param reportOverdue whether {@code assessedOn} is after {@code reportBy} (false without a rule)
 * @param fees          replacement fee and add-ons
 * @param total         sum of the fees
 * @param eligibility   conditions for a replacement
 * @param documents     documents required
 * @param notes         explanations, localizable
 */
public record LostCardAssessment(IssuingCountry country, String packVersion, RenewalProcess process,
                                 LocalDate lostOn, LocalDate assessedOn, LocalDate reportBy, boolean reportOverdue,
                                 List<ChargeLine> fees, Money total, List<ConditionCheck> eligibility,
                                 List<RequiredDocument> documents, List<RenewalNote> notes) {

    /**
     * Checks and copies the components.
     *
     * @param country issuing country
     * @param packVersion version of the rule pack used
     * @param process {@link RenewalProcess#LOST} or {@link RenewalProcess#DAMAGED}
     * @param lostOn the day the card was lost or damaged
     * @param assessedOn the assessment date
     * @param reportBy last day to report the loss (null when the pack has no reporting rule)
     * @param reportOverdue whether {@code assessedOn} is after {@code reportBy} (false without a rule)
     * @param fees replacement fee and add-ons
     * @param total sum of the fees
     * @param eligibility conditions for a replacement
     * @param documents documents required
     * @param notes explanations, localizable
     */
    public LostCardAssessment {
        fees = List.copyOf(fees);
        eligibility = List.copyOf(eligibility);
        documents = List.copyOf(documents);
        notes = List.copyOf(notes);
    }
}
