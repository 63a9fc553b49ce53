package io.residentid.core.renewal;

/**
 * A non-monetary consequence, e.g. {@code DEPORTATION}.
 *
 * @param code     language-free code; see {@link RenewalText#consequence}
 * @param ruleId   the pack rule
 * @param sourceId the source the rule cites
 */
public record Consequence(String code, String ruleId, String sourceId) {
}
