package io.residentid.core.renewal;

/**
 * One eligibility condition and its outcome.
 *
 * @param condition the condition
 * @param result    PASS, FAIL or UNKNOWN (a fact was missing)
 * @param ruleId    the pack rule requiring it
 * @param sourceId  the source the rule cites
 */
public record ConditionCheck(EligibilityCondition condition, ConditionResult result, String ruleId,
                             String sourceId) {
}
