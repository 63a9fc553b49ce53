package io.residentid.core.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.model.IssuingCountry;
import io.residentid.core.model.Sex;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Arabic renewal text agrees with the holder's sex when the facts give it, and counts agree with their nouns. */
class RenewalArabicAgreementTest {

    private static final Locale AR = Locale.forLanguageTag("ar");

    private static String note(RenewalAssessment a, RenewalNoteCode code) {
        return a.notes().stream().filter(n -> n.code() == code).findFirst().orElseThrow().message(AR);
    }

    @Test
    void aChildsAgeNoteSpeaksOfAGirlInTheFeminineAndOfAnUnknownHolderNeutrally() {
        // Oman: a resident card is required from age 10; an eight-year-old does not need one yet.
        ResidentFacts child = ResidentFacts.builder()
                .dateOfBirth(RenewalCalculatorTest.EXPIRY.minusYears(8)).build();
        RenewalAssessment girl = RenewalCalculatorTest.assess(IssuingCountry.OMAN, -60,
                child.toBuilder().sex(Sex.FEMALE).build());
        RenewalAssessment boy = RenewalCalculatorTest.assess(IssuingCountry.OMAN, -60,
                child.toBuilder().sex(Sex.MALE).build());
        RenewalAssessment unknown = RenewalCalculatorTest.assess(IssuingCountry.OMAN, -60, child);
        assertEquals("البطاقة مطلوبة من سن 10؛ وعمر صاحبتها 7 سنوات.",
                note(girl, RenewalNoteCode.CARD_NOT_REQUIRED_YET));
        assertEquals("البطاقة مطلوبة من سن 10؛ وعمر صاحبها 7 سنوات.",
                note(boy, RenewalNoteCode.CARD_NOT_REQUIRED_YET));
        assertEquals("البطاقة مطلوبة من سن 10؛ وعمر حاملها 7 سنوات.",
                note(unknown, RenewalNoteCode.CARD_NOT_REQUIRED_YET));
        assertEquals("A card is required from age 10; the holder is 7.",
                girl.notes().stream().filter(n -> n.code() == RenewalNoteCode.CARD_NOT_REQUIRED_YET).findFirst()
                        .orElseThrow().message(Locale.ENGLISH));
    }

    @Test
    void dayCountsAgreeWithTheNounInEveryNote() {
        assertEquals("انتهت صلاحية البطاقة منذ 40 يومًا، في 2027-06-30.",
                note(RenewalCalculatorTest.assess(IssuingCountry.OMAN, 40, ResidentFacts.none()),
                        RenewalNoteCode.EXPIRED_DAYS_AGO));
        assertTrue(note(RenewalCalculatorTest.assess(IssuingCountry.OMAN, -10, ResidentFacts.none()),
                RenewalNoteCode.EXPIRES_IN_DAYS).startsWith("تنتهي صلاحية البطاقة بعد 10 أيام"));
    }

    @Test
    void theSexIsReadFromFactsJsonAndNeverPrinted() {
        ResidentFacts f = ResidentFacts.parse("{\"sex\":\"F\"}");
        assertEquals(Sex.FEMALE, f.sex().orElseThrow());
        assertTrue(f.toString().contains("sex=*"), f.toString());
        IllegalArgumentException bad = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ResidentFacts.parse("{\"sex\":\"female\"}"));
        assertTrue(bad.getMessage().contains("facts.sex"), bad.getMessage());
        assertEquals("أن تكون المقيمة داخل البلاد",
                RenewalText.condition(EligibilityCondition.IN_COUNTRY, AR, Sex.FEMALE));
        assertEquals("أن يكون المقيم داخل البلاد", RenewalText.condition(EligibilityCondition.IN_COUNTRY, AR));
    }

    @Test
    void theDocumentsHolderGivesTheSexWhenTheFactsDoNot() {
        io.residentid.core.model.Person girl = io.residentid.core.model.Person.builder().primaryIdentifier("KUMAR")
                .secondaryIdentifier("PRIYA").sex(Sex.FEMALE).nationality("IND")
                .dateOfBirth(RenewalCalculatorTest.EXPIRY.minusYears(8)).build();
        io.residentid.core.model.IdentityDocument card = io.residentid.core.model.IdentityDocument.builder()
                .type(io.residentid.core.model.DocumentType.OMAN_RESIDENT_CARD).documentNumber("123456789")
                .personalNumber("98765432").dateOfExpiry(RenewalCalculatorTest.EXPIRY).holder(girl).build();
        RenewalAssessment a = RenewalCalculatorTest.CALC.assess(card, ResidentFacts.none(),
                RenewalCalculatorTest.EXPIRY.minusDays(60), null);
        assertEquals("البطاقة مطلوبة من سن 10؛ وعمر صاحبتها 7 سنوات.", note(a, RenewalNoteCode.CARD_NOT_REQUIRED_YET));
    }
}
