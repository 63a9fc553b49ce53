package io.residentid.qr.format;

import io.residentid.core.model.DocumentType;
import io.residentid.core.model.IssuingCountry;
import io.residentid.core.model.Masking;
import io.residentid.core.model.Nationality;
import io.residentid.core.model.Sex;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The resident's data in a credential (the {@code rid} claim). Field limits are in {@code FORMAT.md} and checked by
 * {@link ClaimsCodec}. {@link #toString()} masks every personal value.
 *
 * @param country          issuing country; must match the document type's country
 * @param documentType     the document the credential stands for
 * @param documentNumber   card or permit number, 1..20 of {@code A-Z 0-9}
 * @param personalNumber   civil / personal / Iqama number, 1..20 of {@code A-Z 0-9}
 * @param surname          Latin surname, 1..64 characters, no {@code /}
 * @param givenNames       Latin given names, 0..64 characters, no {@code /}
 * @param arabicSurname    Arabic surname, 1..64 characters, no {@code /}
 * @param arabicGivenNames Arabic given names, 0..64 characters, no {@code /}
 * @param nationality      ICAO nationality
 * @param dateOfBirth      date of birth
 * @param sex              sex
 * @param documentExpiry   expiry date of the document
 * @param employer         employer or sponsor, 1..64 characters, null when absent
 * @param occupation       occupation, 1..64 characters, null when absent
 */
public record RidClaims(IssuingCountry country, DocumentType documentType, String documentNumber, String personalNumber,
                        String surname, String givenNames, String arabicSurname, String arabicGivenNames,
                        Nationality nationality, LocalDate dateOfBirth, Sex sex, LocalDate documentExpiry,
                        String employer, String occupation) {

    /** The schema version written in {@code rid.v}. */
    public static final int SCHEMA_VERSION = 1;

    /** Checks presence; the limits are checked when encoding. */
    public RidClaims {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(documentType, "documentType");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(personalNumber, "personalNumber");
        Objects.requireNonNull(surname, "surname");
        givenNames = givenNames == null ? "" : givenNames;
        Objects.requireNonNull(arabicSurname, "arabicSurname");
        arabicGivenNames = arabicGivenNames == null ? "" : arabicGivenNames;
        Objects.requireNonNull(nationality, "nationality");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(documentExpiry, "documentExpiry");
    }

    /** The employer, when present. */
    public Optional<String> employerIfPresent() {
        return Optional.ofNullable(employer);
    }

    /** The occupation, when present. */
    public Optional<String> occupationIfPresent() {
        return Optional.ofNullable(occupation);
    }

    @Override
    public String toString() {
        return "RidClaims[country=" + country.alpha2() + ", documentType=" + documentType
                + ", documentNumber=" + Masking.identifier(documentNumber)
                + ", personalNumber=" + Masking.identifier(personalNumber)
                + ", name=" + Masking.name(surname) + "/" + Masking.name(givenNames)
                + ", arabicName=" + Masking.name(arabicSurname) + "/" + Masking.name(arabicGivenNames)
                + ", nationality=" + nationality + ", dateOfBirth=" + Masking.hidden(dateOfBirth)
                + ", sex=" + Masking.hidden(sex) + ", documentExpiry=" + documentExpiry
                + ", employer=" + (employer == null ? "none" : Masking.name(employer))
                + ", occupation=" + (occupation == null ? "none" : Masking.name(occupation)) + "]";
    }
}
