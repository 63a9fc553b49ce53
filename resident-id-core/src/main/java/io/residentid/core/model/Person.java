package io.residentid.core.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The holder of an identity document.
 *
 * <p>Names are kept twice, as the documents print them: in the MRZ's Latin transliteration (primary identifier =
 * surname(s), secondary identifier = given names) and in Arabic script. Validated at construction; immutable;
 * {@code toString()} masks everything personal.
 *
 * @param primaryIdentifier   surname(s) as in the MRZ, upper-case Latin, spaces allowed
 * @param secondaryIdentifier given name(s) as in the MRZ, may be empty
 * @param arabicName          full name in Arabic script, may be {@code null}
 * @param sex                 sex as printed
 * @param nationality         ICAO 9303 nationality code
 * @param dateOfBirth         date of birth, may be {@code null} when unknown
 * @param address             address, may be {@code null}
 * @param occupation          occupation/profession, may be {@code null}
 * @param employer            employer or sponsor, may be {@code null}
 * @param dependants          family members registered under this person
 */
public record Person(String primaryIdentifier, String secondaryIdentifier, String arabicName, Sex sex,
                     Nationality nationality, LocalDate dateOfBirth, Address address, String occupation,
                     String employer, List<Dependant> dependants) {

    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_DEPENDANTS = 64;

    /**
     * Checks and copies the components.
     *
     * @param primaryIdentifier surname(s) as in the MRZ, upper-case Latin, spaces allowed
     * @param secondaryIdentifier given name(s) as in the MRZ, may be empty
     * @param arabicName full name in Arabic script, may be {@code null}
     * @param sex sex as printed
     * @param nationality ICAO 9303 nationality code
     * @param dateOfBirth date of birth, may be {@code null} when unknown
     * @param address address, may be {@code null}
     * @param occupation occupation/profession, may be {@code null}
     * @param employer employer or sponsor, may be {@code null}
     * @param dependants family members registered under this person
     */
    public Person {
        Text.requireBounded(primaryIdentifier, "primary identifier (surname)", MAX_NAME_LENGTH);
        secondaryIdentifier = secondaryIdentifier == null ? "" : secondaryIdentifier;
        Text.requireBoundedOrNull(secondaryIdentifier, "secondary identifier (given names)", MAX_NAME_LENGTH);
        Text.requireBoundedOrNull(arabicName, "Arabic name", MAX_NAME_LENGTH);
        if (sex == null) {
            sex = Sex.UNSPECIFIED;
        }
        if (nationality == null) {
            throw new IllegalArgumentException("nationality is missing");
        }
        if (dateOfBirth != null && dateOfBirth.getYear() < 1880) {
            throw new IllegalArgumentException("date of birth before 1880 is not plausible");
        }
        Text.requireBoundedOrNull(occupation, "occupation", MAX_NAME_LENGTH);
        Text.requireBoundedOrNull(employer, "employer", MAX_NAME_LENGTH);
        dependants = dependants == null ? List.of() : List.copyOf(dependants);
        if (dependants.size() > MAX_DEPENDANTS) {
            throw new IllegalArgumentException("more than " + MAX_DEPENDANTS + " dependants");
        }
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder pre-filled with this person's values} */
    public Builder toBuilder() {
        return new Builder().primaryIdentifier(primaryIdentifier).secondaryIdentifier(secondaryIdentifier)
                .arabicName(arabicName).sex(sex).nationality(nationality).dateOfBirth(dateOfBirth).address(address)
                .occupation(occupation).employer(employer).dependants(dependants);
    }

    /** {@return given names then surname, as a Latin display name ({@code RAJESH KUMAR})} */
    public String latinName() {
        return secondaryIdentifier.isEmpty() ? primaryIdentifier : secondaryIdentifier + " " + primaryIdentifier;
    }

    /**
     * {@return age in whole years on {@code date}, or -1 when the date of birth is unknown}
     *
     * @param date the day to judge on
     */
    public int ageOn(LocalDate date) {
        return dateOfBirth == null ? -1 : java.time.Period.between(dateOfBirth, date).getYears();
    }

    @Override
    public String toString() {
        return "Person[" + Masking.name(primaryIdentifier) + " " + Masking.name(secondaryIdentifier) + ", " + sex
                + ", " + nationality + ", born " + Masking.hidden(dateOfBirth) + ", dependants=" + dependants.size()
                + "]";
    }

    /** Builds a {@link Person}; names are upper-cased (MRZ style) with {@link Locale#ROOT}. */
    public static final class Builder {
        private String primaryIdentifier;
        private String secondaryIdentifier = "";
        private String arabicName;
        private Sex sex = Sex.UNSPECIFIED;
        private Nationality nationality;
        private LocalDate dateOfBirth;
        private Address address;
        private String occupation;
        private String employer;
        private final List<Dependant> dependants = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets the surname(s), as in the MRZ.
         *
         * @param surname Latin letters and spaces; upper-cased
         * @return this builder
         */
        public Builder primaryIdentifier(String surname) {
            this.primaryIdentifier = surname == null ? null : surname.toUpperCase(Locale.ROOT);
            return this;
        }

        /**
         * Sets the given name(s), as in the MRZ.
         *
         * @param givenNames Latin letters and spaces; upper-cased; may be empty
         * @return this builder
         */
        public Builder secondaryIdentifier(String givenNames) {
            this.secondaryIdentifier = givenNames == null ? "" : givenNames.toUpperCase(Locale.ROOT);
            return this;
        }

        /**
         * Sets the full name in Arabic script.
         *
         * @param arabicName the name, or {@code null}
         * @return this builder
         */
        public Builder arabicName(String arabicName) {
            this.arabicName = arabicName;
            return this;
        }

        /**
         * Sets the sex as printed.
         *
         * @param sex the sex
         * @return this builder
         */
        public Builder sex(Sex sex) {
            this.sex = sex;
            return this;
        }

        /**
         * Sets the nationality.
         *
         * @param nationality the ICAO 9303 nationality
         * @return this builder
         */
        public Builder nationality(Nationality nationality) {
            this.nationality = nationality;
            return this;
        }

        /**
         * Sets the nationality from an ICAO code such as {@code IND}.
         *
         * @param icaoCode the three-letter ICAO code
         * @return this builder
         */
        public Builder nationality(String icaoCode) {
            this.nationality = Nationality.of(icaoCode);
            return this;
        }

        /**
         * Sets the date of birth.
         *
         * @param dateOfBirth the date, or {@code null} when unknown
         * @return this builder
         */
        public Builder dateOfBirth(LocalDate dateOfBirth) {
            this.dateOfBirth = dateOfBirth;
            return this;
        }

        /**
         * Sets the address.
         *
         * @param address the address, or {@code null}
         * @return this builder
         */
        public Builder address(Address address) {
            this.address = address;
            return this;
        }

        /**
         * Sets the occupation or profession.
         *
         * @param occupation the occupation, or {@code null}
         * @return this builder
         */
        public Builder occupation(String occupation) {
            this.occupation = occupation;
            return this;
        }

        /**
         * Employer or sponsor ({@code kafeel}).
         *
         * @param employer the employer's or sponsor's name
         * @return this builder
         */
        public Builder employer(String employer) {
            this.employer = employer;
            return this;
        }

        /**
         * Sets one more family member registered under this person.
         *
         * @param dependant the family member
         * @return this builder
         */
        public Builder dependant(Dependant dependant) {
            this.dependants.add(dependant);
            return this;
        }

        /**
         * Sets all family members registered under this person, replacing any added before.
         *
         * @param dependants the family members
         * @return this builder
         */
        public Builder dependants(List<Dependant> dependants) {
            this.dependants.clear();
            this.dependants.addAll(dependants);
            return this;
        }

        /**
         * {@return the person}
         *
         * @throws IllegalArgumentException when a value is missing or out of bounds
         */
        public Person build() {
            return new Person(primaryIdentifier, secondaryIdentifier, arabicName, sex, nationality, dateOfBirth,
                    address, occupation, employer, dependants);
        }
    }
}
