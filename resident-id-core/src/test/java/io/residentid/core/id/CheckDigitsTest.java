package io.residentid.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CheckDigitsTest {

    @Test
    void luhnMatchesKnownNumbers() {
        assertEquals(8, CheckDigits.luhnCheckDigit("100000000"));
        assertEquals(3, CheckDigits.luhnCheckDigit("7992739871")); // the classic Luhn example 79927398713
        assertTrue(CheckDigits.isLuhnValid("79927398713"));
        assertFalse(CheckDigits.isLuhnValid("79927398710"));
    }

    @Test
    void luhnRejectsWhatIsNotDigits() {
        assertEquals(-1, CheckDigits.luhnCheckDigit(null));
        assertEquals(-1, CheckDigits.luhnCheckDigit(""));
        assertEquals(-1, CheckDigits.luhnCheckDigit("12a4"));
        assertFalse(CheckDigits.isLuhnValid(null));
        assertFalse(CheckDigits.isLuhnValid("0"));
        assertFalse(CheckDigits.isLuhnValid("1 8"));
    }

    @Test
    void kuwaitCheckValueFollowsTheWeights() {
        assertEquals(6, CheckDigits.kuwaitCheckValue("29103010419"));
        assertEquals(6, CheckDigits.kuwaitCheckValue("291030104196"));
        assertTrue(CheckDigits.isKuwaitValid("291030104196"));
        assertFalse(CheckDigits.isKuwaitValid("291030104197"));
        // Sum mod 11 = 0 gives 11, sum mod 11 = 1 gives 10: neither is a digit, so never valid.
        assertEquals(11, CheckDigits.kuwaitCheckValue("00000000000"));
        assertFalse(CheckDigits.isKuwaitValid("000000000000"));
        assertEquals(-1, CheckDigits.kuwaitCheckValue("2910301041"));
        assertEquals(-1, CheckDigits.kuwaitCheckValue("2910301041x"));
        assertFalse(CheckDigits.isKuwaitValid(null));
    }

    @Property
    void appendingTheLuhnCheckDigitMakesANumberValid(@ForAll("digits") String payload) {
        assertTrue(CheckDigits.isLuhnValid(payload + CheckDigits.luhnCheckDigit(payload)));
    }

    @Property
    void luhnCatchesEveryAdjacentTranspositionExcept09And90(@ForAll("digits") String payload,
                                                            @ForAll @IntRange(min = 0, max = 1000) int where) {
        String number = payload + CheckDigits.luhnCheckDigit(payload);
        int i = where % (number.length() - 1);
        char a = number.charAt(i);
        char b = number.charAt(i + 1);
        String swapped = number.substring(0, i) + b + a + number.substring(i + 2);
        boolean zeroNine = (a == '0' && b == '9') || (a == '9' && b == '0');
        if (a == b || zeroNine) {
            assertTrue(CheckDigits.isLuhnValid(swapped), swapped);
        } else {
            assertFalse(CheckDigits.isLuhnValid(swapped), swapped);
        }
    }

    @Test
    void luhnMissesTheTransposition09To90AndBack() {
        String withZeroNine = "7840912345678";
        String number = withZeroNine + CheckDigits.luhnCheckDigit(withZeroNine);
        String swapped = number.replaceFirst("09", "90");
        assertTrue(CheckDigits.isLuhnValid(number));
        assertTrue(CheckDigits.isLuhnValid(swapped));
    }

    @Property
    void kuwaitCheckValueChangesWithEverySingleDigitSubstitution(@ForAll("eleven") String first11,
                                                                @ForAll @IntRange(min = 0, max = 10) int position,
                                                                @ForAll @IntRange(min = 1, max = 9) int delta) {
        char[] changed = first11.toCharArray();
        changed[position] = (char) ('0' + (changed[position] - '0' + delta) % 10);
        assertFalse(CheckDigits.kuwaitCheckValue(first11) == CheckDigits.kuwaitCheckValue(new String(changed)));
    }

    @Provide
    Arbitrary<String> digits() {
        return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(20);
    }

    @Provide
    Arbitrary<String> eleven() {
        return Arbitraries.strings().numeric().ofLength(11);
    }
}
