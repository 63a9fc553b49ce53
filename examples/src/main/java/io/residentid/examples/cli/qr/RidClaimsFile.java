package io.residentid.examples.cli.qr;

import io.residentid.core.json.ResidentIdJson;
import io.residentid.core.model.DocumentType;
import io.residentid.core.model.IssuingCountry;
import io.residentid.core.model.Nationality;
import io.residentid.core.model.Sex;
import io.residentid.qr.format.CredentialClaims;
import io.residentid.qr.format.RidClaims;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The readable JSON form of a resident's data that {@code qr issue --claims} takes (long names, ISO dates), and the
 * form {@code qr verify} prints the verified claims in.
 */
record RidClaimsFile(String country, String documentType, String documentNumber, String personalNumber,
                     String surname, String givenNames, String arabicSurname, String arabicGivenNames,
                     String nationality, LocalDate dateOfBirth, String sex, LocalDate documentExpiry,
                     String employer, String occupation) {

    static RidClaims read(byte[] json) throws IOException {
        RidClaimsFile f = ResidentIdJson.mapper().readValue(json, RidClaimsFile.class);
        IssuingCountry country = IssuingCountry.of(require(f.country, "country"));
        DocumentType type;
        try {
            type = f.documentType == null ? DocumentType.residentDocumentOf(country)
                    : DocumentType.valueOf(f.documentType.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown documentType '" + f.documentType + "'");
        }
        Sex sex;
        String s = require(f.sex, "sex").trim().toUpperCase(Locale.ROOT);
        try {
            sex = s.length() == 1 ? Sex.fromMrzCode(s.charAt(0)) : Sex.valueOf(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown sex '" + f.sex + "' (M, F, X, MALE, FEMALE, UNSPECIFIED)");
        }
        return new RidClaims(country, type, require(f.documentNumber, "documentNumber"),
                require(f.personalNumber, "personalNumber"), require(f.surname, "surname"), f.givenNames,
                require(f.arabicSurname, "arabicSurname"), f.arabicGivenNames,
                Nationality.of(require(f.nationality, "nationality")), require(f.dateOfBirth, "dateOfBirth"), sex,
                require(f.documentExpiry, "documentExpiry"), f.employer, f.occupation);
    }

    private static <T> T require(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException("Missing field " + name + " in the claims file");
        }
        return value;
    }

    static RidClaimsFile of(RidClaims r) {
        return new RidClaimsFile(r.country().alpha2(), r.documentType().name(), r.documentNumber(), r.personalNumber(),
                r.surname(), r.givenNames(), r.arabicSurname(), r.arabicGivenNames(), r.nationality().code(),
                r.dateOfBirth(), String.valueOf(r.sex().mrzCode()), r.documentExpiry(), r.employer(), r.occupation());
    }

    /** All claims in readable form (for the verify output). */
    static Map<String, Object> readable(CredentialClaims c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("iss", c.issuer());
        m.put("iat", c.issuedAt().toString());
        m.put("nbf", c.notBefore().toString());
        m.put("exp", c.expiresAt().toString());
        m.put("rid", of(c.rid()));
        c.statusIfPresent().ifPresent(s -> m.put("status", Map.of("index", s.index(), "uri", s.uri())));
        return m;
    }

    @Override
    public String toString() {
        return "RidClaimsFile[" + country + ", " + documentType + ", documentNumber="
                + io.residentid.core.model.Masking.identifier(documentNumber) + ", name="
                + io.residentid.core.model.Masking.name(surname) + "]";
    }
}
