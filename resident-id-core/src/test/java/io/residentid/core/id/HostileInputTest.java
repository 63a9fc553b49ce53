package io.residentid.core.id;

import static io.residentid.core.id.IdTestSupport.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.model.IssuingCountry;
import java.nio.CharBuffer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Input a validator must survive with findings, never an exception. */
class HostileInputTest {

    private static final IssuingCountry SA = IssuingCountry.SAUDI_ARABIA;

    @ParameterizedTest
    @EnumSource(IssuingCountry.class)
    void nullAndEmptyInputAreEmpty(IssuingCountry country) {
        IdValidationResult none = validate(country, null);
        assertEquals(List.of("EMPTY"), none.findingCodes());
        assertNull(none.input());
        assertEquals(List.of("EMPTY"), validate(country, "").findingCodes());
        assertEquals(List.of("EMPTY"), validate(country, " - - ").findingCodes());
    }

    @Test
    void hugeInputIsRejectedWithoutBeingExamined() {
        String huge = "1".repeat(10_000_000);
        IdValidationResult r = validate(SA, huge);
        assertEquals(List.of("TOO_LONG"), r.findingCodes());
        assertEquals(List.of("64"), r.findings().get(0).arguments());
        assertEquals(Optional.empty(), r.normalized());
        assertEquals("<10000000 characters>", r.maskedInput());
        assertTrue(r.toString().length() < 200, "toString stays short");
    }

    @Test
    void hugeCharSequenceIsCutInTheResult() {
        CharBuffer huge = CharBuffer.wrap(new char[1_000_000]);
        IdValidationResult r = IdNumberValidator.forCountry(SA).validate(huge);
        assertEquals(List.of("TOO_LONG"), r.findingCodes());
        assertEquals(IdNumberValidator.MAX_INPUT_LENGTH, r.input().length());
    }

    @Test
    void inputAtTheCapIsExamined() {
        String atCap = "2000000006" + " ".repeat(54);
        assertTrue(validate(SA, atCap).isValid());
        assertEquals(List.of("TOO_LONG"), validate(SA, atCap + " ").findingCodes());
    }

    @Test
    void nullBytesAndControlCharactersAreReportedByPosition() {
        IdValidationResult r = validate(SA, "20000\u000000006");
        assertEquals(List.of("CONTROL_CHARACTER"), r.findingCodes());
        assertEquals(List.of("6"), r.findings().get(0).arguments());
        assertEquals(List.of("CONTROL_CHARACTER"), validate(SA, "2000000006\n").findingCodes());
        assertEquals(List.of("CONTROL_CHARACTER"), validate(SA, "2000000006\u0085").findingCodes());
    }

    @Test
    void everyKindOfBadCharacterIsReportedOnce() {
        IdValidationResult r = validate(SA, "x\u0000é2y\u0000");
        assertEquals(List.of("CONTROL_CHARACTER", "NON_ASCII", "NON_DIGIT"), r.findingCodes());
        assertFalse(r.isValid());
        assertEquals(Optional.empty(), r.normalized());
    }

    @Test
    void nonAsciiLookAlikesAreNotDigits() {
        // Fullwidth digits and superscripts are not accepted as digits; Arabic-Indic digits are.
        assertEquals(List.of("NON_ASCII"), validate(SA, "２000000006").findingCodes());
        assertEquals(List.of("NON_ASCII"), validate(SA, "²000000006").findingCodes());
        assertEquals(List.of("NON_ASCII"), validate(SA, "\uD83D\uDE00").findingCodes());
    }

    @Test
    void directionMarksFromCopiedArabicTextAreIgnoredButOverridesAreNot() {
        assertTrue(validate(SA, "\u200f2000000006\u200e").isValid());
        assertTrue(validate(SA, "\u061c٢٠٠٠٠٠٠٠٠٦\u200b").isValid());
        // RIGHT-TO-LEFT OVERRIDE would show the digits in another order than they are validated in.
        assertEquals(List.of("NON_ASCII"), validate(SA, "\u202e6000000002").findingCodes());
        assertEquals(List.of("NON_ASCII"), validate(SA, "\u20662000000006\u2069").findingCodes());
    }

    @Test
    void lettersArePositionedNonDigits() {
        IdValidationResult r = validate(IssuingCountry.UNITED_ARAB_EMIRATES, "784-1980-I234567-8");
        assertEquals(List.of("NON_DIGIT"), r.findingCodes());
        assertEquals(List.of("10"), r.findings().get(0).arguments());
    }
}
