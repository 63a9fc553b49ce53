package io.residentid.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.residentid.core.id.IdNumbers;
import io.residentid.core.id.IdValidationResult;
import io.residentid.core.model.Bytes;
import io.residentid.core.model.IssuingCountry;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ResultJsonModuleTest {

    private static JsonNode tree(Object value) throws Exception {
        return ResidentIdJson.mapper().readTree(ResidentIdJson.mapper().writeValueAsString(value));
    }

    @Test
    void anIdResultHasVerdictFindingsAndAMaskedNumber() throws Exception {
        IdValidationResult r = IdNumbers.validate(IssuingCountry.SAUDI_ARABIA, "2123456780");
        JsonNode json = tree(r);
        assertEquals("SA", json.get("country").asText());
        assertEquals(r.verdict().name(), json.get("verdict").asText());
        assertFalse(json.get("input").asText().contains("2123456780"));
        assertTrue(json.get("findings").isArray());
        for (JsonNode f : json.get("findings")) {
            assertTrue(f.has("code") && f.has("severity") && f.has("message"), f.toString());
        }
    }

    @Test
    void unmaskedViewAndArabicMessagesAreTheCallersExplicitChoice() throws Exception {
        IdValidationResult r = IdNumbers.validate(IssuingCountry.SAUDI_ARABIA, "2123456781");
        String json = ResidentIdJson.mapper().writer().withAttribute(ResultJsonModule.UNMASKED, true)
                .withAttribute(ResultJsonModule.LOCALE, Locale.forLanguageTag("ar")).writeValueAsString(r);
        assertTrue(json.contains("2123456781"), json);
        JsonNode finding = ResidentIdJson.mapper().readTree(json).get("findings").get(0);
        assertTrue(finding.get("message").asText().chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF), json);
    }

    @Test
    void countriesAreWrittenAsAlpha2AndReadFromAnyCode() throws Exception {
        assertEquals("\"OM\"", ResidentIdJson.mapper().writeValueAsString(IssuingCountry.OMAN));
        assertEquals(IssuingCountry.OMAN, ResidentIdJson.mapper().readValue("\"OMN\"", IssuingCountry.class));
        assertEquals(IssuingCountry.OMAN, ResidentIdJson.mapper().readValue("\"OMAN\"", IssuingCountry.class));
    }

    @Test
    void personalBytesAreNotWrittenUnlessUnmasked() throws Exception {
        assertEquals("null", ResidentIdJson.mapper().writeValueAsString(Bytes.personal(new byte[] {1, 2})));
        assertEquals("\"0102\"", ResidentIdJson.mapper().writeValueAsString(Bytes.of(new byte[] {1, 2})));
    }
}
