package io.residentid.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.residentid.core.json.ResidentIdJson;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ModelTest {

    static Person samplePerson() {
        return Person.builder()
                .primaryIdentifier("Kumar")
                .secondaryIdentifier("Rajesh")
                .arabicName("راجيش كومار")
                .sex(Sex.MALE)
                .nationality("IND")
                .dateOfBirth(LocalDate.of(1985, 3, 14))
                .address(Address.of("Way 1234, Al Khuwair", "Muscat"))
                .occupation("Accountant")
                .employer("Muscat Trading LLC")
                .dependant(new Dependant("PRIYA KUMAR", Dependant.Relationship.SPOUSE, LocalDate.of(1988, 1, 2), null))
                .build();
    }

    static IdentityDocument sampleDocument() {
        return IdentityDocument.builder()
                .type(DocumentType.OMAN_RESIDENT_CARD)
                .documentNumber("123456789")
                .personalNumber("98765432")
                .issuingAuthority("Royal Oman Police")
                .dateOfIssue(LocalDate.of(2024, 6, 30))
                .dateOfExpiry(LocalDate.of(2027, 6, 30))
                .holder(samplePerson())
                .build();
    }

    @Test
    void countriesCarryIsoCodesCurrenciesAndCalendars() {
        assertEquals(IssuingCountry.OMAN, IssuingCountry.of("omn"));
        assertEquals(IssuingCountry.SAUDI_ARABIA, IssuingCountry.of("682"));
        assertEquals(IssuingCountry.BAHRAIN, IssuingCountry.of("048"));
        assertEquals(3, IssuingCountry.KUWAIT.currencyMinorUnits());
        assertEquals(2, IssuingCountry.UNITED_ARAB_EMIRATES.currencyMinorUnits());
        assertEquals(CalendarSystem.HIJRI_UMM_AL_QURA, IssuingCountry.SAUDI_ARABIA.calendar());
        assertEquals("Qatar", IssuingCountry.QATAR.displayName(Locale.ENGLISH));
        assertTrue(IssuingCountry.fromCode("US").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> IssuingCountry.of(null));
        for (IssuingCountry c : IssuingCountry.values()) {
            assertEquals(c, DocumentType.residentDocumentOf(c).country());
            assertTrue(Nationality.isKnown(c.alpha3()));
        }
    }

    @Test
    void nationalitiesAcceptIcaoSpecialCodesAndMrzFillers() {
        assertEquals("D", Nationality.of("D<<").code());
        assertEquals("D<<", Nationality.of("D").mrzCode());
        assertTrue(Nationality.of("XXA").isIcaoSpecial());
        assertTrue(Nationality.of("gbo").isIcaoSpecial());
        assertFalse(Nationality.of("IND").isIcaoSpecial());
        assertThrows(IllegalArgumentException.class, () -> Nationality.of("ZZZ"));
        assertThrows(IllegalArgumentException.class, () -> Nationality.of(null));
    }

    @Test
    void toStringNeverShowsPersonalData() {
        String text = sampleDocument().toString();
        for (String secret : List.of("123456789", "98765432", "KUMAR", "RAJESH", "1985", "راجيش", "Khuwair")) {
            assertFalse(text.contains(secret), () -> "leaks " + secret + ": " + text);
        }
        assertTrue(text.contains("1******89"), text);
    }

    @Test
    void documentsAreValidatedAtConstruction() {
        IdentityDocument.Builder b = sampleDocument().toBuilder();
        assertThrows(IllegalArgumentException.class, () -> b.documentNumber("12 34").build());
        assertThrows(IllegalArgumentException.class, () -> b.documentNumber("").build());
        assertThrows(IllegalArgumentException.class, () -> b.documentNumber("1".repeat(33)).build());
        assertThrows(IllegalArgumentException.class,
                () -> sampleDocument().toBuilder().dateOfExpiry(LocalDate.of(2020, 1, 1)).build());
        assertThrows(IllegalArgumentException.class, () -> sampleDocument().toBuilder().holder(null).build());
        assertThrows(IllegalArgumentException.class, () -> sampleDocument().toBuilder().type(null).build());
        assertThrows(IllegalArgumentException.class, () -> new IdentityDocument(DocumentType.QATAR_ID, "1", null,
                IssuingCountry.OMAN, null, null, null, samplePerson()));
        assertThrows(IllegalArgumentException.class, () -> samplePerson().toBuilder().primaryIdentifier(null).build());
        assertThrows(IllegalArgumentException.class,
                () -> samplePerson().toBuilder().employer("bad\u0000name").build());
    }

    @Test
    void documentKnowsWhenItExpires() {
        IdentityDocument doc = sampleDocument();
        assertFalse(doc.isExpiredOn(LocalDate.of(2027, 6, 30)));
        assertTrue(doc.isExpiredOn(LocalDate.of(2027, 7, 1)));
        assertEquals(40, doc.holder().ageOn(LocalDate.of(2025, 3, 14)));
        assertEquals("RAJESH KUMAR", doc.holder().latinName());
    }

    @Test
    void jsonRoundTripUsesIsoDatesAndCamelCase() throws Exception {
        ObjectMapper mapper = ResidentIdJson.mapper();
        String json = mapper.writeValueAsString(sampleDocument());
        assertTrue(json.contains("\"dateOfExpiry\":\"2027-06-30\""), json);
        assertTrue(json.contains("\"nationality\":\"IND\""), json);
        assertTrue(json.contains("\"issuingCountry\":\"OM\""), json);
        assertEquals(sampleDocument(), mapper.readValue(json, IdentityDocument.class));
    }

    @Test
    void jsonWithInvalidValuesIsRejected() {
        ObjectMapper mapper = ResidentIdJson.mapper();
        String json = "{\"type\":\"QATAR_ID\",\"documentNumber\":\"1\",\"issuingCountry\":\"OMAN\","
                + "\"holder\":{\"primaryIdentifier\":\"X\",\"nationality\":\"IND\"}}";
        assertThrows(com.fasterxml.jackson.databind.JsonMappingException.class,
                () -> mapper.readValue(json, IdentityDocument.class));
    }
}
