package io.residentid.mdoc.response;

import io.residentid.core.model.DocumentType;
import io.residentid.core.model.IdentityDocument;
import io.residentid.core.model.IssuingCountry;
import io.residentid.core.model.Nationality;
import io.residentid.core.model.Person;
import io.residentid.core.model.Sex;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps verified elements onto the SDK model. The resident doctype maps fully. The mDL maps when its issuing
 * country is a GCC state (the model's {@link IssuingCountry} lists only those), onto that state's resident document
 * type, since the model has no driving-licence type: the holder, names, birth date and document number are what an
 * integrator uses. Anything that does not fit the model (a number with other characters, an unknown nationality)
 * gives no mapping rather than a wrong one.
 */
public final class MdocIdentity {

    private MdocIdentity() {
    }

    /**
     * {@return the document, or empty when the doctype is not mapped or a required element is missing}
     *
     * @param report the report
     */
    public static Optional<IdentityDocument> toIdentityDocument(DocumentReport report) {
        String namespace;
        if (report.docType().equals(MdocDocTypes.RESIDENT)) {
            namespace = MdocDocTypes.RESIDENT_NAMESPACE;
        } else if (report.docType().equals(MdocDocTypes.MDL)) {
            namespace = MdocDocTypes.MDL_NAMESPACE;
        } else {
            return Optional.empty();
        }
        Map<String, ElementValue> e = report.elements().getOrDefault(namespace, Map.of());
        try {
            Optional<IssuingCountry> country = text(e, MdocDocTypes.ISSUING_COUNTRY).flatMap(IssuingCountry::fromCode);
            Optional<String> number = text(e, MdocDocTypes.DOCUMENT_NUMBER);
            Optional<String> family = text(e, MdocDocTypes.FAMILY_NAME);
            if (country.isEmpty() || number.isEmpty() || family.isEmpty()) {
                return Optional.empty();
            }
            Optional<String> nationality = text(e, MdocDocTypes.NATIONALITY);
            Person.Builder person = Person.builder()
                    .primaryIdentifier(family.get().toUpperCase(Locale.ROOT))
                    .secondaryIdentifier(text(e, MdocDocTypes.GIVEN_NAME).map(s -> s.toUpperCase(Locale.ROOT))
                            .orElse(""))
                    .arabicName(text(e, MdocDocTypes.FULL_NAME_AR).orElse(null))
                    .sex(sex(e))
                    .nationality(nationality.filter(Nationality::isKnown).map(Nationality::of)
                            .orElse(Nationality.of(country.get().alpha3())))
                    .dateOfBirth(date(e, MdocDocTypes.BIRTH_DATE).orElse(null))
                    .employer(text(e, MdocDocTypes.EMPLOYER_NAME).or(() -> text(e, MdocDocTypes.SPONSOR_NAME))
                            .orElse(null));
            return Optional.of(IdentityDocument.builder()
                    .type(DocumentType.residentDocumentOf(country.get()))
                    .documentNumber(number.get().toUpperCase(Locale.ROOT))
                    .personalNumber(text(e, MdocDocTypes.CIVIL_NUMBER).orElse(null))
                    .issuingAuthority(text(e, MdocDocTypes.ISSUING_AUTHORITY).orElse(null))
                    .dateOfIssue(date(e, MdocDocTypes.ISSUE_DATE).orElse(null))
                    .dateOfExpiry(date(e, MdocDocTypes.EXPIRY_DATE).orElse(null))
                    .holder(person.build())
                    .build());
        } catch (IllegalArgumentException | IllegalStateException ex) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(Map<String, ElementValue> e, String id) {
        return Optional.ofNullable(e.get(id)).flatMap(ElementValue::text);
    }

    private static Optional<LocalDate> date(Map<String, ElementValue> e, String id) {
        return Optional.ofNullable(e.get(id)).flatMap(ElementValue::date);
    }

    private static Sex sex(Map<String, ElementValue> e) {
        long code = Optional.ofNullable(e.get(MdocDocTypes.SEX)).flatMap(ElementValue::integer).orElse(0L);
        return code == 1 ? Sex.MALE : code == 2 ? Sex.FEMALE : Sex.UNSPECIFIED;
    }
}
