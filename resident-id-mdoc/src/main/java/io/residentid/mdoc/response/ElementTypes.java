package io.residentid.mdoc.response;

import io.residentid.core.report.Finding;
import io.residentid.mdoc.MdocCode;
import java.util.Map;
import java.util.Optional;

/** The value type each known element must have; a mismatch is a warning, since the digest still verified. */
final class ElementTypes {
    private static final Map<String, ElementValue.Kind> COMMON = Map.ofEntries(
            Map.entry(MdocDocTypes.FAMILY_NAME, ElementValue.Kind.TEXT),
            Map.entry(MdocDocTypes.GIVEN_NAME, ElementValue.Kind.TEXT),
            Map.entry(MdocDocTypes.BIRTH_DATE, ElementValue.Kind.FULL_DATE),
            Map.entry(MdocDocTypes.ISSUE_DATE, ElementValue.Kind.FULL_DATE),
            Map.entry(MdocDocTypes.EXPIRY_DATE, ElementValue.Kind.FULL_DATE),
            Map.entry(MdocDocTypes.ISSUING_COUNTRY, ElementValue.Kind.TEXT),
            Map.entry(MdocDocTypes.ISSUING_AUTHORITY, ElementValue.Kind.TEXT),
            Map.entry(MdocDocTypes.DOCUMENT_NUMBER, ElementValue.Kind.TEXT),
            Map.entry(MdocDocTypes.PORTRAIT, ElementValue.Kind.BYTES),
            Map.entry(MdocDocTypes.SEX, ElementValue.Kind.INTEGER),
            Map.entry(MdocDocTypes.NATIONALITY, ElementValue.Kind.TEXT),
            Map.entry(MdocDocTypes.DRIVING_PRIVILEGES, ElementValue.Kind.ARRAY),
            Map.entry(MdocDocTypes.FULL_NAME_AR, ElementValue.Kind.TEXT),
            Map.entry(MdocDocTypes.CIVIL_NUMBER, ElementValue.Kind.TEXT),
            Map.entry(MdocDocTypes.RESIDENCE_STATUS, ElementValue.Kind.TEXT),
            Map.entry(MdocDocTypes.SPONSOR_NAME, ElementValue.Kind.TEXT),
            Map.entry(MdocDocTypes.EMPLOYER_NAME, ElementValue.Kind.TEXT));

    private ElementTypes() {
    }

    static Optional<Finding> check(String namespace, String identifier, ElementValue value) {
        if (!namespace.equals(MdocDocTypes.MDL_NAMESPACE) && !namespace.equals(MdocDocTypes.RESIDENT_NAMESPACE)) {
            return Optional.empty();
        }
        ElementValue.Kind expected = COMMON.get(identifier);
        if (identifier.startsWith("age_over_")) {
            expected = ElementValue.Kind.BOOLEAN;
        }
        if (expected == null || value.kind() == expected) {
            return Optional.empty();
        }
        return Optional.of(MdocCode.ELEMENT_VALUE_UNEXPECTED.finding(namespace, identifier, expected.name()));
    }
}
