package io.residentid.core.id;

import static io.residentid.core.id.IdTestSupport.kuwait;
import static io.residentid.core.id.IdTestSupport.luhn;
import static io.residentid.core.id.IdTestSupport.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.model.IssuingCountry;
import io.residentid.core.model.Nationality;
import io.residentid.core.report.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IdNumberValidatorTest {

    private static final IssuingCountry SA = IssuingCountry.SAUDI_ARABIA;
    private static final IssuingCountry AE = IssuingCountry.UNITED_ARAB_EMIRATES;
    private static final IssuingCountry KW = IssuingCountry.KUWAIT;
    private static final IssuingCountry QA = IssuingCountry.QATAR;
    private static final IssuingCountry BH = IssuingCountry.BAHRAIN;
    private static final IssuingCountry OM = IssuingCountry.OMAN;

    private static void assertCodes(IdValidationResult result, String... codes) {
        assertEquals(List.of(codes), result.findingCodes(), result::toString);
    }

    @Nested
    class Saudi {
        @Test
        void iqamaStartingWith2IsAResident() {
            IdValidationResult r = validate(SA, "2000000006");
            assertTrue(r.isValid());
            assertEquals(Optional.of(HolderType.RESIDENT), r.holderType());
            assertEquals(Optional.of("2000000006"), r.normalized());
            assertCodes(r);
        }

        @Test
        void firstDigitOtherThan1Or2IsAWrongPrefix() {
            IdValidationResult r = validate(SA, luhn("300000000"));
            assertCodes(r, "WRONG_PREFIX");
            assertEquals(Optional.empty(), r.holderType());
        }

        @Test
        void wrongLengthStopsFurtherChecks() {
            IdValidationResult r = validate(SA, "200000000");
            assertCodes(r, "WRONG_LENGTH");
            assertEquals(List.of("10", "9"), r.findings().get(0).arguments());
        }

        @Test
        void spacesDashesAndArabicIndicDigitsAreNormalized() {
            assertEquals(Optional.of("2000000006"), validate(SA, " 2000-000 006 ").normalized());
            IdValidationResult arabic = validate(SA, "٢٠٠٠٠٠٠٠٠٦");
            assertTrue(arabic.isValid());
            assertEquals(Optional.of("2000000006"), arabic.normalized());
            assertTrue(validate(SA, "۲۰۰۰۰۰۰۰۰۶").isValid());
        }

        @Test
        void factsAreWithheldFromInvalidNumbers() {
            IdValidationResult r = validate(SA, "2000000007");
            assertCodes(r, "CHECK_DIGIT_MISMATCH");
            assertEquals(Optional.empty(), r.holderType());
        }
    }

    @Nested
    class Emirates {
        @Test
        void dashesAreOptionalAndNormalizedFormIsDashed() {
            IdValidationResult r = validate(AE, "784195204640486");
            assertTrue(r.isValid());
            assertEquals(Optional.of("784-1952-0464048-6"), r.normalized());
            assertEquals(OptionalInt.of(1952), r.birthYear());
            assertEquals(Optional.empty(), r.holderType());
        }

        @Test
        void otherPrefixThan784IsRejected() {
            assertCodes(validate(AE, luhn("78519521234567")), "WRONG_PREFIX");
        }

        @Test
        void birthYearMustLieBetween1900AndThisYear() {
            assertCodes(validate(AE, luhn("78418991234567")), "IMPLAUSIBLE_BIRTH_YEAR");
            assertCodes(validate(AE, luhn("78420271234567")), "IMPLAUSIBLE_BIRTH_YEAR");
            assertTrue(validate(AE, luhn("78420261234567")).isValid());
            assertTrue(validate(AE, luhn("78419001234567")).isValid());
        }

        @Test
        void severalProblemsAreAllReported() {
            assertCodes(validate(AE, "785-2999-1234567-0"), "WRONG_PREFIX", "IMPLAUSIBLE_BIRTH_YEAR",
                    "CHECK_DIGIT_MISMATCH");
        }

        @Test
        void wrongLengthKeepsTheDigitsAsNormalizedForm() {
            IdValidationResult r = validate(AE, "784-1980-123456-8");
            assertCodes(r, "WRONG_LENGTH");
            assertEquals(Optional.of("78419801234568"), r.normalized());
        }
    }

    @Nested
    class Kuwait {
        @Test
        void centuryDigit3MeansBornFrom2000() {
            IdValidationResult r = validate(KW, kuwait("30002290012"));
            assertTrue(r.isValid(), r::toString);
            assertEquals(Optional.of(LocalDate.of(2000, 2, 29)), r.birthDate());
            assertEquals(OptionalInt.of(2000), r.birthYear());
        }

        @Test
        void dateMustExist() {
            assertCodes(validate(KW, kuwait("20002290012")), "INVALID_DATE"); // 1900 was not a leap year
            assertCodes(validate(KW, kuwait("29113010012")), "INVALID_DATE");
            assertCodes(validate(KW, kuwait("29104310012")), "INVALID_DATE");
            assertCodes(validate(KW, kuwait("29100010012")), "INVALID_DATE");
        }

        @Test
        void birthDateMustNotLieInTheFuture() {
            assertCodes(validate(KW, kuwait("32611230013")), "BIRTH_DATE_IN_FUTURE");
            assertTrue(validate(KW, kuwait("32611220013")).isValid());
        }

        @Test
        void centuryDigitOtherThan2Or3IsAWrongPrefix() {
            assertCodes(validate(KW, kuwait("19103010419")), "WRONG_PREFIX");
        }

        @Test
        void checkValues10And11AreInvalidWhateverTheLastDigit() {
            assertEquals(10, CheckDigits.kuwaitCheckValue("29103010003"));
            assertEquals(11, CheckDigits.kuwaitCheckValue("29103010008"));
            for (char k = '0'; k <= '9'; k++) {
                assertCodes(validate(KW, "29103010003" + k), "CHECK_VALUE_INVALID");
                assertCodes(validate(KW, "29103010008" + k), "CHECK_VALUE_INVALID");
            }
        }
    }

    @Nested
    class Qatar {
        @Test
        void nationality634IsACitizen() {
            IdValidationResult r = validate(QA, "28963412345");
            assertTrue(r.isValid());
            assertEquals(Optional.of(HolderType.CITIZEN), r.holderType());
            assertEquals(Optional.of(Nationality.of("QAT")), r.nationality());
            assertEquals(OptionalInt.of(1989), r.birthYear());
        }

        @Test
        void nationalityCodeWithLeadingZerosMapsToAlpha3() {
            IdValidationResult r = validate(QA, "30505012345");
            assertEquals(Optional.of(Nationality.of("BGD")), r.nationality()); // 050 Bangladesh
            assertEquals(OptionalInt.of(2005), r.birthYear());
        }

        @Test
        void unassignedNationalityCodesFail() {
            IdValidationResult r = validate(QA, "27699912345");
            assertCodes(r, "UNKNOWN_NATIONALITY_CODE");
            assertEquals(List.of("999"), r.findings().get(0).arguments());
            assertCodes(validate(QA, "27600012345"), "UNKNOWN_NATIONALITY_CODE");
        }

        @Test
        void centuryAndYearMustBePlausible() {
            assertCodes(validate(QA, "17612412345"), "WRONG_PREFIX");
            assertCodes(validate(QA, "32712412345"), "IMPLAUSIBLE_BIRTH_YEAR");
            assertTrue(validate(QA, "32612412345").isValid());
        }
    }

    @Nested
    class Bahrain {
        @Test
        void formatOnlyNumbersAreValidWithAWarning() {
            IdValidationResult r = validate(BH, "051108109");
            assertTrue(r.isValid());
            assertCodes(r, "FORMAT_ONLY_NO_PUBLIC_CHECKSUM");
            assertEquals(Severity.WARNING, r.findings().get(0).severity());
            assertEquals(OptionalInt.empty(), r.birthYear());
        }

        @Test
        void monthOutside1To12IsRejectedByDefault() {
            assertCodes(validate(BH, "050008109"), "INVALID_DATE");
            assertCodes(validate(BH, "051308109"), "INVALID_DATE");
        }

        @Test
        void monthOutside1To12IsAWarningWhenNonDateNumbersAreAllowed() {
            IdNumberValidator lenient = IdNumberValidator.builder(BH).clock(IdTestSupport.CLOCK)
                    .allowNonDateBahrainNumbers(true).build();
            IdValidationResult r = lenient.validate("053108109");
            assertTrue(r.isValid());
            assertCodes(r, "NOT_DATE_BASED", "FORMAT_ONLY_NO_PUBLIC_CHECKSUM");
        }

        @Test
        void lengthMustBe9() {
            assertCodes(validate(BH, "0511081091"), "WRONG_LENGTH");
        }
    }

    @Nested
    class Oman {
        @Test
        void oneToTenDigitsAreValidWithAWarning() {
            assertCodes(validate(OM, "12345678"), "FORMAT_ONLY_NO_PUBLIC_CHECKSUM");
            assertTrue(validate(OM, "7").isValid());
            assertTrue(validate(OM, "1234567890").isValid());
        }

        @Test
        void elevenDigitsAreTooMany() {
            IdValidationResult r = validate(OM, "12345678901");
            assertCodes(r, "WRONG_LENGTH");
            assertEquals(List.of("1-10", "11"), r.findings().get(0).arguments());
        }
    }

    @Nested
    class Api {
        @Test
        void defaultValidatorsAreShared() {
            assertSame(IdNumberValidator.forCountry(SA), IdNumberValidator.forCountry(SA));
            assertEquals(KW, IdNumberValidator.forCountry(KW).country());
        }

        @Test
        void resultsAreValueObjects() {
            assertEquals(validate(QA, "27612405934"), validate(QA, "27612405934"));
            assertEquals(validate(QA, "27612405934").hashCode(), validate(QA, "27612405934").hashCode());
            assertFalse(validate(QA, "27612405934").equals(validate(QA, "27612405935")));
        }

        @Test
        void toStringMasksTheNumberAndHidesTheBirthDate() {
            String s = validate(KW, "291030104196").toString();
            assertFalse(s.contains("291030104196"), s);
            assertFalse(s.contains("1991-03-01"), s);
            assertTrue(s.contains("2*********96"), s);
        }

        @Test
        void findingsAreImmutable() {
            List<?> findings = validate(AE, "785-2999-1234567-0").findings();
            org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, findings::clear);
        }
    }
}
