package io.residentid.kyc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.report.Finding;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Arabic findings about the holder agree with the holder's sex as the evidence gives it (issue 12). */
class KycHolderAgreementTest {

    private static final Locale AR = Locale.forLanguageTag("ar");

    @Test
    void ageFindingsSpeakOfAFemaleHolderInTheFeminine() {
        assertEquals("عمر حاملة الوثيقة 18 سنة على الأقل", KycCode.AGE_CONFIRMED.message(AR, 18, "F"));
        assertEquals("عمر حامل الوثيقة 18 سنة على الأقل", KycCode.AGE_CONFIRMED.message(AR, 18, "M"));
        assertEquals("عمر حامل الوثيقة 18 سنة على الأقل", KycCode.AGE_CONFIRMED.message(AR, 18));
        assertEquals("عمر حاملة الوثيقة أقل من 21 سنة", KycCode.UNDERAGE.message(AR, 21, "F"));
        assertEquals("The holder is at least 18 years old", KycCode.AGE_CONFIRMED.message(Locale.ENGLISH, 18, "F"));
    }

    @Test
    void holderAuthenticationSentencesAgreeOrStayNeutral() {
        assertTrue(KycCode.HOLDER_AUTHENTICATED.message(AR, "CN=x", "F").startsWith("وقّعت حاملة البطاقة"));
        assertTrue(KycCode.HOLDER_AUTHENTICATED.message(AR, "CN=x", "M").startsWith("وقّع حامل البطاقة"));
        assertTrue(KycCode.HOLDER_AUTHENTICATED.message(AR, "CN=x", "X").startsWith("وُقِّع تحدي البنك"));
        assertTrue(KycCode.HOLDER_SIGNATURE_INVALID.message(AR).endsWith("بشهادة البطاقة"));
        assertTrue(KycCode.HOLDER_SIGNATURE_INVALID.message(AR, "F").contains("حاملة البطاقة"));
    }

    @Test
    void theAgeFindingCarriesTheSexFromTheChip() {
        KycReport r = KycVerifier.builder().trust(KycFixtures.trust(KycFixtures.demoCard())).build()
                .verify(KycEvidence.builder().chip(KycFixtures.demoEvidence()).build());
        Finding age = r.findings().stream().filter(f -> f.code().equals("AGE_CONFIRMED")).findFirst().orElseThrow();
        assertEquals("M", age.arguments().get(1), "the demo card's DG1 says M");
        assertTrue(age.message(AR).startsWith("عمر حامل الوثيقة"), age.message(AR));
    }

    @Test
    void sourceAndFieldNamesReadInArabicWhileCodesStay() {
        assertEquals("الاسم في DG1 يطابق الاسم في البيانات المُصرَّح بها (الدرجة 1)",
                KycCode.NAME_MATCH.message(AR, "DG1", "declared", "1"));
        assertEquals("قيمة تاريخ الميلاد في OCR MRZ تختلف عنها في البيانات المُصرَّح بها",
                KycCode.FIELD_MISMATCH.message(AR, "dateOfBirth", "OCR MRZ", "declared"));
        assertEquals("قيمة الحقل address متطابقة في المصادر: DG1, QR",
                KycCode.FIELD_CONSISTENT.message(AR, "address", "DG1, QR"));
        assertEquals("The name of DG1 matches the name of declared (score 1)",
                KycCode.NAME_MATCH.message(Locale.ENGLISH, "DG1", "declared", "1"));
    }
}
