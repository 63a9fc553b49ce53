package io.residentid.core.mrz;

import static io.residentid.core.mrz.IcaoSpecimens.PARSER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OcrRepairTest {

    private static final Mrz TD1 = PARSER.parse(IcaoSpecimens.TD1);
    private static final Mrz TD3 = PARSER.parse(IcaoSpecimens.TD3);

    @Test
    void lettersInDatesBecomeDigitsWhenTheCheckDigitsHold() {
        Mrz mrz = PARSER.parse(IcaoSpecimens.TD1.replace("7408122F1204159", "74O8122F12O4I59"));
        assertEquals(List.of(new MrzCorrection(2, 3, 'O', '0'), new MrzCorrection(2, 11, 'O', '0'),
                new MrzCorrection(2, 13, 'I', '1')), mrz.corrections());
        assertTrue(mrz.valid());
        assertEquals(TD1.lines(), mrz.lines());
        assertEquals(TD1.dateOfBirth(), mrz.dateOfBirth());
        assertTrue(mrz.hasFinding(MrzFindingCode.CORRECTED));
    }

    @Test
    void everyConfusionPairIsRepairedInANumericField() {
        // 1974-08-12 -> letters for 8 (B), 1 (I), 2 (Z); 2012-04-15 -> 5 (S); G for 6 in the composite.
        String damaged = IcaoSpecimens.TD1.replace("7408122F1204159UTO<<<<<<<<<<<6",
                "74OBIZ2F12O4IS9UTO<<<<<<<<<<<G");
        Mrz mrz = PARSER.parse(damaged);
        assertTrue(mrz.valid(), mrz.findings().toString());
        assertEquals(TD1.lines(), mrz.lines());
        assertEquals(8, mrz.corrections().size());
    }

    @Test
    void aLetterInACheckDigitPositionBecomesADigit() {
        Mrz mrz = PARSER.parse(IcaoSpecimens.TD3.replace("L898902C36UTO", "L898902C3GUTO"));
        assertEquals(List.of(new MrzCorrection(2, 10, 'G', '6')), mrz.corrections());
        assertTrue(mrz.valid());
    }

    @Test
    void aDigitReadForALetterInTheDocumentNumberIsRepairedWhenCheckAndCompositeAgree() {
        // A lone letter among digits (TD1 document number) and a lone digit before a letter (TD3 personal number).
        Mrz td1 = PARSER.parse(IcaoSpecimens.TD1.replace("D231458907", "D23I458907"));
        assertEquals(List.of(new MrzCorrection(1, 9, 'I', '1')), td1.corrections());
        assertTrue(td1.valid());
        Mrz td3 = PARSER.parse(IcaoSpecimens.TD3.replace("ZE184226B", "2E184226B"));
        assertEquals(List.of(new MrzCorrection(2, 29, '2', 'Z')), td3.corrections());
        assertTrue(td3.valid());
    }

    @Test
    void digitsInCountryCodesBecomeLettersWhenTheCodeIsKnown() {
        Mrz mrz = PARSER.parse(IcaoSpecimens.TD1.replace("F1204159UTO", "F1204159UT0"));
        assertEquals(List.of(new MrzCorrection(2, 18, '0', 'O')), mrz.corrections());
        assertEquals("UTO", mrz.nationality());
        Mrz code = PARSER.parse(IcaoSpecimens.TD1.replace("I<UTO", "1<UTO"));
        assertEquals(List.of(new MrzCorrection(1, 1, '1', 'I')), code.corrections());
    }

    @Test
    void namesAreNeverChanged() {
        Mrz mrz = PARSER.parse(IcaoSpecimens.TD1.replace("ERIKSSON", "ERIKSS0N"));
        assertTrue(mrz.corrections().isEmpty());
        assertEquals("ERIKSS0N", mrz.primaryIdentifier());
    }

    @Test
    void noRepairWhenTheCheckDigitsDoNotConfirmIt() {
        // O in the date, but the check digit is also wrong: nothing is repaired and the failure is reported.
        Mrz mrz = PARSER.parse(IcaoSpecimens.TD1.replace("7408122F", "74O8123F"));
        assertTrue(mrz.corrections().isEmpty());
        assertFalse(mrz.valid());
        assertFalse(mrz.checkDigits().dateOfBirth());
        assertEquals(null, mrz.dateOfBirth());
    }

    @Test
    void repairCanBeSwitchedOff() {
        MrzParser strict = MrzParser.builder().clock(IcaoSpecimens.CLOCK).ocrRepair(false).build();
        Mrz mrz = strict.parse(IcaoSpecimens.TD1.replace("7408122F", "74O8122F"));
        assertTrue(mrz.corrections().isEmpty());
        assertFalse(mrz.valid());
    }

    @Test
    void validInputIsNotTouched() {
        assertTrue(TD1.corrections().isEmpty());
        assertTrue(TD3.corrections().isEmpty());
        assertTrue(PARSER.parse(IcaoSpecimens.TD1_LONG_NUMBER).corrections().isEmpty());
    }

    @Test
    void longDocumentNumberContinuationIsRepaired() {
        Mrz mrz = PARSER.parse(IcaoSpecimens.TD1_LONG_NUMBER.replace("D23145890<7349", "D23I45890<7349"));
        assertEquals("D23145890734", mrz.documentNumber());
        assertEquals(List.of(new MrzCorrection(1, 9, 'I', '1')), mrz.corrections());
    }
}
