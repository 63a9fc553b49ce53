package io.residentid.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    private static JsonFormatException refused(String json) {
        return assertThrows(JsonFormatException.class, () -> StrictJson.parse(json));
    }

    @Test
    void readsOneWellFormedDocumentWithExactNumbers() {
        JsonNode node = StrictJson.parse("{\"a\":1,\"b\":[true,null,\"x\"],\"c\":12.50,\"d\":9007199254740993}");
        assertEquals(1, node.get("a").intValue());
        assertEquals(new BigDecimal("12.50"), node.get("c").decimalValue());
        assertEquals(9007199254740993L, node.get("d").longValue());
    }

    @Test
    void refusesDuplicateKeysNamingTheObjectAndTheKey() {
        JsonFormatException e = refused("{\"outer\":{\"kid\":1,\"kid\":2}}");
        assertEquals(JsonCode.JSON_DUPLICATE_KEY, e.jsonCode());
        assertEquals("$.outer", e.path().orElseThrow());
        assertTrue(e.getMessage().contains("'kid'"), e.getMessage());
    }

    @Test
    void refusesTinyAndHugeExponentsBeforeAnythingExpandsThem() {
        assertEquals(JsonCode.JSON_NUMBER_OUT_OF_RANGE, refused("{\"amount\":1e-999999999}").jsonCode());
        assertEquals(JsonCode.JSON_NUMBER_OUT_OF_RANGE, refused("{\"amount\":1e99999999900}").jsonCode());
        assertEquals(JsonCode.JSON_NUMBER_OUT_OF_RANGE, refused("[" + "9".repeat(100) + "]").jsonCode());
    }

    @Test
    void refusesTrailingDataCommentsAndNonNumericLiterals() {
        assertEquals(JsonCode.JSON_MALFORMED, refused("{} {}").jsonCode());
        assertEquals(JsonCode.JSON_MALFORMED, refused("{/*x*/}").jsonCode());
        assertEquals(JsonCode.JSON_MALFORMED, refused("[NaN]").jsonCode());
        assertEquals(JsonCode.JSON_MALFORMED, refused("{\"a\":").jsonCode());
        assertEquals(JsonCode.JSON_EMPTY, refused("").jsonCode());
        assertEquals(JsonCode.JSON_EMPTY, assertThrows(JsonFormatException.class,
                () -> StrictJson.parse((byte[]) null)).jsonCode());
    }

    @Test
    void boundsDepthSizeAndValueCount() {
        String deep = "[".repeat(40) + "]".repeat(40);
        assertEquals(JsonCode.JSON_TOO_DEEP, refused(deep).jsonCode());
        byte[] big = ("[\"" + "x".repeat(100) + "\"]").getBytes(StandardCharsets.UTF_8);
        assertEquals(JsonCode.JSON_TOO_LARGE, assertThrows(JsonFormatException.class,
                () -> StrictJson.parse(big, JsonLimits.DEFAULT.withMaxBytes(50))).jsonCode());
        byte[] many = ("[" + "1,".repeat(20) + "1]").getBytes(StandardCharsets.UTF_8);
        assertEquals(JsonCode.JSON_TOO_MANY_VALUES, assertThrows(JsonFormatException.class,
                () -> StrictJson.parse(many, JsonLimits.DEFAULT.withMaxElements(10))).jsonCode());
    }

    @Test
    void objectReaderTakesTypedFieldsAndRefusesUnknownOnesWithTheirPath() {
        JsonObjectReader r = JsonObjectReader.of(StrictJson.parse(
                "{\"kid\":\"k1\",\"seq\":7,\"from\":\"2027-06-30\",\"keys\":[{\"x\":1},{\"x\":2,\"y\":3}]}"));
        assertEquals("k1", r.string("kid"));
        assertEquals(7, r.integer("seq", 0, 10));
        assertEquals(LocalDate.of(2027, 6, 30), r.date("from"));
        JsonFormatException e = assertThrows(JsonFormatException.class, () -> r.objects("keys", k -> {
            long x = k.integer("x", 0, 9);
            k.end();
            return x;
        }));
        assertEquals(JsonCode.JSON_UNKNOWN_FIELD, e.jsonCode());
        assertEquals("$.keys[1].y", e.path().orElseThrow());
        assertFalse(e.message(Locale.forLanguageTag("ar")).isBlank());
    }

    @Test
    void objectReaderReportsMissingWrongTypeAndOutOfRangeFields() {
        JsonObjectReader r = JsonObjectReader.of(StrictJson.parse("{\"n\":\"7\",\"m\":70}"));
        assertEquals(JsonCode.JSON_MISSING_FIELD,
                assertThrows(JsonFormatException.class, () -> r.string("absent")).jsonCode());
        assertEquals(JsonCode.JSON_WRONG_TYPE,
                assertThrows(JsonFormatException.class, () -> r.integer("n", 0, 9)).jsonCode());
        assertEquals(JsonCode.JSON_VALUE_OUT_OF_RANGE,
                assertThrows(JsonFormatException.class, () -> r.integer("m", 0, 9)).jsonCode());
    }

    @Test
    void controlCharactersInKeysNeverReachTheMessage() {
        JsonFormatException e = refused("{\"a\\nFORGED LOG LINE\":1,\"a\\nFORGED LOG LINE\":2}");
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
}
