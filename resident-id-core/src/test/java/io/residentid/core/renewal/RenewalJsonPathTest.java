package io.residentid.core.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.json.JsonCode;
import io.residentid.core.json.JsonFormatException;
import org.junit.jupiter.api.Test;

/** Facts and applications are read by the shared JSON layer: every refusal names its JSON path. */
class RenewalJsonPathTest {

    private static JsonFormatException cause(IllegalArgumentException e) {
        return assertInstanceOfJson(e.getCause());
    }

    private static JsonFormatException assertInstanceOfJson(Throwable t) {
        assertTrue(t instanceof JsonFormatException, String.valueOf(t));
        return (JsonFormatException) t;
    }

    @Test
    void factsRefuseAnUnknownPropertyWithItsPath() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ResidentFacts.parse("{\"inCountry\": true, \"favouriteColour\": \"red\"}"));
        assertTrue(e.getMessage().startsWith("facts.favouriteColour: "), e.getMessage());
        assertTrue(e.getMessage().contains("$.favouriteColour"), e.getMessage());
        assertEquals(JsonCode.JSON_UNKNOWN_FIELD, cause(e).jsonCode());
    }

    @Test
    void factsRefuseDuplicateKeys() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ResidentFacts.parse("{\"inCountry\": true, \"inCountry\": false}"));
        assertEquals(JsonCode.JSON_DUPLICATE_KEY, cause(e).jsonCode());
        assertTrue(e.getMessage().contains("'inCountry'"), e.getMessage());
    }

    @Test
    void factsRefuseWrongTypesAndRangesWithThePath() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ResidentFacts.parse("{\"priorOffences\": 100}"));
        assertEquals("$.priorOffences", cause(e).path().orElseThrow());
        e = assertThrows(IllegalArgumentException.class, () -> ResidentFacts.parse("{\"sponsorCategory\": \"family\"}"));
        assertEquals("$.sponsorCategory", cause(e).path().orElseThrow());
        e = assertThrows(IllegalArgumentException.class, () -> ResidentFacts.parse("{\"dateOfBirth\": \"1990-13-01\"}"));
        assertEquals("$.dateOfBirth", cause(e).path().orElseThrow());
    }

    @Test
    void factsStillReadEveryProperty() {
        ResidentFacts f = ResidentFacts.parse("{\"inCountry\": true, \"priorOffences\": 2, \"sponsorCategory\": "
                + "\"FAMILY\", \"dateOfBirth\": \"1990-01-31\", \"recentPhoto\": null}");
        assertEquals(Boolean.TRUE, f.inCountry().orElseThrow());
        assertEquals(2, f.priorOffences().orElseThrow());
        assertEquals("FAMILY", f.sponsorCategory().orElseThrow());
    }

    @Test
    void applicationRefusesAnUnknownPropertyInsideTheHistoryWithItsPath() {
        String json = RenewalApplicationTest.omanDraft().toJson().replace("\"actor\":", "\"who\":\"x\",\"actor\":");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RenewalApplication.parse(json));
        assertTrue(e.getMessage().startsWith("application.history[0].who: "), e.getMessage());
        assertEquals("$.history[0].who", cause(e).path().orElseThrow());
    }

    @Test
    void applicationRefusesDuplicateKeys() {
        String json = RenewalApplicationTest.omanDraft().toJson().replace("\"feesPaid\":false",
                "\"feesPaid\":false,\"feesPaid\":true");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RenewalApplication.parse(json));
        assertEquals(JsonCode.JSON_DUPLICATE_KEY, cause(e).jsonCode());
    }

    @Test
    void applicationRefusesAHistoryThatDoesNotEndInTheState() {
        String json = RenewalApplicationTest.omanDraft().payFees("holder", RenewalApplicationTest.T0).toJson()
                .replace("\"state\":\"FEES_PAID\"", "\"state\":\"DRAFT\"");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RenewalApplication.parse(json));
        assertEquals("$.state", cause(e).path().orElseThrow());
    }
}
