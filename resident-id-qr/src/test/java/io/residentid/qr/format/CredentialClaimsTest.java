package io.residentid.qr.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.model.Address;
import io.residentid.core.model.IdentityDocument;
import io.residentid.core.model.Person;
import io.residentid.qr.issue.CredentialIssuer;
import io.residentid.qr.testing.Fixtures;
import io.residentid.qr.verify.CredentialVerifier;
import io.residentid.qr.verify.VerificationReport;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The claims hold the SDK's model (IdentityDocument + Person); the codec maps it to the unchanged wire format. */
class CredentialClaimsTest {

    private static final CredentialIssuer ISSUER = CredentialIssuer.builder(Fixtures.ES256_KEY, Fixtures.ISS).build();

    @Test
    void verifiedDocumentEqualsTheIssuedDocument() {
        IdentityDocument issued = Fixtures.referenceDocument();
        VerificationReport report = CredentialVerifier.builder(Fixtures.trustList()).build()
                .verify(Fixtures.reference().qrText(), Fixtures.AT);
        assertTrue(report.valid(), report.toString());
        assertEquals(issued, report.document().orElseThrow());
        assertEquals("كومار", report.claims().orElseThrow().arabicSurname());
        assertEquals("راجيش", report.claims().orElseThrow().arabicGivenNames());
    }

    @Test
    void wireFormatIsUnchanged() {
        String json = new String(ClaimsCodec.encode(Fixtures.referenceClaims()), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(json.contains("\"rid\":{\"v\":1,\"c\":\"OM\",\"t\":\"RC\",\"d\":\"123456789\",\"p\":\"98765432\","
                + "\"n\":\"KUMAR/RAJESH\",\"a\":\"كومار/راجيش\",\"na\":\"IND\",\"b\":5551,\"s\":\"M\",\"x\":20999,"
                + "\"e\":\"Muscat Trading LLC\",\"o\":\"Accountant\"}"), json);
    }

    @Test
    void multiWordArabicSurnameSurvivesTheRoundTrip() throws CredentialFormatException {
        Person h = Fixtures.referenceHolder();
        Person holder = new Person(h.primaryIdentifier(), h.secondaryIdentifier(), "راجيش آل سعيد", h.sex(),
                h.nationality(), h.dateOfBirth(), null, null, null, List.of());
        CredentialClaims claims = new CredentialClaims(Fixtures.ISS, Fixtures.NBF, Fixtures.NBF, Fixtures.EXP,
                Fixtures.referenceDocument().toBuilder().holder(holder).build(), "آل سعيد", null);
        CredentialClaims read = ClaimsCodec.decode(ClaimsCodec.encode(claims));
        assertEquals(claims, read);
        assertEquals("راجيش", read.arabicGivenNames());
        assertEquals("راجيش آل سعيد", read.holder().arabicName());
    }

    @Test
    void arabicSurnameDefaultsToTheLastWordAndMustEndTheName() {
        CredentialClaims claims = Fixtures.referenceClaims();
        assertEquals("كومار", claims.arabicSurname());
        assertThrows(IllegalArgumentException.class, () -> new CredentialClaims(Fixtures.ISS, Fixtures.NBF,
                Fixtures.NBF, Fixtures.EXP, Fixtures.referenceDocument(), "راجيش", null));
        assertThrows(IllegalArgumentException.class, () -> new CredentialClaims(Fixtures.ISS, Fixtures.NBF,
                Fixtures.NBF, Fixtures.EXP, Fixtures.referenceDocument(), "مار", null));
    }

    @Test
    void issuerRefusesWhatTheFormatCannotCarry() {
        List<UnaryOperator<IdentityDocument>> changes = List.of(
                d -> d.toBuilder().issuingAuthority("Royal Oman Police").build(),
                d -> d.toBuilder().dateOfIssue(LocalDate.of(2024, 1, 1)).build(),
                d -> d.toBuilder().personalNumber(null).build(),
                d -> d.toBuilder().dateOfExpiry(null).build(),
                d -> d.toBuilder().holder(d.holder().toBuilder().arabicName(null).build()).build(),
                d -> d.toBuilder().holder(d.holder().toBuilder().dateOfBirth(null).build()).build(),
                d -> d.toBuilder().holder(d.holder().toBuilder()
                        .address(new Address(List.of("Way 1"), "Muscat", null)).build()).build());
        for (UnaryOperator<IdentityDocument> change : changes) {
            IdentityDocument changed = change.apply(Fixtures.referenceDocument());
            assertThrows(IllegalArgumentException.class, () -> ISSUER.issue(changed, Duration.ofDays(30), null),
                    changed.toString());
        }
    }

    @Test
    void toStringMasksPersonalData() {
        String s = Fixtures.referenceClaims().toString();
        for (String secret : List.of("KUMAR", "RAJESH", "كومار", "راجيش", "123456789", "98765432", "1985")) {
            assertFalse(s.contains(secret), secret + " in " + s);
        }
    }
}
