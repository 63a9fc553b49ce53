package io.residentid.core.model;

import java.time.LocalDate;

/**
 * An identity document as issued: what is printed on the card, read from its chip or shown in a QR credential.
 * Validated at construction; immutable; {@code toString()} masks numbers and personal data.
 *
 * @param type             the kind of document; its country must be {@code issuingCountry}
 * @param documentNumber   the document (card) number, 1-32 characters A-Z 0-9
 * @param personalNumber   the personal/civil/ID number (Iqama number, Emirates ID, QID…), may be {@code null}
 * @param issuingCountry   the issuing state
 * @param issuingAuthority the issuing authority (e.g. Royal Oman Police), may be {@code null}
 * @param dateOfIssue      date of issue, may be {@code null} (Saudi muqeem cards print none)
 * @param dateOfExpiry     date of expiry, may be {@code null} when held only electronically
 * @param holder           the person the document identifies
 */
public record IdentityDocument(DocumentType type, String documentNumber, String personalNumber,
                               IssuingCountry issuingCountry, String issuingAuthority, LocalDate dateOfIssue,
                               LocalDate dateOfExpiry, Person holder) {

    static final int MAX_NUMBER_LENGTH = 32;

    /**
     * Checks and copies the components.
     *
     * @param type the kind of document; its country must be {@code issuingCountry}
     * @param documentNumber the document (card) number, 1-32 characters A-Z 0-9
     * @param personalNumber the personal/civil/ID number (Iqama number, Emirates ID, QID…), may be {@code null}
     * @param issuingCountry the issuing state
     * @param issuingAuthority the issuing authority (e.g. Royal Oman Police), may be {@code null}
     * @param dateOfIssue date of issue, may be {@code null} (Saudi muqeem cards print none)
     * @param dateOfExpiry date of expiry, may be {@code null} when held only electronically
     * @param holder the person the document identifies
     */
    public IdentityDocument {
        if (type == null) {
            throw new IllegalArgumentException("document type is missing");
        }
        if (issuingCountry == null) {
            issuingCountry = type.country();
        }
        if (type.country() != issuingCountry) {
            throw new IllegalArgumentException(type + " is not issued by " + issuingCountry);
        }
        Text.requireBounded(documentNumber, "document number", MAX_NUMBER_LENGTH);
        for (int i = 0; i < documentNumber.length(); i++) {
            char c = documentNumber.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
                throw new IllegalArgumentException("document number may hold only A-Z and 0-9 (position " + i + ")");
            }
        }
        Text.requireBoundedOrNull(personalNumber, "personal number", MAX_NUMBER_LENGTH);
        Text.requireBoundedOrNull(issuingAuthority, "issuing authority", 200);
        if (dateOfIssue != null && dateOfExpiry != null && dateOfExpiry.isBefore(dateOfIssue)) {
            throw new IllegalArgumentException("date of expiry is before date of issue");
        }
        if (holder == null) {
            throw new IllegalArgumentException("holder is missing");
        }
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder pre-filled with this document's values} */
    public Builder toBuilder() {
        return new Builder().type(type).documentNumber(documentNumber).personalNumber(personalNumber)
                .issuingAuthority(issuingAuthority).dateOfIssue(dateOfIssue).dateOfExpiry(dateOfExpiry)
                .holder(holder);
    }

    /**
     * {@return whether the document has expired on {@code date} (it is still valid on its expiry date)}
     *
     * @param date the day to judge on
     */
    public boolean isExpiredOn(LocalDate date) {
        return dateOfExpiry != null && date.isAfter(dateOfExpiry);
    }

    @Override
    public String toString() {
        return "IdentityDocument[" + type + ", no " + Masking.identifier(documentNumber) + ", personal "
                + (personalNumber == null ? "none" : Masking.identifier(personalNumber)) + ", expires "
                + dateOfExpiry + ", holder " + holder + "]";
    }

    /** Builds an {@link IdentityDocument}; the issuing country follows from the document type. */
    public static final class Builder {
        private DocumentType type;
        private String documentNumber;
        private String personalNumber;
        private String issuingAuthority;
        private LocalDate dateOfIssue;
        private LocalDate dateOfExpiry;
        private Person holder;

        private Builder() {
        }

        /**
         * Sets the kind of document, which also gives the issuing country.
         *
         * @param type the document type
         * @return this builder
         */
        public Builder type(DocumentType type) {
            this.type = type;
            return this;
        }

        /**
         * Sets the document (card) number.
         *
         * @param documentNumber 1-32 characters A-Z 0-9
         * @return this builder
         */
        public Builder documentNumber(String documentNumber) {
            this.documentNumber = documentNumber;
            return this;
        }

        /**
         * Sets the personal, civil or ID number.
         *
         * @param personalNumber the number, or {@code null}
         * @return this builder
         */
        public Builder personalNumber(String personalNumber) {
            this.personalNumber = personalNumber;
            return this;
        }

        /**
         * Sets the issuing authority.
         *
         * @param issuingAuthority the authority (e.g. Royal Oman Police), or {@code null}
         * @return this builder
         */
        public Builder issuingAuthority(String issuingAuthority) {
            this.issuingAuthority = issuingAuthority;
            return this;
        }

        /**
         * Sets the date of issue.
         *
         * @param dateOfIssue the date, or {@code null} when the document prints none
         * @return this builder
         */
        public Builder dateOfIssue(LocalDate dateOfIssue) {
            this.dateOfIssue = dateOfIssue;
            return this;
        }

        /**
         * Sets the date of expiry.
         *
         * @param dateOfExpiry the last valid day, or {@code null} when held only electronically
         * @return this builder
         */
        public Builder dateOfExpiry(LocalDate dateOfExpiry) {
            this.dateOfExpiry = dateOfExpiry;
            return this;
        }

        /**
         * Sets the person the document identifies.
         *
         * @param holder the holder
         * @return this builder
         */
        public Builder holder(Person holder) {
            this.holder = holder;
            return this;
        }

        /**
         * {@return the document}
         *
         * @throws IllegalArgumentException when a value is missing or inconsistent
         */
        public IdentityDocument build() {
            if (type == null) {
                throw new IllegalArgumentException("document type is missing");
            }
            return new IdentityDocument(type, documentNumber, personalNumber, type.country(), issuingAuthority,
                    dateOfIssue, dateOfExpiry, holder);
        }
    }
}
