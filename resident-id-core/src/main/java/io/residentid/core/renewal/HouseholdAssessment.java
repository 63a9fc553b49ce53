package io.residentid.core.renewal;

import io.residentid.core.model.Masking;
import java.util.List;

/**
 * A sponsor and dependants assessed together, as portals list family members: eligibility per person and the
 * total fee.
 *
 * @param members  each person's assessment, sponsor first
 * @param total    sum of every member's total
 * @param eligible FAIL if anyone fails, else UNKNOWN if anyone is unknown, else PASS
 */
public record HouseholdAssessment(List<Member> members, Money total, ConditionResult eligible) {

    /**
     * Checks and copies the components.
     *
     * @param members each person's assessment, sponsor first
     * @param total sum of every member's total
     * @param eligible FAIL if anyone fails, else UNKNOWN if anyone is unknown, else PASS
     */
    public HouseholdAssessment {
        members = List.copyOf(members);
    }

    /**
     * One person's result.
     *
     * @param label      the caller's label
     * @param assessment the person's assessment
     */
    public record Member(String label, RenewalAssessment assessment) {

        /** {@return the member with the label (often a person's name) masked} */
        @Override
        public String toString() {
            return "Member[label=" + Masking.name(label) + ", assessment=" + assessment + "]";
        }
        /** {@return the person's overall eligibility} */
        public ConditionResult eligible() {
            return assessment.eligible();
        }
    }
}
