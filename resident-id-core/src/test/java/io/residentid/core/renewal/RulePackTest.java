package io.residentid.core.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.model.IssuingCountry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulePackTest {

    static final String MINIMAL = """
            {"country": "OM", "version": "9.0", "effectiveFrom": "2030-01-01",
             "sources": [{"id": "s1", "title": "Decision", "publisher": "ROP", "kind": "decree",
                          "url": "https://example.org/decision", "retrieved": "2026-12-06"}],
             "validityOptions": [ %s ],
             "lateFines": [ %s ]}
            """;

    static String pack(String options, String fines) {
        return String.format(MINIMAL, options, fines);
    }

    static RulePackException refused(String json) {
        return assertThrows(RulePackException.class, () -> RulePack.parse(json));
    }

    @Test
    void bundledPacksCoverTheSixCountriesAndCiteKnownSources() {
        RulePacks packs = RulePacks.bundled();
        for (IssuingCountry c : IssuingCountry.values()) {
            RulePack pack = packs.inForce(c, LocalDate.of(2026, 11, 22)).orElseThrow();
            assertEquals(c, pack.country());
            pack.validityOptions().forEach(o -> assertTrue(pack.source(o.sourceId()).isPresent()));
            pack.lateFines().forEach(o -> assertTrue(pack.source(o.sourceId()).isPresent()));
        }
    }

    @Test
    void bundledAmountsAreAtTheCurrencyScale() {
        RulePack om = RulePacks.bundled().versions(IssuingCountry.OMAN).get(0);
        assertEquals("5.000", om.validityOptions().get(0).amount().toPlainString());
        RulePack qa = RulePacks.bundled().versions(IssuingCountry.QATAR).get(0);
        assertEquals("500.00", qa.validityOptions().get(0).amount().toPlainString());
    }

    @Test
    void minimalPackLoadsFromAStream() throws Exception {
        String json = pack("{\"id\": \"V1\", \"period\": \"P1Y\", \"amount\": 5.5, \"sourceId\": \"s1\"}", "");
        RulePack p = RulePack.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals("5.500", p.validityOptions().get(0).amount().toPlainString());
        assertEquals(IssuingCountry.OMAN, p.country());
    }

    @Test
    void misScaledAmountIsLocated() {
        RulePackException e = refused(pack(
                "{\"id\": \"V1\", \"period\": \"P1Y\", \"amount\": \"5.0001\", \"sourceId\": \"s1\"}", ""));
        assertEquals("$.validityOptions[0].amount", e.path().orElseThrow());
        assertTrue(e.getMessage().contains("scale 4 exceeds OMR's 3"), e.getMessage());
    }

    @Test
    void misScaledNumberIsLocatedToo() {
        RulePackException e = refused(pack(
                "{\"id\": \"V1\", \"period\": \"P1Y\", \"amount\": 5.0001, \"sourceId\": \"s1\"}", ""));
        assertEquals("$.validityOptions[0].amount", e.path().orElseThrow());
    }

    @Test
    void negativeAmountIsRefused() {
        RulePackException e = refused(pack("",
                "{\"id\": \"F1\", \"basis\": \"PER_DAY\", \"amount\": -1, \"sourceId\": \"s1\"}"));
        assertEquals("$.lateFines[0].amount", e.path().orElseThrow());
        assertTrue(e.getMessage().contains("negative"));
    }

    @Test
    void unknownFieldIsRefused() {
        RulePackException e = refused(pack(
                "{\"id\": \"V1\", \"period\": \"P1Y\", \"amount\": 5, \"sourceId\": \"s1\", \"fee\": 3}", ""));
        assertEquals("$.validityOptions[0].fee", e.path().orElseThrow());
        assertTrue(e.getMessage().contains("unknown field"));
    }

    @Test
    void unknownSourceIsRefused() {
        RulePackException e = refused(pack(
                "{\"id\": \"V1\", \"period\": \"P1Y\", \"amount\": 5, \"sourceId\": \"nope\"}", ""));
        assertEquals("$.validityOptions[0].sourceId", e.path().orElseThrow());
    }

    @Test
    void missingSourceIdIsRefused() {
        RulePackException e = refused(pack("{\"id\": \"V1\", \"period\": \"P1Y\", \"amount\": 5}", ""));
        assertEquals("$.validityOptions[0].sourceId", e.path().orElseThrow());
        assertTrue(e.getMessage().contains("required"));
    }

    @Test
    void overlappingDurationsAreRefused() {
        RulePackException e = refused(pack(
                "{\"id\": \"V1\", \"period\": \"P1Y\", \"amount\": 5, \"sourceId\": \"s1\"},"
                        + "{\"id\": \"V2\", \"period\": \"P12M\", \"amount\": 6, \"sourceId\": \"s1\"}", ""));
        assertEquals("$.validityOptions[1].period", e.path().orElseThrow());
        assertTrue(e.getMessage().contains("overlaps $.validityOptions[0]"), e.getMessage());
    }

    @Test
    void overlappingTiersAreRefused() {
        RulePackException e = refused(pack("", "{\"id\": \"F1\", \"basis\": \"PER_OFFENCE\", \"sourceId\": \"s1\","
                + "\"tiers\": [{\"fromOffence\": 1, \"toOffence\": 2, \"amount\": 1},"
                + "{\"fromOffence\": 2, \"amount\": 2}]}"));
        assertEquals("$.lateFines[0].tiers[1].fromOffence", e.path().orElseThrow());
    }

    @Test
    void openEndedTierMustBeLast() {
        RulePackException e = refused(pack("", "{\"id\": \"F1\", \"basis\": \"PER_OFFENCE\", \"sourceId\": \"s1\","
                + "\"tiers\": [{\"fromOffence\": 1, \"amount\": 1}, {\"fromOffence\": 3, \"amount\": 2}]}"));
        assertEquals("$.lateFines[0].tiers[1].fromOffence", e.path().orElseThrow());
    }

    @Test
    void duplicateRuleIdsAreRefused() {
        RulePackException e = refused(pack("{\"id\": \"X\", \"period\": \"P1Y\", \"amount\": 5, \"sourceId\": \"s1\"}",
                "{\"id\": \"X\", \"basis\": \"PER_DAY\", \"amount\": 1, \"sourceId\": \"s1\"}"));
        assertEquals("$.lateFines[0].id", e.path().orElseThrow());
    }

    @Test
    void badJsonNamesLineAndColumn() {
        RulePackException e = refused("{\"country\": \"OM\",\n \"version\": }");
        assertEquals("$", e.path().orElseThrow());
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void duplicateKeysAreRefused() {
        RulePackException e = refused("{\"country\": \"OM\", \"country\": \"SA\"}");
        assertTrue(e.getMessage().contains("not valid JSON"));
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        RulePackException e = refused("{\"country\": \"OM\", \"description\": " + deep + "}");
        assertEquals("$", e.path().orElseThrow());
    }

    @Test
    void hugeInputIsRefused() {
        String big = "{\"description\": \"" + "x".repeat(RulePack.MAX_BYTES) + "\"}";
        RulePackException e = refused(big);
        assertTrue(e.getMessage().contains("larger than"));
    }

    @Test
    void longArraysAreRefused() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"id\": \"s").append(i).append("\", \"title\": \"t\", \"publisher\": \"p\"}");
        }
        RulePackException e = refused("{\"country\": \"OM\", \"version\": \"1\", \"effectiveFrom\": \"2020-01-01\","
                + "\"sources\": [" + sb + "]}");
        assertEquals("$.sources", e.path().orElseThrow());
    }

    @Test
    void versionInForceIsPickedByDate() throws Exception {
        RulePack v9 = RulePack.parse(pack("{\"id\": \"V1\", \"period\": \"P1Y\", \"amount\": 7, \"sourceId\": \"s1\"}", ""));
        RulePacks packs = RulePacks.builder().addBundled().add(v9).build();
        assertEquals("2025.1", packs.inForce(IssuingCountry.OMAN, LocalDate.of(2029, 12, 31)).orElseThrow().version());
        assertEquals("9.0", packs.inForce(IssuingCountry.OMAN, LocalDate.of(2030, 1, 1)).orElseThrow().version());
        assertEquals(List.of("9.0", "2025.1"), packs.versions(IssuingCountry.OMAN).stream().map(RulePack::version).toList());
    }
}
