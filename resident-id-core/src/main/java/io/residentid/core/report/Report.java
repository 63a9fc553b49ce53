package io.residentid.core.report;

import java.util.List;

/** What every verifier returns: a {@link Verdict} and the coded findings that explain it. */
public interface Report {

    /** {@return the outcome} */
    Verdict verdict();

    /** {@return the findings in the order the checks ran} */
    List<Finding> findings();

    /**
     * {@return whether a finding with this code is present}
     *
     * @param code the finding code to look for
     */
    default boolean has(FindingCode code) {
        return has(code.code());
    }

    /**
     * {@return whether a finding with this code is present}
     *
     * @param code the finding code to look for
     */
    default boolean has(String code) {
        for (Finding finding : findings()) {
            if (finding.code().equals(code)) {
                return true;
            }
        }
        return false;
    }

    /** {@return whether the verdict is {@link Verdict#VALID}} */
    default boolean isValid() {
        return verdict().isValid();
    }
}
