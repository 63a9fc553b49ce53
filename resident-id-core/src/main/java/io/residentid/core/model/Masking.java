package io.residentid.core.model;

/**
 * Masks personal data for logs and {@code toString()}: identifiers keep their first and last two characters
 * ({@code 2*******31}), names keep their initial, everything else is replaced by stars of the same length.
 */
public final class Masking {

    private Masking() {
    }

    /**
     * {@return an identifier with all but its first character and last two characters masked}
     *
     * @param value the value to mask, may be {@code null}
     */
    public static String identifier(CharSequence value) {
        if (value == null) {
            return "null";
        }
        int n = value.length();
        if (n <= 3) {
            return "*".repeat(n);
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(value.charAt(0));
        sb.append("*".repeat(n - 3));
        sb.append(value, n - 2, n);
        return sb.toString();
    }

    /**
     * {@return a name reduced to its initial followed by stars ({@code K****})}
     *
     * @param value the value to mask, may be {@code null}
     */
    public static String name(CharSequence value) {
        if (value == null) {
            return "null";
        }
        if (value.length() == 0) {
            return "";
        }
        return value.charAt(0) + "*".repeat(Math.min(value.length() - 1, 8));
    }

    /**
     * {@return a value that must not appear at all (dates of birth, addresses, MRZ lines): only its presence shows}
     *
     * @param value the value to mask, may be {@code null}
     */
    public static String hidden(Object value) {
        return value == null ? "null" : "***";
    }
}
