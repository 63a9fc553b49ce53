package io.residentid.core.mrz;

import static io.residentid.core.mrz.IcaoSpecimens.PARSER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.model.Sex;
import io.residentid.core.report.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MrzParserSpecimenTest {

    private static List<String> codes(Mrz mrz) {
        return mrz.findings().stream().map(Finding::code).collect(Collectors.toList());
    }

    @Test
    void readsTheIcaoTd1IdentityCard() {
        Mrz mrz = PARSER.parse(IcaoSpecimens.TD1);
        assertEquals(MrzFormat.TD1, mrz.format());
        assertEquals("I", mrz.documentCode());
        assertEquals("UTO", mrz.issuingState());
        assertEquals("D23145890", mrz.documentNumber());
        assertEquals("", mrz.optionalData1());
        assertEquals(LocalDate.of(1974, 8, 12), mrz.dateOfBirth());
        assertEquals(Sex.FEMALE, mrz.sex());
        assertEquals(LocalDate.of(2012, 4, 15), mrz.dateOfExpiry());
        assertEquals("UTO", mrz.nationality());
        assertEquals("", mrz.optionalData2());
        assertEquals("ERIKSSON", mrz.primaryIdentifier());
        assertEquals("ANNA MARIA", mrz.secondaryIdentifier());
        assertEquals(new MrzCheckDigits(true, true, true, null, true), mrz.checkDigits());
        assertTrue(mrz.valid());
        assertTrue(mrz.corrections().isEmpty());
        // The specimen expired in 2012: a warning, not an error; UTO is ICAO's specimen state, not unknown.
        assertEquals(List.of("DOCUMENT_EXPIRED"), codes(mrz));
    }

    @Test
    void readsTheIcaoTd3Passport() {
        Mrz mrz = PARSER.parse(IcaoSpecimens.TD3);
        assertEquals(MrzFormat.TD3, mrz.format());
        assertEquals("P", mrz.documentCode());
        assertEquals("L898902C3", mrz.documentNumber());
        assertEquals("ZE184226B", mrz.optionalData1());
        assertNull(mrz.optionalData2());
        assertEquals(LocalDate.of(1974, 8, 12), mrz.dateOfBirth());
        assertEquals(LocalDate.of(2012, 4, 15), mrz.dateOfExpiry());
        assertEquals("ERIKSSON", mrz.primaryIdentifier());
        assertEquals("ANNA MARIA", mrz.secondaryIdentifier());
        assertEquals(new MrzCheckDigits(true, true, true, true, true), mrz.checkDigits());
        assertTrue(mrz.valid());
    }

    @Test
    void readsTheIcaoTd2Card() {
        Mrz mrz = PARSER.parse(IcaoSpecimens.TD2);
        assertEquals(MrzFormat.TD2, mrz.format());
        assertEquals("D23145890", mrz.documentNumber());
        assertEquals("", mrz.optionalData1());
        assertEquals("ERIKSSON", mrz.primaryIdentifier());
        assertEquals("ANNA MARIA", mrz.secondaryIdentifier());
        assertTrue(mrz.checkDigits().allValid());
        assertTrue(mrz.valid());
    }

    @Test
    void readsATd1LongDocumentNumberContinuedInOptionalData() {
        Mrz mrz = PARSER.parse(IcaoSpecimens.TD1_LONG_NUMBER);
        assertEquals("D23145890734", mrz.documentNumber());
        assertEquals("", mrz.optionalData1());
        assertEquals(LocalDate.of(1934, 7, 12), mrz.dateOfBirth());
        assertEquals(LocalDate.of(1995, 7, 12), mrz.dateOfExpiry());
        assertEquals(Sex.MALE, mrz.sex());
        assertEquals("STEVENSON", mrz.primaryIdentifier());
        assertEquals("PETER JOHN", mrz.secondaryIdentifier());
        assertTrue(mrz.checkDigits().allValid());
        // ICAO 9303-11 Appendix D.2 "MRZ information" for the access key.
        assertEquals("D23145890734934071279507122", mrz.accessKeyInformation());
    }

    @Test
    void readsATd2LongDocumentNumber() {
        Mrz mrz = PARSER.parse(IcaoSpecimens.TD2_LONG_NUMBER);
        assertEquals("D23145890734", mrz.documentNumber());
        assertTrue(mrz.checkDigits().allValid(), mrz.checkDigits().toString());
    }

    @Test
    void accessKeyInformationOfTheTd3Specimen() {
        assertEquals("L898902C3674081221204159", PARSER.parse(IcaoSpecimens.TD3).accessKeyInformation());
    }

    @Test
    void aWrongCheckDigitIsAResultNotAnException() {
        Mrz mrz = PARSER.parse(IcaoSpecimens.TD1.replace("7408122F", "7408123F"));
        assertFalse(mrz.valid());
        assertFalse(mrz.checkDigits().dateOfBirth());
        assertFalse(mrz.checkDigits().composite());
        assertTrue(mrz.checkDigits().documentNumber());
        assertTrue(mrz.hasFinding(MrzFindingCode.CHECK_DIGIT_DATE_OF_BIRTH));
        assertTrue(mrz.hasFinding(MrzFindingCode.CHECK_DIGIT_COMPOSITE));
    }

    @Test
    void anImpossibleDateIsReported() {
        // 31 February, with check digits recomputed so only the date itself is wrong.
        String line2 = "740231" + MrzCheckDigit.compute("740231") + "F1204159UTO<<<<<<<<<<<";
        String text = "I<UTOD231458907<<<<<<<<<<<<<<<\n" + line2 + "X\nERIKSSON<<ANNA<MARIA<<<<<<<<<<";
        char composite = MrzCheckDigit.compute("D231458907<<<<<<<<<<<<<<<" + line2.substring(0, 7)
                + line2.substring(8, 15) + line2.substring(18, 29));
        Mrz mrz = PARSER.parse(text.replace('X', composite));
        assertNull(mrz.dateOfBirth());
        assertTrue(mrz.checkDigits().allValid());
        assertTrue(mrz.hasFinding(MrzFindingCode.INVALID_DATE));
        assertFalse(mrz.valid());
    }

    @Test
    void unknownNationalityIsAWarning() {
        Mrz mrz = PARSER.parse(IcaoSpecimens.TD1.replace("F1204159UTO", "F1204159QQQ"));
        assertTrue(mrz.hasFinding(MrzFindingCode.UNKNOWN_NATIONALITY));
        assertTrue(mrz.valid());
    }

    @Test
    void findingsHaveEnglishAndArabicMessages() {
        Mrz mrz = PARSER.parse(IcaoSpecimens.TD1.replace("7408122F", "7408123F"));
        for (Finding f : mrz.findings()) {
            assertFalse(f.message(java.util.Locale.ENGLISH).startsWith(f.code()), f.code());
            String arabic = f.message(new java.util.Locale("ar"));
            assertTrue(arabic.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF), arabic);
        }
    }

    @Test
    void everyCodeAndParseReasonHasAnEnglishAndAnArabicMessage() {
        for (String lang : new String[] {"", "ar"}) {
            java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("io.residentid.core.mrz.messages",
                    new java.util.Locale(lang), java.util.ResourceBundle.Control.getNoFallbackControl(
                            java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
            for (MrzFindingCode code : MrzFindingCode.values()) {
                assertTrue(bundle.containsKey(code.name()), lang + " " + code);
            }
            for (MrzParseException.Reason reason : MrzParseException.Reason.values()) {
                assertTrue(bundle.containsKey("parse." + reason.name()), lang + " " + reason);
            }
        }
        Mrz badDate = PARSER.parse(IcaoSpecimens.TD1.replace("F1204159", "F1299999"));
        Finding invalid = badDate.findings().stream().filter(f -> f.code().equals("INVALID_DATE")).findFirst()
                .orElseThrow();
        assertEquals("The date of expiry is not a valid date (YYMMDD).", invalid.message());
    }

    @Test
    void toStringMasksPersonalData() {
        Mrz mrz = PARSER.parse(IcaoSpecimens.TD3);
        String s = mrz.toString();
        assertFalse(s.contains("ERIKSSON"), s);
        assertFalse(s.contains("L898902C3"), s);
        assertFalse(s.contains("1974"), s);
        assertFalse(s.contains("740812"), s);
        assertFalse(s.contains("ANNA"), s);
        assertTrue(s.contains("TD3"), s);
    }
}
