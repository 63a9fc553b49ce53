package io.residentid.core.renewal;

/**
 * A rule pack that cannot be used: unreadable JSON, too large or too deep, unknown fields, wrong types, negative
 * or mis-scaled amounts, unknown source ids, duplicate ids, overlapping durations or offence tiers.
 *
 * <p>The message names the location as a JSON path, e.g. {@code $.lateFines[0].tiers[1].fromOffence: overlaps
 * tier [0]}; {@link #path()} returns the path alone ({@code $} for the whole document).
 */
public final class RulePackException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String path;

    /**
     * @param path   JSON path of the offending value, {@code $} for the whole document
     * @param detail what is wrong, in English
     */
    public RulePackException(String path, String detail) {
        super(path + ": " + detail);
        this.path = path;
    }

    public RulePackException(String path, String detail, Throwable cause) {
        super(path + ": " + detail, cause);
        this.path = path;
    }

    /** JSON path of the offending value, e.g. {@code $.validityOptions[2].amount}. */
    public String path() {
        return path;
    }
}
