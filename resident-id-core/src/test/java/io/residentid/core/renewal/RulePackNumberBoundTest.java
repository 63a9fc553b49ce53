package io.residentid.core.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Issue 11 item 14: numbers whose scale or precision would cost gigabytes once formatted are refused first. */
class RulePackNumberBoundTest {

    private static RulePackException refusedQuickly(String json) {
        return assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(RulePackException.class, () -> RulePack.parse(json)));
    }

    @Test
    void tinyExponentAmountIsRefusedFastWithACode() {
        RulePackException e = refusedQuickly(RulePackTest.pack(
                "{\"id\": \"V1\", \"period\": \"P1Y\", \"amount\": 1e-999999999, \"sourceId\": \"s1\"}", ""));
        assertEquals(RulePackException.NUMBER_OUT_OF_RANGE, e.code());
        assertEquals("$.validityOptions[0].amount", e.path().orElseThrow());
        assertTrue(e.getMessage().length() < 200, e.getMessage());
    }

    @Test
    void hugeExponentAmountIsRefusedFastWithACode() {
        RulePackException e = refusedQuickly(RulePackTest.pack(
                "{\"id\": \"V1\", \"period\": \"P1Y\", \"amount\": 1e999999999, \"sourceId\": \"s1\"}", ""));
        assertEquals(RulePackException.NUMBER_OUT_OF_RANGE, e.code());
    }

    @Test
    void hugeExponentInAnUnknownFieldIsRefusedBeforeTheFieldIsLookedAt() {
        RulePackException e = refusedQuickly(RulePackTest.pack(
                "{\"id\": \"V1\", \"period\": \"P1Y\", \"amount\": 5, \"sourceId\": \"s1\", \"x\": 9E-2147483647}",
                ""));
        assertEquals(RulePackException.NUMBER_OUT_OF_RANGE, e.code());
        assertEquals("$.validityOptions[0].x", e.path().orElseThrow());
    }

    @Test
    void exponentBeyondAnIntIsRefusedWithACode() {
        RulePackException e = refusedQuickly(RulePackTest.pack(
                "{\"id\": \"V1\", \"period\": \"P1Y\", \"amount\": 1E+21474836471, \"sourceId\": \"s1\"}", ""));
        assertEquals(RulePackException.NUMBER_OUT_OF_RANGE, e.code());
    }

    @Test
    void ordinaryProblemsKeepTheGeneralCode() {
        RulePackException e = refusedQuickly(RulePackTest.pack(
                "{\"id\": \"V1\", \"period\": \"P1Y\", \"amount\": -1, \"sourceId\": \"s1\"}", ""));
        assertEquals(RulePackException.RULE_PACK_INVALID, e.code());
    }

    @Test
    void ordinaryAmountsStillLoad() throws Exception {
        RulePack p = RulePack.parse(RulePackTest.pack(
                "{\"id\": \"V1\", \"period\": \"P1Y\", \"amount\": 5.5e0, \"sourceId\": \"s1\"}", ""));
        assertEquals("5.500", p.validityOptions().get(0).amount().toPlainString());
    }
}
