package io.residentid.kyc;

import io.residentid.core.report.Severity;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KycPolicyProperties {

    @Provide
    Arbitrary<String> policies() {
        Arbitrary<String> member = Arbitraries.of("\"id\":\"p\"", "\"version\":\"1\"", "\"minimumAge\":18",
                "\"minimumAge\":1e400", "\"minimumAge\":\"18\"", "\"expiryWarningDays\":-1",
                "\"actions\":{\"DOCUMENT_EXPIRED\":\"FAIL\"}", "\"actions\":{\"x\":\"FAIL\"}", "\"actions\":[]",
                "\"actions\":{\"A\":1}", "\"extra\":true", "\"id\":null");
        return Arbitraries.oneOf(member.list().ofMaxSize(6).map(l -> "{" + String.join(",", l) + "}"),
                Arbitraries.strings().ofMaxLength(80));
    }

    @Property(tries = 300)
    void anyInputParsesOrFailsWithTheDocumentedCode(@ForAll("policies") String json) {
        try {
            KycPolicy.parse(json.getBytes(StandardCharsets.UTF_8));
        } catch (KycException e) {
            assertEquals("POLICY_MALFORMED", e.code());
        }
    }

    @Provide
    Arbitrary<Map<String, KycPolicy.Action>> actions() {
        return Arbitraries.maps(Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(20),
                Arbitraries.of(KycPolicy.Action.class)).ofMaxSize(20);
    }

    @Property(tries = 100)
    void policiesRoundTripThroughJson(@ForAll("actions") Map<String, KycPolicy.Action> actions,
            @ForAll("ages") int age) {
        KycPolicy.Builder b = KycPolicy.builder("bank", "3").minimumAge(age);
        actions.forEach(b::action);
        KycPolicy p = b.build();
        KycPolicy back = KycPolicy.parse(p.toJson());
        actions.forEach((code, action) -> assertEquals(action, back.actionFor(code, Severity.INFO)));
        assertEquals(age, back.minimumAge());
    }

    @Provide
    Arbitrary<Integer> ages() {
        return Arbitraries.integers().between(0, 150);
    }

}
