package io.residentid.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.model.IssuingCountry;
import io.residentid.core.report.Finding;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class IdMessagesTest {

    private static final Locale ARABIC = new Locale("ar");

    @ParameterizedTest
    @EnumSource(IdFindingCode.class)
    void everyCodeHasAnEnglishAndAnArabicMessage(IdFindingCode code) {
        Finding finding = Finding.of(Outcome.MESSAGES, code.name(), code.severity(), "10", "9");
        String english = finding.message(Locale.ENGLISH);
        String arabic = finding.message(ARABIC);
        assertNotEquals(code.name(), english);
        assertFalse(english.contains("{"), english);
        assertNotEquals(english, arabic);
        assertTrue(arabic.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC),
                arabic);
        assertFalse(arabic.contains("{"), arabic);
    }

    @Test
    void argumentsAreFormattedWithoutDigitGrouping() {
        Finding finding = IdTestSupport.validate(IssuingCountry.UNITED_ARAB_EMIRATES, "784-2999-1234567-3")
                .findings().get(0);
        assertEquals("The birth year encoded in the number must lie between 1900 and 2026.",
                finding.message(Locale.ENGLISH));
        assertTrue(finding.message(ARABIC).contains("1900"));
    }
}
