package io.residentid.core.model;

/**
 * A postal address as held on a card or in a civil register. Free text: GCC addresses rarely follow a fixed scheme.
 *
 * @param lines      address lines in reading order (Latin or Arabic)
 * @param city       city or wilayat, may be {@code null}
 * @param country    country, may be {@code null}
 */
public record Address(java.util.List<String> lines, String city, Nationality country) {

    /** Upper bound on lines and characters: addresses come from chips and forms, never from unbounded input. */
    static final int MAX_LINES = 8;
    static final int MAX_LINE_LENGTH = 200;

    /**
     * Checks and copies the components.
     *
     * @param lines address lines in reading order (Latin or Arabic)
     * @param city city or wilayat, may be {@code null}
     * @param country country, may be {@code null}
     */
    public Address {
        // Copied first (nulls allowed) so the checks see what is kept and a null line is reported, not an NPE.
        java.util.List<String> copy = lines == null ? java.util.List.of() : new java.util.ArrayList<>(lines);
        if (copy.size() > MAX_LINES) {
            throw new IllegalArgumentException("Address has more than " + MAX_LINES + " lines");
        }
        for (String line : copy) {
            Text.requireBounded(line, "address line", MAX_LINE_LENGTH);
        }
        lines = java.util.List.copyOf(copy);
        Text.requireBoundedOrNull(city, "city", MAX_LINE_LENGTH);
    }

    /**
     * An address with lines only ({@code null}: no lines).
     *
     * @throws IllegalArgumentException when a line is missing, blank or too long, or there are too many lines
     * @param lines the address lines, in order
     * @return the address
     */
    public static Address of(String... lines) {
        return new Address(lines == null ? null : java.util.Arrays.asList(lines), null, null);
    }

    @Override
    public String toString() {
        return "Address[" + Masking.hidden(lines) + "]";
    }
}
