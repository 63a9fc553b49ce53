package io.residentid.core.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.model.CalendarSystem;
import io.residentid.core.model.DocumentType;
import io.residentid.core.model.HijriDates;
import io.residentid.core.model.IdentityDocument;
import io.residentid.core.model.Person;
import io.residentid.core.model.IssuingCountry;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RenewalCalculatorTest {

    static final RenewalCalculator CALC = RenewalCalculator.bundled();
    static final LocalDate EXPIRY = LocalDate.of(2027, 6, 30);

    static RenewalAssessment assess(IssuingCountry c, long daysAfterExpiry, ResidentFacts facts) {
        return CALC.assess(c, EXPIRY, facts, EXPIRY.plusDays(daysAfterExpiry), null);
    }

    static List<String> amounts(List<ChargeLine> lines) {
        return lines.stream().map(l -> l.item() + " " + l.amount().toPlainString()).toList();
    }

    @Test
    void omanCardExpiredFortyDaysAgoIsOverdueWithFiveRialsForAMonthOrPart() {
        RenewalAssessment a = assess(IssuingCountry.OMAN, 40, ResidentFacts.none());
        assertEquals(RenewalStatus.OVERDUE, a.status());
        assertEquals(List.of("LATE_FINE 5.000"), amounts(a.fines()));
        assertEquals("OM-FINE-LATE", a.fines().get(0).ruleId());
        assertEquals("om-md-235-2021", a.fines().get(0).sourceId());
        assertEquals(List.of("RENEWAL_FEE 5.000"), amounts(a.fees()));
        assertEquals("10.000", a.total().plain());
        assertEquals("OMR", a.total().currency());
        KeyDates d = a.keyDates();
        assertEquals(LocalDate.of(2027, 6, 15), d.recommendedRenewBy());
        assertEquals(LocalDate.of(2027, 7, 30), d.legalDeadline());
        assertEquals(LocalDate.of(2027, 7, 30), d.graceEnds());
        assertEquals(LocalDate.of(2027, 7, 31), d.finesStart());
        assertNull(d.windowOpens());
    }

    @Test
    void omanFineCountsEachStartedMonth() {
        assertEquals(List.of("LATE_FINE 5.000"), amounts(assess(IssuingCountry.OMAN, 31, ResidentFacts.none()).fines()));
        assertEquals(List.of("LATE_FINE 5.000"), amounts(assess(IssuingCountry.OMAN, 61, ResidentFacts.none()).fines()));
        assertEquals(List.of("LATE_FINE 10.000"), amounts(assess(IssuingCountry.OMAN, 62, ResidentFacts.none()).fines()));
    }

    @Test
    void omanStatusesAroundExpiry() {
        assertEquals(RenewalStatus.VALID, assess(IssuingCountry.OMAN, -16, ResidentFacts.none()).status());
        assertEquals(RenewalStatus.DUE, assess(IssuingCountry.OMAN, -15, ResidentFacts.none()).status());
        assertEquals(RenewalStatus.DUE, assess(IssuingCountry.OMAN, 0, ResidentFacts.none()).status());
        assertEquals(RenewalStatus.GRACE, assess(IssuingCountry.OMAN, 1, ResidentFacts.none()).status());
        assertEquals(RenewalStatus.GRACE, assess(IssuingCountry.OMAN, 30, ResidentFacts.none()).status());
        assertTrue(assess(IssuingCountry.OMAN, 30, ResidentFacts.none()).fines().isEmpty());
    }

    @Test
    void omanTwoYearValidityCostsTenRials() {
        RenewalAssessment a = CALC.assess(IssuingCountry.OMAN, EXPIRY, ResidentFacts.none(), EXPIRY.minusDays(5),
                Period.ofYears(2));
        assertEquals(List.of("RENEWAL_FEE 10.000"), amounts(a.fees()));
        assertEquals(Period.ofYears(2), a.validity());
    }

    @Test
    void validityNotOfferedIsAnArgumentError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CALC.assess(
                IssuingCountry.OMAN, EXPIRY, ResidentFacts.none(), EXPIRY, Period.ofYears(4)));
        assertTrue(e.getMessage().contains("P1Y, P2Y, P3Y"), e.getMessage());
    }

    @Test
    void saudiThreeDayGraceThenFinesByOffence() {
        assertEquals(RenewalStatus.GRACE, assess(IssuingCountry.SAUDI_ARABIA, 3, ResidentFacts.none()).status());
        RenewalAssessment first = assess(IssuingCountry.SAUDI_ARABIA, 4, ResidentFacts.none());
        assertEquals(RenewalStatus.OVERDUE, first.status());
        assertEquals(List.of("LATE_FINE 500.00"), amounts(first.fines()));
        assertTrue(first.notes().stream().anyMatch(n -> n.code() == RenewalNoteCode.OFFENCE_COUNT_ASSUMED));
        RenewalAssessment second = assess(IssuingCountry.SAUDI_ARABIA, 10,
                ResidentFacts.builder().priorOffences(1).build());
        assertEquals(List.of("LATE_FINE 1000.00"), amounts(second.fines()));
        RenewalAssessment third = assess(IssuingCountry.SAUDI_ARABIA, 10,
                ResidentFacts.builder().priorOffences(2).build());
        assertTrue(third.fines().isEmpty());
        assertEquals("DEPORTATION", third.consequences().get(0).code());
        assertEquals("650.00", third.total().plain());
    }

    @Test
    void saudiHijriExpiryIsConvertedWithUmmAlQura() {
        LocalDate expiry = HijriDates.parseToGregorian("1447/05/30");
        assertEquals("1447/05/30", HijriDates.formatGregorianAsHijri(expiry));
        RenewalAssessment a = CALC.assess(IssuingCountry.SAUDI_ARABIA, expiry, ResidentFacts.none(),
                expiry.plusDays(2), null);
        assertEquals(CalendarSystem.HIJRI_UMM_AL_QURA, a.calendar());
        assertEquals(RenewalStatus.GRACE, a.status());
        assertEquals(HijriDates.parseToGregorian("1447/06/03"), a.keyDates().graceEnds());
        assertThrows(IllegalArgumentException.class, () -> HijriDates.parseToGregorian("1447/13/01"));
        assertThrows(IllegalArgumentException.class, () -> HijriDates.parseToGregorian("2000/01/01"));
        assertThrows(IllegalArgumentException.class, () -> HijriDates.parseToGregorian("garbage"));
    }

    @Test
    void saudiQuarterlyOption() {
        RenewalAssessment a = CALC.assess(IssuingCountry.SAUDI_ARABIA, EXPIRY, ResidentFacts.none(), EXPIRY,
                Period.ofMonths(3));
        assertEquals(List.of("RENEWAL_FEE 163.00"), amounts(a.fees()));
    }

    @Test
    void qatarNinetyDayGraceThenTenRiyalsPerDay() {
        ResidentFacts company = ResidentFacts.builder().sponsorCategory("COMPANY").build();
        assertEquals(RenewalStatus.GRACE, assess(IssuingCountry.QATAR, 90, company).status());
        RenewalAssessment a = assess(IssuingCountry.QATAR, 91, company);
        assertEquals(RenewalStatus.OVERDUE, a.status());
        assertEquals(List.of("LATE_FINE 10.00"), amounts(a.fines()));
        assertEquals(List.of("LATE_FINE 100.00"), amounts(assess(IssuingCountry.QATAR, 100, company).fines()));
    }

    @Test
    void qatarWindowOpensThreeMonthsBeforeExpiry() {
        ResidentFacts family = ResidentFacts.builder().sponsorCategory("FAMILY").build();
        RenewalAssessment a = CALC.assess(IssuingCountry.QATAR, EXPIRY, family, LocalDate.of(2027, 3, 29), null);
        assertEquals(RenewalStatus.VALID, a.status());
        assertEquals(LocalDate.of(2027, 3, 30), a.keyDates().windowOpens());
        assertEquals(RenewalStatus.RENEWAL_OPEN,
                CALC.assess(IssuingCountry.QATAR, EXPIRY, family, LocalDate.of(2027, 3, 30), null).status());
    }

    @Test
    void qatarFeeOptionsWithTwentyPercentOffForThreeYearsPlusCourier() {
        ResidentFacts company = ResidentFacts.builder().sponsorCategory("COMPANY").build();
        RenewalAssessment a = CALC.assess(IssuingCountry.QATAR, EXPIRY, company, EXPIRY.minusDays(30),
                Period.ofYears(3));
        assertEquals(List.of("RENEWAL_FEE 3000.00", "DISCOUNT -600.00", "COURIER 20.00"), amounts(a.fees()));
        assertEquals("2420.00", a.total().plain());
        RenewalAssessment family = CALC.assess(IssuingCountry.QATAR, EXPIRY,
                ResidentFacts.builder().sponsorCategory("FAMILY").build(), EXPIRY, null);
        assertEquals(List.of("RENEWAL_FEE 500.00", "COURIER 20.00"), amounts(family.fees()));
    }

    @Test
    void qatarFeeNeedsTheSponsorshipCategory() {
        RenewalAssessment a = assess(IssuingCountry.QATAR, -10, ResidentFacts.none());
        assertEquals(List.of("COURIER 20.00"), amounts(a.fees()));
        assertTrue(a.notes().stream().anyMatch(n -> n.code() == RenewalNoteCode.FEE_CATEGORY_UNKNOWN));
    }

    @Test
    void qatarOnlineServicesFromEighteen() {
        ResidentFacts minor = ResidentFacts.builder().dateOfBirth(EXPIRY.minusYears(17)).build();
        ConditionCheck c = assess(IssuingCountry.QATAR, 0, minor).eligibility().stream()
                .filter(x -> x.condition() == EligibilityCondition.ONLINE_SERVICES_AGE).findFirst().orElseThrow();
        assertEquals(ConditionResult.FAIL, c.result());
        ConditionCheck unknown = assess(IssuingCountry.QATAR, 0, ResidentFacts.none()).eligibility().get(0);
        assertEquals(ConditionResult.UNKNOWN, unknown.result());
    }

    @Test
    void uaeThirtyDayGraceThenTwentyDirhamsPerDayCappedAtOneThousand() {
        assertEquals(RenewalStatus.GRACE, assess(IssuingCountry.UNITED_ARAB_EMIRATES, 30, ResidentFacts.none()).status());
        assertEquals(List.of("LATE_FINE 20.00"), amounts(assess(IssuingCountry.UNITED_ARAB_EMIRATES, 31, ResidentFacts.none()).fines()));
        assertEquals(List.of("LATE_FINE 1000.00"), amounts(assess(IssuingCountry.UNITED_ARAB_EMIRATES, 80, ResidentFacts.none()).fines()));
        RenewalAssessment capped = assess(IssuingCountry.UNITED_ARAB_EMIRATES, 400, ResidentFacts.none());
        assertEquals(List.of("LATE_FINE 1000.00"), amounts(capped.fines()));
        assertTrue(capped.notes().stream().anyMatch(n -> n.code() == RenewalNoteCode.FINE_CAPPED));
        assertTrue(capped.notes().stream().anyMatch(n -> n.code() == RenewalNoteCode.RENEWAL_FEE_UNKNOWN));
    }

    @Test
    void kuwaitWithoutFineRuleIsOverdueAfterExpiryAndSaysSo() {
        RenewalAssessment a = assess(IssuingCountry.KUWAIT, 5, ResidentFacts.none());
        assertEquals(RenewalStatus.OVERDUE, a.status());
        assertTrue(a.notes().stream().anyMatch(n -> n.code() == RenewalNoteCode.NO_FINE_RULE));
        assertEquals("5.000", a.total().plain());
    }

    @Test
    void bahrainTenYearsOnlyFromSeventy() {
        ResidentFacts old = ResidentFacts.builder().dateOfBirth(LocalDate.of(1950, 1, 1)).build();
        assertEquals(Period.ofYears(10), CALC.assess(IssuingCountry.BAHRAIN, EXPIRY, old, EXPIRY, Period.ofYears(10)).validity());
        assertThrows(IllegalArgumentException.class, () -> CALC.assess(IssuingCountry.BAHRAIN, EXPIRY,
                ResidentFacts.builder().dateOfBirth(LocalDate.of(1990, 1, 1)).build(), EXPIRY, Period.ofYears(10)));
    }

    @Test
    void eligibilityIsUnknownWithoutFactsAndNeverGuessed() {
        RenewalAssessment a = assess(IssuingCountry.OMAN, -5, ResidentFacts.none());
        assertTrue(a.eligibility().stream().allMatch(c -> c.result() == ConditionResult.UNKNOWN));
        assertEquals(ConditionResult.UNKNOWN, a.eligible());
        assertTrue(a.biometricsRequired());
    }

    @Test
    void eligibilityPassAndFail() {
        ResidentFacts ok = ResidentFacts.builder().inCountry(true).residenceValid(true).unpaidFines(false)
                .sponsoredWorker(true).workContractValid(true).recentPhoto(true).fingerprintsOnFile(true).build();
        RenewalAssessment a = assess(IssuingCountry.OMAN, -5, ok);
        assertEquals(ConditionResult.PASS, a.eligible());
        assertFalse(a.biometricsRequired());
        RenewalAssessment b = assess(IssuingCountry.OMAN, -5, ok.toBuilder().workContractValid(false).build());
        assertEquals(ConditionResult.FAIL, b.eligible());
        RenewalAssessment notSponsored = assess(IssuingCountry.OMAN, -5,
                ok.toBuilder().sponsoredWorker(false).workContractValid(null).build());
        assertEquals(ConditionResult.PASS, notSponsored.eligible());
    }

    @Test
    void saudiPassportExpiryDecidesValidPassport() {
        ResidentFacts f = ResidentFacts.builder().passportExpiry(EXPIRY.minusDays(1)).build();
        ConditionCheck c = assess(IssuingCountry.SAUDI_ARABIA, 0, f).eligibility().get(0);
        assertEquals(EligibilityCondition.VALID_PASSPORT, c.condition());
        assertEquals(ConditionResult.FAIL, c.result());
    }

    @Test
    void omanDocumentsForRenewal() {
        List<String> docs = assess(IssuingCountry.OMAN, 0, ResidentFacts.none()).documents().stream()
                .map(RequiredDocument::document).toList();
        assertEquals(List.of("PASSPORT_COPY", "OLD_CARD", "PHOTO", "PROOF_OF_RESIDENCE", "FEE_RECEIPT",
                "SPONSOR_SIGNED_FORM"), docs);
    }

    @Test
    void omanLostCardReportingAndReplacement() {
        LostCardAssessment a = CALC.assessLost(IssuingCountry.OMAN, RenewalProcess.LOST, LocalDate.of(2027, 1, 1),
                ResidentFacts.none(), LocalDate.of(2027, 1, 20));
        assertEquals(LocalDate.of(2027, 1, 15), a.reportBy());
        assertTrue(a.reportOverdue());
        assertEquals(List.of("REPLACEMENT_FEE 20.000"), amounts(a.fees()));
        assertEquals("LOSS_REPORT", a.documents().get(0).document());
    }

    @Test
    void saudiLostCardFeeByOffenceCount() {
        LostCardAssessment a = CALC.assessLost(IssuingCountry.SAUDI_ARABIA, RenewalProcess.LOST,
                LocalDate.of(2027, 1, 1), ResidentFacts.builder().priorOffences(1).build(), LocalDate.of(2027, 1, 2));
        assertEquals(List.of("REPLACEMENT_FEE 2000.00"), amounts(a.fees()));
        LostCardAssessment fifth = CALC.assessLost(IssuingCountry.SAUDI_ARABIA, RenewalProcess.LOST,
                LocalDate.of(2027, 1, 1), ResidentFacts.builder().priorOffences(4).build(), LocalDate.of(2027, 1, 2));
        assertEquals(List.of("REPLACEMENT_FEE 3000.00"), amounts(fifth.fees()));
    }

    @Test
    void qatarReplacementPlusCourierNeedsPoliceReport() {
        LostCardAssessment a = CALC.assessLost(IssuingCountry.QATAR, RenewalProcess.LOST, LocalDate.of(2027, 1, 1),
                ResidentFacts.builder().inCountry(true).build(), LocalDate.of(2027, 1, 2));
        assertEquals(List.of("REPLACEMENT_FEE 200.00", "COURIER 20.00"), amounts(a.fees()));
        assertEquals("220.00", a.total().plain());
        assertEquals(ConditionResult.PASS, a.eligibility().get(0).result());
        assertEquals("POLICE_REPORT", a.documents().get(0).document());
    }

    @Test
    void householdTotalsAndPerPersonEligibility() {
        ResidentFacts sponsor = ResidentFacts.builder().sponsorCategory("COMPANY").build();
        ResidentFacts child = ResidentFacts.builder().sponsorCategory("FAMILY")
                .dateOfBirth(LocalDate.of(2015, 1, 1)).build();
        HouseholdAssessment h = CALC.assessHousehold(IssuingCountry.QATAR, List.of(
                new HouseholdMember("sponsor", EXPIRY, sponsor, null),
                new HouseholdMember("child-1", EXPIRY, child, null),
                new HouseholdMember("child-2", EXPIRY.plusDays(10), child, null)), EXPIRY.minusDays(20));
        assertEquals(3, h.members().size());
        assertEquals("2060.00", h.total().plain()); // 1000 + 500 + 500 + 3 x 20 courier
        assertEquals(ConditionResult.FAIL, h.members().get(1).eligible()); // under 18: no e-services
        assertEquals(ConditionResult.FAIL, h.eligible());
    }

    @Test
    void batchStreamsAndReportsErrorsWithoutStopping() {
        List<RenewalRequest> requests = List.of(
                new RenewalRequest("1", IssuingCountry.OMAN, EXPIRY, null, null),
                new RenewalRequest("2", IssuingCountry.OMAN, EXPIRY, null, Period.ofYears(9)),
                new RenewalRequest("3", IssuingCountry.UNITED_ARAB_EMIRATES, EXPIRY, null, null));
        List<BatchResult> out = new java.util.ArrayList<>();
        long n = CALC.assessAll(requests.iterator(), EXPIRY.plusDays(100), out::add);
        assertEquals(3, n);
        assertTrue(out.get(0).ok());
        assertFalse(out.get(1).ok());
        assertTrue(out.get(2).ok());
        assertEquals(2, CALC.assessAll(requests.stream(), EXPIRY).filter(BatchResult::ok).count());
    }

    @Test
    void oneCalculatorServesManyThreads() {
        List<RenewalRequest> requests = new java.util.ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            requests.add(new RenewalRequest(String.valueOf(i), IssuingCountry.values()[i % 6],
                    EXPIRY.plusDays(i % 500 - 250), ResidentFacts.builder().priorOffences(i % 3).build(), null));
        }
        List<String> sequential = CALC.assessAll(requests.stream(), EXPIRY)
                .map(r -> r.assessment().status() + " " + r.assessment().total()).toList();
        List<String> parallel = CALC.assessAll(requests.parallelStream(), EXPIRY)
                .map(r -> r.assessment().status() + " " + r.assessment().total()).toList();
        assertEquals(sequential, parallel);
    }

    @Test
    void packNotYetInForceFallsBackToTheEarliestWithANote() {
        RenewalAssessment a = CALC.assess(IssuingCountry.KUWAIT, LocalDate.of(2020, 1, 1), ResidentFacts.none(),
                LocalDate.of(2019, 6, 1), null);
        assertEquals(RenewalNoteCode.PACK_NOT_IN_FORCE, a.notes().get(0).code());
    }

    @Test
    void identityDocumentOverloadUsesExpiryCountryAndHolderBirthDate() {
        IdentityDocument card = IdentityDocument.builder().type(DocumentType.QATAR_ID).documentNumber("A1")
                .dateOfExpiry(EXPIRY)
                .holder(Person.builder().primaryIdentifier("Test").sex(io.residentid.core.model.Sex.FEMALE).nationality("IND").dateOfBirth(EXPIRY.minusYears(17)).build())
                .build();
        RenewalAssessment a = CALC.assess(card, null, EXPIRY.plusDays(91), null);
        assertEquals(IssuingCountry.QATAR, a.country());
        assertEquals(RenewalStatus.OVERDUE, a.status());
        assertEquals(ConditionResult.FAIL, a.eligible()); // 17: no e-services yet
        IdentityDocument noExpiry = card.toBuilder().dateOfExpiry(null).build();
        assertThrows(IllegalArgumentException.class, () -> CALC.assess(noExpiry, null, EXPIRY, null));
    }

    @Test
    void textIsBilingual() {
        RenewalAssessment a = assess(IssuingCountry.OMAN, 40, ResidentFacts.none());
        Locale ar = new Locale("ar");
        assertEquals("Expired, late fines accruing", RenewalText.status(a.status(), Locale.ENGLISH));
        assertEquals("منتهية، والغرامات المالية تتراكم", RenewalText.status(a.status(), ar));
        assertEquals("صورة شخصية ملونة حديثة بخلفية بيضاء", RenewalText.document("PHOTO", ar));
        assertEquals("الترحيل", RenewalText.consequence("DEPORTATION", ar));
        assertEquals("CUSTOM_DOC", RenewalText.document("CUSTOM_DOC", ar));
        for (RenewalNote n : a.notes()) {
            assertFalse(n.message(ar).startsWith("note."), n.code().code());
            assertFalse(n.message(Locale.ENGLISH).startsWith("note."), n.code().code());
        }
        for (EligibilityCondition c : EligibilityCondition.values()) {
            assertFalse(RenewalText.condition(c, ar).equals(c.name()), c.name());
        }
    }
}
