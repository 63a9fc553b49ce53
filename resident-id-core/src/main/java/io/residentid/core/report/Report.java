package io.residentid.core.report;

import java.util.List;

/** What every verifier returns: a {@link Verdict} and the coded findings that explain it. */
public interface Report {

    /** {@return the outcome} */
    Verdict verdict();

    /** {@return the findings in the order the checks ran} */
    List<Finding> findings();

    /** Whether a finding with this code is present. */
    default boolean has(FindingCode code) {
        return has(code.code());
    }

    /** Whether a finding with this code is present. */
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
