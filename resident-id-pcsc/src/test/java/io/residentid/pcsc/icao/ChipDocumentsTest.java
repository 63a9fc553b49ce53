package io.residentid.pcsc.icao;

import io.residentid.core.model.Bytes;
import io.residentid.core.model.DocumentType;
import io.residentid.core.model.IdentityDocument;
import io.residentid.core.model.Sex;
import io.residentid.core.mrz.Mrz;
import io.residentid.core.mrz.MrzFormat;
import io.residentid.pcsc.pkiapplet.PkiAppletProfile;
import io.residentid.pcsc.transport.ReaderInfo;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** MRZ + DG11 + DG12 to the core model, and the byte values of the public records. */
class ChipDocumentsTest {

    private static Dg1 dg1(String issuingState, String nationality) {
        Mrz mrz = Mrz.builder(MrzFormat.TD1).documentCode("ID").issuingState(issuingState).documentNumber("RC1234567")
                .dateOfBirth(LocalDate.of(1988, 4, 12)).sex(Sex.FEMALE).dateOfExpiry(LocalDate.of(2031, 4, 30))
                .nationality(nationality).primaryIdentifier("AL HASHMI").secondaryIdentifier("MAHA").build();
        return Dg1.parse(Dg1.encode(String.join("", mrz.lines())));
    }

    private static Dg11 dg11(String fullName, String personalNumber, String birth, List<String> address) {
        return new Dg11(fullName, List.of(), personalNumber, birth, null, address, null, null, null, null, null, null);
    }

    @Test
    void mrzAloneIsACompleteDocument() {
        IdentityDocument d = ChipDocuments.toIdentityDocument(Optional.of(dg1("QAT", "PHL")), Optional.empty(),
                Optional.empty()).orElseThrow();
        assertEquals(DocumentType.QATAR_ID, d.type());
        assertEquals("AL HASHMI", d.holder().primaryIdentifier());
        assertEquals(Sex.FEMALE, d.holder().sex());
        assertNull(d.personalNumber());
        assertNull(d.issuingAuthority());
    }

    @Test
    void latinFullNameInDg11ReplacesTheTruncatedMrzNames() {
        IdentityDocument d = ChipDocuments.toIdentityDocument(Optional.of(dg1("OMN", "IND")),
                Optional.of(dg11("AL HASHMI BIN SAID<<MAHA FATIMA", "1234", "19880412", List.of())), Optional.empty())
                .orElseThrow();
        assertEquals("AL HASHMI BIN SAID", d.holder().primaryIdentifier());
        assertEquals("MAHA FATIMA", d.holder().secondaryIdentifier());
        assertEquals("1234", d.personalNumber());
    }

    @Test
    void saudiCitizenIsANationalIdAndAResidentAnIqama() {
        assertEquals(DocumentType.SAUDI_NATIONAL_ID, ChipDocuments.toIdentityDocument(Optional.of(dg1("SAU", "SAU")),
                Optional.empty(), Optional.empty()).orElseThrow().type());
        assertEquals(DocumentType.SAUDI_IQAMA, ChipDocuments.toIdentityDocument(Optional.of(dg1("SAU", "EGY")),
                Optional.empty(), Optional.empty()).orElseThrow().type());
    }

    @Test
    void noDocumentWithoutDg1OrForANonGccState() {
        assertTrue(ChipDocuments.toIdentityDocument(Optional.empty(), Optional.empty(), Optional.empty()).isEmpty());
        assertTrue(ChipDocuments.toIdentityDocument(Optional.of(dg1("GBR", "GBR")), Optional.empty(),
                Optional.empty()).isEmpty());
    }

    @Test
    void hostileDg11AndDg12ValuesAreLeftOutNotFatal() {
        String huge = "X".repeat(5000);
        Dg11 bad = new Dg11(huge + "<<" + huge, List.of(), huge, "19881399", null,
                java.util.Collections.nCopies(40, "LINE"), null, huge, null, null, null, null);
        Dg12 badDates = new Dg12(huge, "2099XX01", null, null, null, null);
        IdentityDocument d = ChipDocuments.toIdentityDocument(Optional.of(dg1("BHR", "IND")), Optional.of(bad),
                Optional.of(badDates)).orElseThrow();
        assertEquals("AL HASHMI", d.holder().primaryIdentifier());
        assertEquals(LocalDate.of(1988, 4, 12), d.holder().dateOfBirth());
        assertNull(d.personalNumber());
        assertNull(d.holder().address());
        assertNull(d.issuingAuthority());
        assertNull(d.dateOfIssue());
    }

    @Test
    void dateOfIssueAfterExpiryIsLeftOut() {
        Dg12 late = new Dg12("ROP", "20400101", null, null, null, null);
        IdentityDocument d = ChipDocuments.toIdentityDocument(Optional.of(dg1("OMN", "IND")), Optional.empty(),
                Optional.of(late)).orElseThrow();
        assertNull(d.dateOfIssue());
        assertEquals("ROP", d.issuingAuthority());
    }

    @Test
    void recordsHoldBytesEqualByContentWithoutLeaks() {
        byte[] raw = {1, 2, 3};
        ChipAuthenticationPublicKey a = new ChipAuthenticationPublicKey("0.4.0.127.0.7.2.2.1.2", Bytes.of(raw),
                OptionalInt.empty());
        raw[0] = 9;
        assertEquals(new ChipAuthenticationPublicKey("0.4.0.127.0.7.2.2.1.2", Bytes.of(new byte[] {1, 2, 3}),
                OptionalInt.empty()), a);
        assertEquals(PkiAppletProfile.resident(), PkiAppletProfile.resident());
        assertEquals("F05245534944504B49", PkiAppletProfile.resident().aid().toHex());
        assertThrows(IllegalArgumentException.class, () -> new PkiAppletProfile(Bytes.of(new byte[] {1}),
                PkiAppletProfile.RESIDENT_PIN, 1, 2));
        assertEquals(new ReaderInfo("r", true, Optional.of(Bytes.fromHex("3B00"))),
                new ReaderInfo("r", true, Optional.of(Bytes.fromHex("3b00"))));
        Dg13 dg13 = new Dg13(Bytes.of(new byte[] {5, 6}), List.of(new Dg13.Element("5F50", Bytes.of(new byte[] {7}))));
        assertEquals(new Dg13(Bytes.of(new byte[] {5, 6}), List.of(new Dg13.Element("5F50",
                Bytes.of(new byte[] {7})))), dg13);
        assertTrue(dg13.content().isPersonal(), "DG13 is personal");
        assertFalse(dg13.elements().get(0).toString().contains("07"));
        assertNotEquals(new Dg13(Bytes.of(new byte[] {5}), List.of()), dg13);
    }
}
