package io.residentid.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonObjectReaderTest {

    enum Colour { RED, GREEN, BLUE }

    private static JsonObjectReader read(String json) {
        return JsonObjectReader.of(StrictJson.parse(json));
    }

    private static JsonFormatException refused(JsonCode code, String path, Runnable read) {
        JsonFormatException e = assertThrows(JsonFormatException.class, read::run);
        assertEquals(code, e.jsonCode(), e.getMessage());
        assertEquals(path, e.path().orElseThrow());
        return e;
    }

    @Test
    void allowOnlyRefusesAnUnknownPropertyBeforeAnyValueIsRead() {
        refused(JsonCode.JSON_UNKNOWN_FIELD, "$.extra",
                () -> read("{\"a\": 1, \"extra\": true}").allowOnly("a", "b"));
        JsonObjectReader ok = read("{\"a\": 1}").allowOnly("a", "b");
        ok.end(); // allowed names count as taken, so end() has nothing to refuse
    }

    @Test
    void boundedTextRefusesBlankAndOverlongValues() {
        assertEquals("hi", read("{\"t\": \"hi\"}").text("t", 2));
        refused(JsonCode.JSON_WRONG_TYPE, "$.t", () -> read("{\"t\": \"  \"}").text("t", 5));
        JsonFormatException e = refused(JsonCode.JSON_VALUE_OUT_OF_RANGE, "$.t",
                () -> read("{\"t\": \"abc\"}").text("t", 2));
        assertEquals("at most 2 characters", e.detail());
        refused(JsonCode.JSON_MISSING_FIELD, "$.t", () -> read("{}").text("t", 2));
    }

    @Test
    void decimalOrTextKeepsTheWrittenScale() {
        assertEquals(new BigDecimal("20.00"), read("{\"d\": \"20.00\"}").optDecimalOrText("d").orElseThrow());
        assertEquals(new BigDecimal("5.5"), read("{\"d\": 5.5}").optDecimalOrText("d").orElseThrow());
        refused(JsonCode.JSON_WRONG_TYPE, "$.d", () -> read("{\"d\": \"1e9\"}").optDecimalOrText("d"));
        refused(JsonCode.JSON_WRONG_TYPE, "$.d", () -> read("{\"d\": true}").optDecimalOrText("d"));
    }

    @Test
    void boundedDecimalChecksRangeAndScale() {
        BigDecimal hundred = BigDecimal.valueOf(100);
        assertEquals(new BigDecimal("12.50"),
                read("{\"p\": 12.50}").optDecimal("p", BigDecimal.ZERO, hundred, 2).orElseThrow());
        refused(JsonCode.JSON_VALUE_OUT_OF_RANGE, "$.p",
                () -> read("{\"p\": 100.01}").optDecimal("p", BigDecimal.ZERO, hundred, 2));
        refused(JsonCode.JSON_VALUE_OUT_OF_RANGE, "$.p",
                () -> read("{\"p\": 1.125}").optDecimal("p", BigDecimal.ZERO, hundred, 2));
    }

    @Test
    void objectArraysAreBoundedAndCarryElementPaths() {
        List<JsonObjectReader> items = read("{\"a\": [{\"x\": 1}, {\"x\": 2}]}").objectArray("a", 2);
        assertEquals("$.a[1]", items.get(1).path());
        refused(JsonCode.JSON_VALUE_OUT_OF_RANGE, "$.a",
                () -> read("{\"a\": [{}, {}, {}]}").objectArray("a", 2));
        refused(JsonCode.JSON_WRONG_TYPE, "$.a[1]", () -> read("{\"a\": [{}, 3]}").objectArray("a", 5));
        assertEquals(List.of(), read("{}").optObjectArray("a", 2).orElse(List.of()));
    }

    @Test
    void enumSetsRefuseEmptyUnknownAndRepeatedNames() {
        assertEquals(Set.of(Colour.RED, Colour.BLUE),
                read("{\"c\": [\"BLUE\", \"RED\"]}").enumSet("c", Colour.class));
        refused(JsonCode.JSON_VALUE_OUT_OF_RANGE, "$.c", () -> read("{\"c\": []}").enumSet("c", Colour.class));
        refused(JsonCode.JSON_WRONG_TYPE, "$.c[1]",
                () -> read("{\"c\": [\"RED\", \"PINK\"]}").enumSet("c", Colour.class));
        refused(JsonCode.JSON_VALUE_OUT_OF_RANGE, "$.c[1]",
                () -> read("{\"c\": [\"RED\", \"RED\"]}").enumSet("c", Colour.class));
    }

    @Test
    void boundedStringArraysCheckCountAndEachElement() {
        assertEquals(List.of("A", "B"), read("{\"s\": [\"A\", \"B\"]}").strings("s", 2, 1));
        refused(JsonCode.JSON_VALUE_OUT_OF_RANGE, "$.s", () -> read("{\"s\": [\"A\", \"B\"]}").strings("s", 1, 1));
        refused(JsonCode.JSON_VALUE_OUT_OF_RANGE, "$.s[0]", () -> read("{\"s\": [\"AB\"]}").strings("s", 2, 1));
        refused(JsonCode.JSON_WRONG_TYPE, "$.s[0]", () -> read("{\"s\": [\" \"]}").strings("s", 2, 1));
    }

    @Test
    void requiredInstantIsReadOrRefused() {
        assertEquals(Instant.parse("2026-12-06T10:15:30Z"),
                read("{\"at\": \"2026-12-06T10:15:30Z\"}").instant("at"));
        refused(JsonCode.JSON_MISSING_FIELD, "$.at", () -> read("{}").instant("at"));
        refused(JsonCode.JSON_WRONG_TYPE, "$.at", () -> read("{\"at\": \"yesterday\"}").instant("at"));
    }

    @Test
    void syntaxErrorsOnBytesCarryTheByteOffset() {
        JsonFormatException e = assertThrows(JsonFormatException.class,
                () -> StrictJson.parse("{\"a\": 1,\n \"b\": }".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(JsonCode.JSON_MALFORMED, e.jsonCode());
        assertEquals(true, e.offset().isPresent());
    }
}
