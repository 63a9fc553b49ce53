package io.residentid.core.renewal;

import io.residentid.core.model.Masking;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * One person of a household to assess (the sponsor or a dependant).
 *
 * @param label    caller's label for the person (e.g. {@code sponsor}, {@code child-1}); never a full identifier
 * @param expiry   the person's card expiry
 * @param facts    the person's facts
 * @param validity requested validity, null for the pack's default
 */
public record HouseholdMember(String label, LocalDate expiry, ResidentFacts facts, Period validity) {

    /**
     * Checks and copies the components.
     *
     * @param label caller's label for the person (e.g. {@code sponsor}, {@code child-1}); never a full identifier
     * @param expiry the person's card expiry
     * @param facts the person's facts
     * @param validity requested validity, null for the pack's default
     */
    public HouseholdMember {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(expiry, "expiry");
        facts = facts == null ? ResidentFacts.none() : facts;
    }

    /** {@return the member with the label (often a person's name) masked; the facts mask themselves} */
    @Override
    public String toString() {
        return "HouseholdMember[label=" + Masking.name(label) + ", expiry=" + expiry
                + ", facts=" + facts + ", validity=" + validity + "]";
    }
}
