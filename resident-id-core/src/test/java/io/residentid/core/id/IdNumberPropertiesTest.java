package io.residentid.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.model.IssuingCountry;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class IdNumberPropertiesTest {

    @Property
    void everyGeneratedNumberIsValid(@ForAll IssuingCountry country, @ForAll long seed) {
        String number = IdNumbers.sample(country, new Random(seed));
        IdValidationResult result = IdTestSupport.validate(country, number);
        assertTrue(result.isValid(), () -> country + " " + number + " " + result.findingCodes());
        assertEquals(number, result.normalized().orElseThrow());
    }

    @Property
    void samplesForAHolderTypeAreValidAndOfThatType(@ForAll("holderCountries") IssuingCountry country,
                                                    @ForAll HolderType holderType, @ForAll long seed) {
        String number = IdNumbers.sample(country, holderType, new Random(seed));
        IdValidationResult result = IdTestSupport.validate(country, number);
        assertTrue(result.isValid(), result::toString);
        assertEquals(java.util.Optional.of(holderType), result.holderType());
    }

    @org.junit.jupiter.api.Test
    void holderTypeSamplesAreRefusedWhereNumbersDoNotEncodeIt() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> IdNumbers.sample(IssuingCountry.KUWAIT, HolderType.RESIDENT, new Random(1)));
    }

    @Provide
    Arbitrary<IssuingCountry> holderCountries() {
        return Arbitraries.of(IssuingCountry.SAUDI_ARABIA, IssuingCountry.QATAR);
    }

    @Property
    void everySingleDigitSubstitutionInAChecksummedNumberFails(
            @ForAll("checksummed") IssuingCountry country, @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 100) int where, @ForAll @IntRange(min = 1, max = 9) int delta) {
        String digits = IdNumbers.sample(country, new Random(seed)).replace("-", "");
        int position = where % digits.length();
        char[] changed = digits.toCharArray();
        changed[position] = (char) ('0' + (changed[position] - '0' + delta) % 10);
        String typo = new String(changed);
        assertFalse(IdTestSupport.validate(country, typo).isValid(), () -> country + " " + typo);
    }

    @org.junit.jupiter.api.Test
    void exhaustivelyEverySubstitutionInSampledChecksummedNumbersFails() {
        Random random = new Random(20261122L);
        for (IssuingCountry country : new IssuingCountry[] {IssuingCountry.SAUDI_ARABIA,
                IssuingCountry.UNITED_ARAB_EMIRATES, IssuingCountry.KUWAIT}) {
            IdNumberValidator validator = IdTestSupport.validator(country);
            for (int n = 0; n < 100; n++) {
                char[] digits = IdNumbers.sample(country, random).replace("-", "").toCharArray();
                for (int position = 0; position < digits.length; position++) {
                    char original = digits[position];
                    for (char d = '0'; d <= '9'; d++) {
                        if (d == original) {
                            continue;
                        }
                        digits[position] = d;
                        String typo = new String(digits);
                        assertFalse(validator.validate(typo).isValid(), () -> country + " " + typo);
                    }
                    digits[position] = original;
                }
            }
        }
    }

    @Property
    void arbitraryStringsNeverThrow(@ForAll IssuingCountry country, @ForAll("anything") String input) {
        IdValidationResult result = IdNumberValidator.forCountry(country).validate(input);
        assertNotNull(result);
        assertNotNull(result.toString());
        result.findings().forEach(f -> assertNotNull(f.message(java.util.Locale.ENGLISH)));
    }

    @Property
    void digitStringsOfAnyLengthNeverThrowAndInvalidOnesCarryAnError(@ForAll IssuingCountry country,
                                                                     @ForAll("digitRuns") String input) {
        IdValidationResult result = IdNumberValidator.forCountry(country).validate(input);
        assertEquals(result.isValid(), result.findings().stream()
                .noneMatch(f -> f.severity() == io.residentid.core.report.Severity.ERROR));
    }

    @Provide
    Arbitrary<IssuingCountry> checksummed() {
        return Arbitraries.of(IssuingCountry.SAUDI_ARABIA, IssuingCountry.UNITED_ARAB_EMIRATES,
                IssuingCountry.KUWAIT);
    }

    @Provide
    Arbitrary<String> anything() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(80),
                Arbitraries.strings().withChars("0123456789 -\u0000\u0660\u0669\u06f5é").ofMaxLength(70));
    }

    @Provide
    Arbitrary<String> digitRuns() {
        return Arbitraries.strings().numeric().ofMaxLength(20);
    }
}
