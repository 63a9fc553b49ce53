package io.residentid.core.renewal;

import io.residentid.core.report.ResidentIdException;

/**
 * A rule pack that cannot be used: unreadable JSON, too large or too deep, unknown fields, wrong types, negative
 * or mis-scaled amounts, unknown source ids, duplicate ids, overlapping durations or offence tiers.
 *
 * <p>The message names the location as a JSON path, e.g. {@code $.lateFines[0].tiers[1].fromOffence: overlaps
 * tier [0]}; {@link #path()} returns the path alone ({@code $} for the whole document).
 */
public final class RulePackException extends ResidentIdException {

    private static final long serialVersionUID = 1L;

    /** Code of every problem that has no more specific one. */
    public static final String RULE_PACK_INVALID = "RULE_PACK_INVALID";
    /**
     * Code of a number whose scale or precision is out of bounds (e.g. {@code 1e-999999999}); such numbers are
     * refused before anything formats or compares them.
     */
    public static final String NUMBER_OUT_OF_RANGE = "NUMBER_OUT_OF_RANGE";


    /**
     * A malformed rule pack ({@link #RULE_PACK_INVALID}).
     *
     * @param path   JSON path of the offending value, {@code $} for the whole document
     * @param detail what is wrong, in English
     */
    public RulePackException(String path, String detail) {
        this(RULE_PACK_INVALID, path, detail, null);
    }

    /**
     * A malformed rule pack ({@link #RULE_PACK_INVALID}) found through a lower-level failure.
     *
     * @param path   JSON path of the offending value, {@code $} for the whole document
     * @param detail what is wrong, in English
     * @param cause  the lower-level failure
     */
    public RulePackException(String path, String detail, Throwable cause) {
        this(RULE_PACK_INVALID, path, detail, cause);
    }

    /**
     * A problem with a specific code.
     *
     * @param code   stable, language-free code, e.g. {@link #NUMBER_OUT_OF_RANGE}
     * @param path   JSON path of the offending value, {@code $} for the whole document
     * @param detail what is wrong, in English
     * @param cause  the lower-level failure, or {@code null}
     */
    public RulePackException(String code, String path, String detail, Throwable cause) {
        super(code, path + ": " + detail, -1, path, cause);
    }


}
