package io.residentid.core.renewal;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount in a currency, at the currency's minor units (e.g. OMR with 3 decimals).
 *
 * @param amount   the amount, scale = the currency's minor units
 * @param currency ISO 4217 code
 */
public record Money(BigDecimal amount, String currency) {

    /**
     * Checks and copies the components.
     *
     * @param amount the amount, scale = the currency's minor units
     * @param currency ISO 4217 code
     */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    /** {@return the amount as a plain decimal string, e.g. {@code 5.000}} */
    public String plain() {
        return amount.toPlainString();
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
