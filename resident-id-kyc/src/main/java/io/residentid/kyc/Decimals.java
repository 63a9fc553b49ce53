package io.residentid.kyc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Two-decimal scores in findings, as {@code String.format(Locale.ROOT, "%.2f", v)} writes them, without a Formatter. */
final class Decimals {

    private Decimals() {
    }

    /** {@code v} with two decimals, half up (Formatter's rounding); non-finite or large values take the Formatter. */
    static String two(double v) {
        if (!(v >= 0.0 && v < 1.0e6)) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        // Formatter rounds the shortest decimal form half up; BigDecimal.valueOf starts from that same form.
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
