package io.residentid.core.renewal;

import java.math.BigDecimal;

/**
 * One fee or fine line of an assessment.
 *
 * @param item     language-free item code, e.g. {@code RENEWAL_FEE}, {@code DISCOUNT}, {@code COURIER},
 *                 {@code LATE_FINE}, {@code REPLACEMENT_FEE}
 * @param amount   amount at the currency's minor units; negative for a discount
 * @param currency ISO 4217 code
 * @param units    how many days, months, years or offences the amount covers (1 for flat amounts)
 * @param ruleId   the pack rule that produced the line
 * @param sourceId the source the rule cites
 */
public record ChargeLine(String item, BigDecimal amount, String currency, long units, String ruleId,
                        String sourceId) {

    /** {@return the line's amount as {@link Money}} */
    public Money money() {
        return new Money(amount, currency);
    }
}
