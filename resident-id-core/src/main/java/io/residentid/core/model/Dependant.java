package io.residentid.core.model;

import java.time.LocalDate;

/**
 * A family member registered under a resident's residence (spouse, child, parent), as portals list them.
 *
 * @param name         name in Latin script
 * @param relationship relation to the sponsor
 * @param dateOfBirth  date of birth, may be {@code null} when unknown
 * @param personalNumber personal/civil number, may be {@code null}
 */
public record Dependant(String name, Relationship relationship, LocalDate dateOfBirth, String personalNumber) {

    /** How a dependant relates to the sponsor. */
    public enum Relationship {
        /** Husband or wife. */
        SPOUSE,
        /** Son or daughter. */
        CHILD,
        /** Father or mother. */
        PARENT,
        /** Any other registered relation. */
        OTHER
    }

    /**
     * Checks and copies the components.
     *
     * @param name name in Latin script
     * @param relationship relation to the sponsor
     * @param dateOfBirth date of birth, may be {@code null} when unknown
     * @param personalNumber personal/civil number, may be {@code null}
     */
    public Dependant {
        Text.requireBounded(name, "dependant name", 200);
        if (relationship == null) {
            throw new IllegalArgumentException("dependant relationship is missing");
        }
        Text.requireBoundedOrNull(personalNumber, "dependant personal number", 32);
    }

    @Override
    public String toString() {
        return "Dependant[" + Masking.name(name) + ", " + relationship + ", born " + Masking.hidden(dateOfBirth)
                + ", " + (personalNumber == null ? "no number" : Masking.identifier(personalNumber)) + "]";
    }
}
