package io.residentid.kyc;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeclaredDataProperties {

    @Property(tries = 300)
    void anyInputParsesOrFailsWithTheDocumentedCode(@ForAll("jsonish") String json) {
        try {
            DeclaredData.parse(json.getBytes(StandardCharsets.UTF_8));
        } catch (KycException e) {
            assertEquals("DECLARED_DATA_MALFORMED", e.code());
        }
    }

    @Provide
    Arbitrary<String> jsonish() {
        Arbitrary<String> fields = Arbitraries.of("name", "nameArabic", "dateOfBirth", "nationality", "sex",
                "documentNumber", "idNumber", "address", "role", "__proto__");
        Arbitrary<String> values = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(30).map(s -> "\""
                + s.replace("\\", "").replace("\"", "") + "\""), Arbitraries.of("1", "-1e999", "null", "[]", "{}",
                "\"1988-02-30\"", "\"0001-01-01\"", "\"M\"", "\"IND\"", "true", "99999999999999999999"));
        Arbitrary<String> members = net.jqwik.api.Combinators.combine(fields, values).as((f, v) -> "\"" + f + "\":" + v);
        return Arbitraries.oneOf(members.list().ofMaxSize(6).map(l -> "{" + String.join(",", l) + "}"),
                Arbitraries.strings().ofMaxLength(60));
    }

    @Property(tries = 100)
    void validDataRoundTrips(@ForAll("dates") LocalDate birth, @ForAll("sexes") String sex) {
        DeclaredData d = new DeclaredData("Ravi Kumar", "رافي كومار", birth, "IND", sex, "RC1234567", "123456782",
                "Muscat");
        assertEquals(d, DeclaredData.parse(d.toJson()));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2030, 1, 1)
                .toEpochDay()).map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<String> sexes() {
        return Arbitraries.of("M", "F", "X");
    }

    @Example
    void unknownMembersAndAbsurdValuesAreRejectedWithTheirPath() {
        KycException unknown = assertThrows(KycException.class, () -> DeclaredData.parse(
                "{\"name\":\"A\",\"income\":1}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("$.income", unknown.path().orElseThrow());
        KycException old = assertThrows(KycException.class, () -> DeclaredData.parse(
                "{\"dateOfBirth\":\"1066-10-14\"}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("$.dateOfBirth", old.path().orElseThrow());
        assertThrows(KycException.class, () -> DeclaredData.parse("{\"sex\":\"male\"}".getBytes(StandardCharsets.UTF_8)));
        assertThrows(KycException.class, () -> DeclaredData.parse("{\"name\":\"a\",\"name\":\"b\"}"
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Example
    void toStringMasksEverything() {
        String s = KycFixtures.declaredArabic().toString();
        assertTrue(!s.contains("رافي") && !s.contains("RC1234567") && !s.contains("1988"), s);
    }
}
