package io.residentid.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The typed getters either return a value within their bounds or refuse with a path inside the object read. */
class JsonObjectReaderProperties {

    enum Kind { A, B, C }

    @Property(tries = 1500)
    void everyGetterReturnsABoundedValueOrRefusesWithAPathInTheObject(@ForAll("values") String value,
                                                                      @ForAll @IntRange(min = 0, max = 3) int bound) {
        String json = "{\"v\": " + value + "}";
        JsonObjectReader r;
        try {
            r = JsonObjectReader.of(StrictJson.parse(json));
        } catch (JsonFormatException e) {
            return; // not a document at all: StrictJson's own properties cover it
        }
        check(() -> assertTrue(r.optText("v", bound + 1).map(t -> !t.isBlank() && t.length() <= bound + 1)
                .orElse(true)));
        check(() -> assertTrue(r.optObjectArray("v", bound).map(a -> a.size() <= bound).orElse(true)));
        check(() -> r.optDecimal("v", BigDecimal.ZERO, BigDecimal.TEN, bound).ifPresent(d -> {
            assertTrue(d.signum() >= 0 && d.compareTo(BigDecimal.TEN) <= 0);
            assertTrue(d.stripTrailingZeros().scale() <= bound);
        }));
        check(() -> r.optDecimalOrText("v"));
        check(() -> assertTrue(r.enumSet("v", Kind.class).size() >= 1));
        check(() -> r.strings("v", bound, 2).forEach(s -> assertTrue(!s.isBlank() && s.length() <= 2)));
        check(() -> r.instant("v"));
    }

    @Property(tries = 500)
    void allowOnlyRefusesExactlyTheNamesOutsideTheList(@ForAll("names") List<String> present,
                                                         @ForAll("names") List<String> allowed) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < present.size(); i++) {
            json.append(i == 0 ? "" : ",").append('"').append(present.get(i)).append("\":").append(i);
        }
        JsonObjectReader r = JsonObjectReader.of(StrictJson.parse(json.append('}').toString()));
        boolean allKnown = allowed.containsAll(present);
        try {
            r.allowOnly(allowed.toArray(new String[0]));
            assertTrue(allKnown);
        } catch (JsonFormatException e) {
            assertEquals(JsonCode.JSON_UNKNOWN_FIELD, e.jsonCode());
            assertTrue(!allKnown);
        }
    }

    private static void check(Runnable getter) {
        try {
            getter.run();
        } catch (JsonFormatException e) {
            assertTrue(e.path().orElseThrow().startsWith("$.v"), e.path().orElseThrow());
        }
    }

    @Provide
    Arbitrary<String> values() {
        Arbitrary<String> scalar = Arbitraries.of("null", "true", "\"\"", "\" \"", "\"ab\"", "\"abc\"", "\"20.00\"",
                "\"-1.5\"", "\"1e9\"", "0", "-1", "3.25", "10.001", "1e3", "1e-60", "\"A\"", "\"B\"", "\"D\"",
                "\"2026-12-06T10:15:30Z\"", "\"2026-13-06T10:15:30Z\"", "{}", "{\"x\":1}");
        return scalar.list().ofMaxSize(4).flatMap(items -> Arbitraries.of(true, false).map(array ->
                array ? "[" + String.join(",", items) + "]" : items.isEmpty() ? "null" : items.get(0)));
    }

    @Provide
    Arbitrary<List<String>> names() {
        return Arbitraries.of("a", "b", "c", "d").list().uniqueElements().ofMaxSize(4);
    }
}
