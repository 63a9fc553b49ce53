package io.residentid.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private final Messages messages = Messages.forPackageOf(MessagesTest.class);

    @Test
    void apostrophesReadTheSameWithAndWithoutArguments() {
        assertEquals("the card's data", messages.get("plain"));
        assertEquals("the card's data", messages.get("escaped"));
        assertEquals("the card's number 7", messages.get("withArgument", 7));
    }

    @Test
    void arabicTextComesFromTheArabicBundle() {
        // MessageFormat writes numbers with Arabic-Indic digits in Arabic.
        assertEquals("رقم البطاقة 7", messages.get(new Locale("ar"), "withArgument", 7));
        assertEquals("رقم البطاقة ٧", messages.get(Locale.forLanguageTag("ar-u-nu-arab"), "withArgument", 7));
    }

    @Test
    void aSentenceAboutTheHolderAgreesWithTheirSexAndIsNeutralWhenItIsUnknown() {
        Locale ar = new Locale("ar");
        assertEquals("انتهت إقامتها", messages.get(ar, "holderExpired", "F"));
        assertEquals("انتهت إقامته", messages.get(ar, "holderExpired", io.residentid.core.model.Sex.MALE));
        assertEquals("انتهت الإقامة", messages.get(ar, "holderExpired", "X"));
        assertEquals("انتهت الإقامة", messages.get(ar, "holderExpired"));
        assertEquals("the residence expired", messages.get("holderExpired", "F"));
    }

    @Test
    void hexPassedVerbatimKeepsItsDigitsWhenTheRestTurnsArabicIndic() {
        Locale arab = Locale.forLanguageTag("ar-u-nu-arab");
        assertEquals("رقم البطاقة 00200081", messages.get(arab, "withArgument", DigitPolicy.verbatim("00200081")));
        assertEquals("رقم البطاقة ٧", messages.get(arab, "withArgument", 7));
        assertEquals("رقم البطاقة 9000", messages.get(new Locale("ar"), "withArgument", DigitPolicy.verbatim("9000")));
        assertEquals("the card's number 9000", messages.get("withArgument", DigitPolicy.verbatim("9000")));
    }

    @Test
    void aMissingKeyFallsBackToTheKeyItself() {
        assertEquals("NO_SUCH_CODE", messages.get("NO_SUCH_CODE"));
    }
}
