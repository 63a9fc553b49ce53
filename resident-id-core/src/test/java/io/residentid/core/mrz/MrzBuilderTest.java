package io.residentid.core.mrz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.model.DocumentType;
import io.residentid.core.model.IdentityDocument;
import io.residentid.core.model.Person;
import io.residentid.core.model.Sex;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MrzBuilderTest {

    /** The ICAO 9303 specimen holder Anna Maria Eriksson, document D23145890. */
    private static Mrz.Builder eriksson(MrzFormat format) {
        return Mrz.builder(format).clock(IcaoSpecimens.CLOCK)
                .issuingState("UTO").documentNumber("D23145890")
                .dateOfBirth(LocalDate.of(1974, 8, 12)).sex(Sex.FEMALE).dateOfExpiry(LocalDate.of(2012, 4, 15))
                .nationality("UTO").primaryIdentifier("Eriksson").secondaryIdentifier("Anna Maria");
    }

    private static Mrz.Builder erikssonTd1() {
        return eriksson(MrzFormat.TD1);
    }

    /** ICAO 9303-11 Appendix D.2's holder Peter John Stevenson, with a long document number. */
    private static Mrz.Builder stevensonLongNumber(MrzFormat format) {
        return Mrz.builder(format).clock(IcaoSpecimens.CLOCK)
                .issuingState("UTO").documentNumber("D23145890734")
                .dateOfBirth(LocalDate.of(1934, 7, 12)).sex(Sex.MALE).dateOfExpiry(LocalDate.of(1995, 7, 12))
                .nationality("UTO").primaryIdentifier("STEVENSON").secondaryIdentifier("PETER JOHN");
    }

    @Test
    void generatesTheIcaoTd1Specimen() {
        assertEquals(List.of(IcaoSpecimens.TD1.split("\n")), erikssonTd1().build().lines());
    }

    @Test
    void generatesTheIcaoTd3Specimen() {
        Mrz mrz = eriksson(MrzFormat.TD3).documentNumber("L898902C3").optionalData1("ZE184226B").build();
        assertEquals(List.of(IcaoSpecimens.TD3.split("\n")), mrz.lines());
    }

    @Test
    void generatesTheIcaoTd2Specimen() {
        Mrz mrz = eriksson(MrzFormat.TD2).build();
        assertEquals(List.of(IcaoSpecimens.TD2.split("\n")), mrz.lines());
    }

    @Test
    void generatesLongDocumentNumbersAsIcaoPart11AppendixD2() {
        assertEquals(List.of(IcaoSpecimens.TD1_LONG_NUMBER.split("\n")),
                stevensonLongNumber(MrzFormat.TD1).build().lines());
        assertEquals(List.of(IcaoSpecimens.TD2_LONG_NUMBER.split("\n")),
                stevensonLongNumber(MrzFormat.TD2).build().lines());
    }

    @Test
    void longNumberAndOptionalDataShareTheField() {
        Mrz mrz = erikssonTd1().documentNumber("AB1234567890").optionalData1("XY12").build();
        assertEquals("AB1234567890", mrz.documentNumber());
        assertEquals("XY12", mrz.optionalData1());
        assertTrue(mrz.valid());
    }

    @Test
    void truncatesLongNamesKeepingThePrimaryIdentifierAndEndingWithALetter() {
        Mrz mrz = erikssonTd1().primaryIdentifier("NILAVADHANANANDA")
                .secondaryIdentifier("CHAYAPA DEJTHAMRONG KRASUANG").build();
        String nameLine = mrz.lines().get(2);
        assertEquals(30, nameLine.length());
        assertTrue(nameLine.startsWith("NILAVADHANANANDA<<CHAYAPA<"), nameLine);
        assertTrue(Character.isLetter(nameLine.charAt(29)), nameLine);
        // A cut that would fall on a filler: the component before it gives up a letter.
        Mrz cut = erikssonTd1().primaryIdentifier("ABCDEFGHIJKLMNOPQRSTUVWXYZAB").secondaryIdentifier("C D").build();
        assertEquals("ABCDEFGHIJKLMNOPQRSTUVWXYZA<<C", cut.lines().get(2));
        assertTrue(Character.isLetter(cut.lines().get(2).charAt(29)));
    }

    @Test
    void generatesFromAnIdentityDocument() {
        Person holder = Person.builder().primaryIdentifier("KUMAR").secondaryIdentifier("RAJESH").sex(Sex.MALE)
                .nationality("IND").dateOfBirth(LocalDate.of(1985, 3, 14)).build();
        IdentityDocument card = IdentityDocument.builder().type(DocumentType.OMAN_RESIDENT_CARD)
                .documentNumber("123456789").personalNumber("98765432").dateOfExpiry(LocalDate.of(2027, 6, 30))
                .holder(holder).build();
        Mrz mrz = Mrz.builder(MrzFormat.TD1, card).clock(IcaoSpecimens.CLOCK).build();
        assertEquals("I<OMN1234567897", mrz.lines().get(0).substring(0, 15));
        assertEquals("98765432", mrz.optionalData1());
        assertEquals("KUMAR<<RAJESH", mrz.lines().get(2).replaceAll("<+$", ""));
        assertEquals("8503149M2706306IND", mrz.lines().get(1).substring(0, 18));
        assertTrue(mrz.valid(), mrz.findings().toString());
        assertEquals(mrz, IcaoSpecimens.PARSER.parse(mrz.text()));
    }

    @Test
    void transliteratesDiacriticsAndPunctuation() {
        Mrz mrz = erikssonTd1().primaryIdentifier("Müller-Lüd").secondaryIdentifier("José O'Neil").build();
        assertEquals("MULLER LUD", mrz.primaryIdentifier());
        assertEquals("JOSE ONEIL", mrz.secondaryIdentifier());
    }

    @Test
    void rejectsValuesThatCannotBeWritten() {
        assertThrows(IllegalArgumentException.class, () -> erikssonTd1().primaryIdentifier("كومار").build());
        assertThrows(IllegalArgumentException.class, () -> erikssonTd1().primaryIdentifier(null).build());
        assertThrows(IllegalArgumentException.class, () -> erikssonTd1().documentNumber("A-1").build());
        assertThrows(IllegalArgumentException.class, () -> erikssonTd1().documentNumber("A".repeat(23)).build());
        assertThrows(IllegalArgumentException.class,
                () -> erikssonTd1().documentNumber("A".repeat(13)).optionalData1("1234567890").build());
        assertThrows(IllegalArgumentException.class, () -> erikssonTd1().dateOfBirth(null).build());
        assertThrows(IllegalArgumentException.class, () -> erikssonTd1().nationality("12").build());
        assertThrows(IllegalArgumentException.class, () -> erikssonTd1().optionalData2("A".repeat(12)).build());
        assertThrows(IllegalArgumentException.class, () -> Mrz.builder(MrzFormat.TD3).clock(IcaoSpecimens.CLOCK)
                .issuingState("UTO").documentNumber("L898902C3X").dateOfBirth(LocalDate.of(1974, 8, 12))
                .dateOfExpiry(LocalDate.of(2030, 1, 1)).nationality("UTO").primaryIdentifier("X").build());
    }
}
