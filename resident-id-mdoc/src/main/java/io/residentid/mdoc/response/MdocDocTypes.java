package io.residentid.mdoc.response;

/**
 * The doctypes and namespaces the SDK understands, with their element identifiers.
 *
 * <p><b>The SDK resident doctype</b> {@value #RESIDENT} (namespace {@value #RESIDENT_NAMESPACE}) carries a GCC
 * residence permit: Latin and Arabic names, birth date, sex, nationality, civil number, card number, dates,
 * issuing country and authority, residence status, sponsor and employer, portrait. It is defined by this SDK
 * (not by ISO/IEC 23220 or any issuer) so that emulated residents can be presented the standard way; an issuer
 * that publishes its own doctype would be mapped beside it.
 */
public final class MdocDocTypes {
    /** The ISO/IEC 18013-5 mobile driving licence doctype. */
    public static final String MDL = "org.iso.18013.5.1.mDL";
    /** The mDL namespace. */
    public static final String MDL_NAMESPACE = "org.iso.18013.5.1";
    /** The SDK resident doctype. */
    public static final String RESIDENT = "io.residentid.resident.1";
    /** The SDK resident namespace. */
    public static final String RESIDENT_NAMESPACE = "io.residentid.resident.1";

    /** Surname(s), Latin (tstr); mDL and resident. */
    public static final String FAMILY_NAME = "family_name";
    /** Given name(s), Latin (tstr); mDL and resident. */
    public static final String GIVEN_NAME = "given_name";
    /** Date of birth (full-date); mDL and resident. */
    public static final String BIRTH_DATE = "birth_date";
    /** Portrait (bstr, JPEG); mDL and resident. */
    public static final String PORTRAIT = "portrait";
    /** Date of issue (full-date). */
    public static final String ISSUE_DATE = "issue_date";
    /** Date of expiry (full-date). */
    public static final String EXPIRY_DATE = "expiry_date";
    /** Issuing country, ISO 3166-1 alpha-2 (tstr). */
    public static final String ISSUING_COUNTRY = "issuing_country";
    /** Issuing authority (tstr). */
    public static final String ISSUING_AUTHORITY = "issuing_authority";
    /** Document (card) number (tstr). */
    public static final String DOCUMENT_NUMBER = "document_number";
    /** Sex, ISO/IEC 5218 (uint: 0 unknown, 1 male, 2 female, 9 not applicable). */
    public static final String SEX = "sex";
    /** Nationality: ISO 3166-1 alpha-2 in the mDL, ICAO 9303 alpha-3 in the resident doctype (tstr). */
    public static final String NATIONALITY = "nationality";
    /** mDL driving privileges (array of maps). */
    public static final String DRIVING_PRIVILEGES = "driving_privileges";
    /** Resident: full name in Arabic script (tstr). */
    public static final String FULL_NAME_AR = "full_name_ar";
    /** Resident: civil / personal number (Iqama, QID, Emirates ID…) (tstr). */
    public static final String CIVIL_NUMBER = "civil_number";
    /** Resident: residence status, e.g. "resident", "permanent_resident", "visit" (tstr). */
    public static final String RESIDENCE_STATUS = "residence_status";
    /** Resident: sponsor's name (tstr). */
    public static final String SPONSOR_NAME = "sponsor_name";
    /** Resident: employer's name (tstr). */
    public static final String EMPLOYER_NAME = "employer_name";

    private MdocDocTypes() {
    }
}
