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

    public Address {
        if (lines == null) {
            lines = java.util.List.of();
        }
        if (lines.size() > MAX_LINES) {
            throw new IllegalArgumentException("Address has more than " + MAX_LINES + " lines");
        }
        lines = java.util.List.copyOf(lines);
        for (String line : lines) {
            Text.requireBounded(line, "address line", MAX_LINE_LENGTH);
        }
        Text.requireBoundedOrNull(city, "city", MAX_LINE_LENGTH);
    }

    /** An address with lines only. */
    public static Address of(String... lines) {
        return new Address(java.util.List.of(lines), null, null);
    }

    @Override
    public String toString() {
        return "Address[" + Masking.hidden(lines) + "]";
    }
}
