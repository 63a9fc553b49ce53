package io.residentid.core.renewal;

import java.time.LocalDate;

/**
 * The dates that matter for a renewal. A component is null when the pack has no rule for it.
 *
 * @param expiry             the card's expiry date (last valid day)
 * @param windowOpens        first day a renewal is accepted
 * @param recommendedRenewBy renew on or before this day
 * @param legalDeadline      last day to renew without breaking the rules (expiry when the pack sets no deadline)
 * @param finesStart         first day a late fine accrues (null when the pack has no late fine)
 * @param graceEnds          last day of the grace period after expiry
 */
public record KeyDates(LocalDate expiry, LocalDate windowOpens, LocalDate recommendedRenewBy,
                       LocalDate legalDeadline, LocalDate finesStart, LocalDate graceEnds) {
}
