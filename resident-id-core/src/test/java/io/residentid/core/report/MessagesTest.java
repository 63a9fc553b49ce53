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
    void aMissingKeyFallsBackToTheKeyItself() {
        assertEquals("NO_SUCH_CODE", messages.get("NO_SUCH_CODE"));
    }
}
