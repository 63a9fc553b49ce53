package io.residentid.core.renewal;

/**
 * A document the process requires.
 *
 * @param document language-free code, e.g. {@code PASSPORT_COPY}; see {@link RenewalText#document}
 * @param ruleId   the pack rule
 * @param sourceId the source the rule cites
 */
public record RequiredDocument(String document, String ruleId, String sourceId) {
}
