package io.residentid.emulator.mdoc;

import io.residentid.core.model.IssuingCountry;
import io.residentid.emulator.ResidentPersona;
import io.residentid.mdoc.cbor.CborItem;
import io.residentid.mdoc.response.MdocDocTypes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The data elements of a {@link ResidentPersona} as an mDL and as the SDK resident doctype (test data). */
public final class MdocPersonas {

    private MdocPersonas() {
    }

    /**
     * ISO 3166-1 alpha-2 of the persona's issuing state (e.g. OMN → OM).
     *
     * @param p the persona
     * @return the issuing country's ISO alpha-2 code
     */
    public static String issuingCountryAlpha2(ResidentPersona p) {
        return IssuingCountry.fromCode(p.issuingState()).map(IssuingCountry::alpha2).orElse(p.issuingState());
    }

    private static long sex(ResidentPersona p) {
        return "M".equals(p.sex()) ? 1 : "F".equals(p.sex()) ? 2 : 0;
    }

    private static java.time.LocalDate issueDate(ResidentPersona p) {
        return p.dateOfIssue() != null ? p.dateOfIssue() : p.dateOfExpiry().minusYears(2);
    }

    /**
     * mDL namespace {@code org.iso.18013.5.1}: names, dates, numbers, portrait, driving privileges.
     *
     * @param p the persona
     * @return the mDL elements by namespace
     */
    public static Map<String, Map<String, CborItem>> mdl(ResidentPersona p) {
        Map<String, CborItem> e = new LinkedHashMap<>();
        e.put(MdocDocTypes.FAMILY_NAME, CborItem.text(p.surname()));
        e.put(MdocDocTypes.GIVEN_NAME, CborItem.text(p.givenNames()));
        e.put(MdocDocTypes.BIRTH_DATE, CborItem.fullDate(p.dateOfBirth()));
        e.put(MdocDocTypes.ISSUE_DATE, CborItem.fullDate(issueDate(p)));
        e.put(MdocDocTypes.EXPIRY_DATE, CborItem.fullDate(p.dateOfExpiry()));
        e.put(MdocDocTypes.ISSUING_COUNTRY, CborItem.text(issuingCountryAlpha2(p)));
        e.put(MdocDocTypes.ISSUING_AUTHORITY, CborItem.text(p.issuingAuthority() == null ? p.issuingState()
                : p.issuingAuthority()));
        e.put(MdocDocTypes.DOCUMENT_NUMBER, CborItem.text(p.documentNumber()));
        e.put(MdocDocTypes.PORTRAIT, CborItem.bytes(portrait()));
        e.put(MdocDocTypes.SEX, CborItem.integer(sex(p)));
        e.put(MdocDocTypes.DRIVING_PRIVILEGES, CborItem.array(io.residentid.mdoc.cbor.CborMap.builder()
                .put("vehicle_category_code", CborItem.text("B"))
                .put("issue_date", CborItem.fullDate(issueDate(p)))
                .put("expiry_date", CborItem.fullDate(p.dateOfExpiry())).build()));
        e.put("age_over_18", CborItem.bool(!p.dateOfBirth().plusYears(18).isAfter(java.time.LocalDate.now())));
        Map<String, Map<String, CborItem>> out = new LinkedHashMap<>();
        out.put(MdocDocTypes.MDL_NAMESPACE, e);
        return out;
    }

    /**
     * The SDK resident doctype namespace {@code io.residentid.resident.1}.
     *
     * @param p the persona
     * @return the resident-card elements by namespace
     */
    public static Map<String, Map<String, CborItem>> resident(ResidentPersona p) {
        Map<String, CborItem> e = new LinkedHashMap<>();
        e.put(MdocDocTypes.FAMILY_NAME, CborItem.text(p.surname()));
        e.put(MdocDocTypes.GIVEN_NAME, CborItem.text(p.givenNames()));
        if (p.nameNational() != null) {
            e.put(MdocDocTypes.FULL_NAME_AR, CborItem.text(p.nameNational()));
        }
        e.put(MdocDocTypes.BIRTH_DATE, CborItem.fullDate(p.dateOfBirth()));
        e.put(MdocDocTypes.SEX, CborItem.integer(sex(p)));
        e.put(MdocDocTypes.NATIONALITY, CborItem.text(p.nationality()));
        if (p.personalNumber() != null) {
            e.put(MdocDocTypes.CIVIL_NUMBER, CborItem.text(p.personalNumber()));
        }
        e.put(MdocDocTypes.DOCUMENT_NUMBER, CborItem.text(p.documentNumber()));
        e.put(MdocDocTypes.ISSUE_DATE, CborItem.fullDate(issueDate(p)));
        e.put(MdocDocTypes.EXPIRY_DATE, CborItem.fullDate(p.dateOfExpiry()));
        e.put(MdocDocTypes.ISSUING_COUNTRY, CborItem.text(issuingCountryAlpha2(p)));
        if (p.issuingAuthority() != null) {
            e.put(MdocDocTypes.ISSUING_AUTHORITY, CborItem.text(p.issuingAuthority()));
        }
        e.put(MdocDocTypes.RESIDENCE_STATUS, CborItem.text("resident"));
        if (p.sponsor() != null) {
            e.put(MdocDocTypes.SPONSOR_NAME, CborItem.text(p.sponsor()));
        }
        if (p.employer() != null) {
            e.put(MdocDocTypes.EMPLOYER_NAME, CborItem.text(p.employer()));
        }
        e.put(MdocDocTypes.PORTRAIT, CborItem.bytes(portrait()));
        Map<String, Map<String, CborItem>> out = new LinkedHashMap<>();
        out.put(MdocDocTypes.RESIDENT_NAMESPACE, e);
        return out;
    }

    /** {@return a small drawn JPEG placeholder portrait} */
    public static byte[] portrait() {
        return io.residentid.emulator.Portraits.jpeg(96);
    }

    /** Both documents of a persona, unused helper for lists. */
    static List<String> docTypes() {
        return List.of(MdocDocTypes.MDL, MdocDocTypes.RESIDENT);
    }
}
