package io.residentid.core.model;

/** The identity documents the SDK models, each issued by one {@link IssuingCountry}. */
public enum DocumentType {
    /** Oman resident card (ROP), chip with ICAO and PKI applets, TD1 MRZ. */
    OMAN_RESIDENT_CARD(IssuingCountry.OMAN, true),
    /** Saudi Iqama (muqeem card) and its digital version in the Absher app. */
    SAUDI_IQAMA(IssuingCountry.SAUDI_ARABIA, true),
    /** Saudi national ID card for citizens. */
    SAUDI_NATIONAL_ID(IssuingCountry.SAUDI_ARABIA, false),
    /** Qatar ID (QID) smart card. */
    QATAR_ID(IssuingCountry.QATAR, true),
    /** UAE Emirates ID. */
    EMIRATES_ID(IssuingCountry.UNITED_ARAB_EMIRATES, true),
    /** Kuwait civil ID card. */
    KUWAIT_CIVIL_ID(IssuingCountry.KUWAIT, true),
    /** Bahrain CPR (smart) card. */
    BAHRAIN_CPR_CARD(IssuingCountry.BAHRAIN, true);

    private final IssuingCountry country;
    private final boolean issuedToResidents;

    DocumentType(IssuingCountry country, boolean issuedToResidents) {
        this.country = country;
        this.issuedToResidents = issuedToResidents;
    }

    /** {@return the state that issues this document} */
    public IssuingCountry country() {
        return country;
    }

    /** {@return whether foreign residents hold this document (the Saudi national ID is for citizens only)} */
    public boolean issuedToResidents() {
        return issuedToResidents;
    }

    /**
     * {@return the resident document of a country: the one a bank asks an expatriate for}
     *
     * @param country the issuing country
     */
    public static DocumentType residentDocumentOf(IssuingCountry country) {
        for (DocumentType type : values()) {
            if (type.country == country && type.issuedToResidents) {
                return type;
            }
        }
        throw new IllegalStateException("No resident document for " + country);
    }
}
