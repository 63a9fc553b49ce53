package io.residentid.core.id;

import static io.residentid.core.id.IdTestSupport.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.model.IssuingCountry;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sample numbers of the project's rules research (shared/rules-research.md, "Identifier formats"), valid and
 * invalid, with the finding each invalid sample must produce.
 */
class SpecVectorTest {

    @ParameterizedTest(name = "{0} {1} is valid")
    @CsvSource({
        "SA, 1000000008",
        "AE, 784-1980-1234567-8",
        "AE, 784-1979-1234567-1",
        "AE, 784-1952-0464048-6",
        "AE, 784-1968-6570305-0",
        "QA, 27612405934",
        "KW, 291030104196",
        "KW, 279040907388",
        "KW, 288070804106",
        "KW, 292091998298",
        "BH, 051108109",
    })
    void researchSamplesAreValid(String country, String number) {
        IdValidationResult result = validate(IssuingCountry.of(country), number);
        assertTrue(result.isValid(), () -> result + " " + result.findings());
    }

    @ParameterizedTest(name = "{0} {1} is invalid with {2}")
    @CsvSource({
        "SA, 1000000000, CHECK_DIGIT_MISMATCH",
        "AE, 784-1981-1234567-9, CHECK_DIGIT_MISMATCH",
        "AE, 784198212345679, CHECK_DIGIT_MISMATCH",
        "KW, 291030104197, CHECK_DIGIT_MISMATCH",
        "KW, 292091998297, CHECK_DIGIT_MISMATCH",
        "BH, 053108109, INVALID_DATE",
    })
    void researchSamplesAreInvalid(String country, String number, String code) {
        IdValidationResult result = validate(IssuingCountry.of(country), number);
        assertFalse(result.isValid());
        assertEquals(List.of(code), result.findingCodes());
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
        "SA, 1000000008, holderType=CITIZEN",
        "AE, 784-1952-0464048-6, birthYear=1952",
        "QA, 27612405934, birthYear=1976 nationality=CAN holderType=RESIDENT",
        "KW, 291030104196, birthYear=1991 birthDate=1991-03-01",
        "KW, 292091998298, birthYear=1992 birthDate=1992-09-19",
    })
    void researchSamplesYieldTheirFacts(String country, String number, String facts) {
        IdValidationResult r = validate(IssuingCountry.of(country), number);
        StringBuilder actual = new StringBuilder();
        r.birthYear().ifPresent(y -> actual.append(" birthYear=").append(y));
        r.birthDate().ifPresent(d -> actual.append(" birthDate=").append(d));
        r.nationality().ifPresent(n -> actual.append(" nationality=").append(n));
        r.holderType().ifPresent(h -> actual.append(" holderType=").append(h));
        assertEquals(sorted(facts), sorted(actual.toString().strip()));
    }

    private static List<String> sorted(String facts) {
        return List.of(facts.split(" ")).stream().sorted().toList();
    }
}
