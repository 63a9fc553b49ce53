package io.residentid.kyc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.residentid.core.json.ResidentIdJson;
import io.residentid.core.model.Bytes;
import io.residentid.core.model.Masking;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * What the customer declared (typed into the bank's form), every field optional. JSON form
 * ({@code docs/kyc.md}): {@code {"name":"Ravi Kumar","nameArabic":"رافي كومار","dateOfBirth":"1988-04-12",
 * "nationality":"IND","sex":"M","documentNumber":"RC1234567","idNumber":"123456782","address":"…"}}. Unknown
 * members, wrong types and absurd values (a birth date before 1880 or after 2100, a nationality that is not three
 * letters, overlong text, control characters) are rejected with {@link KycCode#DECLARED_DATA_MALFORMED}.
 * {@link #toString()} masks every value.
 *
 * @param name           the name as typed, any script, any order
 * @param nameArabic     the name in Arabic script
 * @param dateOfBirth    date of birth
 * @param nationality    ICAO nationality code (3 letters)
 * @param sex            {@code M}, {@code F} or {@code X}
 * @param documentNumber the card's document number
 * @param idNumber       the civil / ID number
 * @param address        the address, free text
 */
public record DeclaredData(String name, String nameArabic, LocalDate dateOfBirth, String nationality, String sex,
        String documentNumber, String idNumber, String address) {

    /** Upper bound on the JSON form. */
    public static final int MAX_BYTES = 16 * 1024;
    private static final int MAX_NAME = 200;
    private static final Set<String> MEMBERS = Set.of("name", "nameArabic", "dateOfBirth", "nationality", "sex",
            "documentNumber", "idNumber", "address");
    private static final KycCode BAD = KycCode.DECLARED_DATA_MALFORMED;

    /**
     * Checks every present value against the documented bounds.
     *
     * @param name the name in Latin or Arabic script
     * @param nameArabic the name in Arabic script
     * @param dateOfBirth the date of birth
     * @param nationality the ICAO three-letter nationality code
     * @param sex M, F or X
     * @param documentNumber the document number
     * @param idNumber the national or resident identity number
     * @param address the address
     */
    public DeclaredData {
        name = text(name, "name", MAX_NAME);
        nameArabic = text(nameArabic, "nameArabic", MAX_NAME);
        address = text(address, "address", 500);
        if (dateOfBirth != null && (dateOfBirth.getYear() < 1880 || dateOfBirth.getYear() > 2100)) {
            throw new KycException(BAD, "$.dateOfBirth", null, "dateOfBirth is out of range");
        }
        if (nationality != null && !nationality.matches("[A-Z][A-Z<]{2}")) {
            throw new KycException(BAD, "$.nationality", null, "nationality must be an ICAO 3-letter code");
        }
        if (sex != null && !sex.matches("[MFX]")) {
            throw new KycException(BAD, "$.sex", null, "sex must be M, F or X");
        }
        if (documentNumber != null && !documentNumber.matches("[A-Za-z0-9<\\- ]{1,20}")) {
            throw new KycException(BAD, "$.documentNumber", null, "documentNumber must be 1-20 letters or digits");
        }
        if (idNumber != null && !idNumber.matches("[0-9A-Za-z\\- \u0660-\u0669\u06F0-\u06F9]{1,32}")) {
            throw new KycException(BAD, "$.idNumber", null, "idNumber must be 1-32 digits or letters");
        }
    }

    private static String text(String value, String member, int max) {
        if (value == null) {
            return null;
        }
        if (value.isBlank() || value.length() > max) {
            throw new KycException(BAD, "$." + member, null, member + " must be 1-" + max + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new KycException(BAD, "$." + member, null, member + " holds a control character");
            }
        }
        return value;
    }

    /**
     * Reads the JSON form.
     *
     * @param json the UTF-8 JSON
     * @return the declared data
     * @throws KycException {@link KycCode#DECLARED_DATA_MALFORMED}, with the JSON path
     */
    public static DeclaredData parse(byte[] json) {
        ObjectNode o = KycJson.object(json, MAX_BYTES, BAD);
        KycJson.onlyKnown(o, MEMBERS, "$", BAD);
        return new DeclaredData(KycJson.string(o, "name", MAX_NAME, "$", BAD),
                KycJson.string(o, "nameArabic", MAX_NAME, "$", BAD), KycJson.date(o, "dateOfBirth", "$", BAD),
                KycJson.string(o, "nationality", 3, "$", BAD), KycJson.string(o, "sex", 1, "$", BAD),
                KycJson.string(o, "documentNumber", 20, "$", BAD), KycJson.string(o, "idNumber", 32, "$", BAD),
                KycJson.string(o, "address", 500, "$", BAD));
    }

    /** {@return the JSON form (members in documented order, absent ones left out)} */
    public byte[] toJson() {
        ObjectNode o = ResidentIdJson.mapper().createObjectNode();
        put(o, "name", name);
        put(o, "nameArabic", nameArabic);
        put(o, "dateOfBirth", dateOfBirth == null ? null : dateOfBirth.toString());
        put(o, "nationality", nationality);
        put(o, "sex", sex);
        put(o, "documentNumber", documentNumber);
        put(o, "idNumber", idNumber);
        put(o, "address", address);
        try {
            return ResidentIdJson.mapper().writeValueAsBytes(o);
        } catch (IOException e) {
            throw new IllegalStateException("declared data serialisation", e);
        }
    }

    private static void put(ObjectNode o, String member, String value) {
        if (value != null) {
            o.put(member, value);
        }
    }

    /** {@return the SHA-256 of the JSON form} */
    public Bytes sha256() {
        return Bytes.of(toJson()).sha256();
    }

    /** The name in Latin script, when {@link #name()} is written in it. */
    Optional<String> latinName() {
        return Optional.ofNullable(name).filter(n -> !Scripts.isArabic(n));
    }

    /** The Arabic-script name: {@link #nameArabic()}, or {@link #name()} when that is written in Arabic. */
    Optional<String> arabicName() {
        if (nameArabic != null) {
            return Optional.of(nameArabic);
        }
        return Optional.ofNullable(name).filter(Scripts::isArabic);
    }

    @Override
    public String toString() {
        return "DeclaredData[name=" + Masking.name(name) + ", nameArabic=" + Masking.name(nameArabic)
                + ", dateOfBirth=" + (dateOfBirth == null ? null : "****") + ", nationality=" + nationality
                + ", sex=" + (sex == null ? null : "*") + ", documentNumber=" + Masking.identifier(documentNumber)
                + ", idNumber=" + Masking.identifier(idNumber) + ", address=" + (address == null ? null : "…") + "]";
    }

    /** A JSON string's UTF-8 bytes (for tests and examples). */
    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
