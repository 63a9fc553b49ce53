package io.residentid.examples.cli.qr;

import io.residentid.core.json.ResidentIdJson;
import io.residentid.core.model.DocumentType;
import io.residentid.core.model.IdentityDocument;
import io.residentid.core.model.IssuingCountry;
import io.residentid.core.model.Nationality;
import io.residentid.core.model.Person;
import io.residentid.core.model.Sex;
import io.residentid.qr.format.CredentialClaims;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** The document in the file (the SDK's model) and the Arabic surname, which tells where it starts. */
    record Resident(IdentityDocument document, String arabicSurname) {
    }

    static Resident read(byte[] json) throws IOException {
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
        if (type.country() != country) {
            throw new IllegalArgumentException("documentType " + type + " is not issued by " + country);
        }
        String arabicSurname = require(f.arabicSurname, "arabicSurname");
        String arabicGiven = f.arabicGivenNames == null ? "" : f.arabicGivenNames;
        // The model keeps the Arabic name in reading order: given names, then the surname.
        Person holder = new Person(require(f.surname, "surname"), f.givenNames,
                arabicGiven.isEmpty() ? arabicSurname : arabicGiven + " " + arabicSurname, sex,
                Nationality.of(require(f.nationality, "nationality")), require(f.dateOfBirth, "dateOfBirth"), null,
                f.occupation, f.employer, List.of());
        return new Resident(new IdentityDocument(type, require(f.documentNumber, "documentNumber"),
                require(f.personalNumber, "personalNumber"), country, null, null,
                require(f.documentExpiry, "documentExpiry"), holder), arabicSurname);
    }

    private static <T> T require(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException("Missing field " + name + " in the claims file");
        }
        return value;
    }

    static RidClaimsFile of(CredentialClaims c) {
        IdentityDocument d = c.document();
        Person h = d.holder();
        return new RidClaimsFile(d.issuingCountry().alpha2(), d.type().name(), d.documentNumber(), d.personalNumber(),
                h.primaryIdentifier(), h.secondaryIdentifier(), c.arabicSurname(), c.arabicGivenNames(),
                h.nationality().code(), h.dateOfBirth(), String.valueOf(h.sex().mrzCode()), d.dateOfExpiry(),
                h.employer(), h.occupation());
    }

    /** All claims in readable form (for the verify output). */
    static Map<String, Object> readable(CredentialClaims c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("iss", c.issuer());
        m.put("iat", c.issuedAt().toString());
        m.put("nbf", c.notBefore().toString());
        m.put("exp", c.expiresAt().toString());
        m.put("rid", of(c));
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
