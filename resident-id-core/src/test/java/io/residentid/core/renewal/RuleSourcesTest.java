package io.residentid.core.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.model.IssuingCountry;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every figure cites a source with a kind and a retrieval date; figures resting on news are flagged. */
class RuleSourcesTest {

    private static final RenewalCalculator CALC = RenewalCalculator.bundled();
    private static final Locale AR = Locale.forLanguageTag("ar");

    /** Rule id to the source id it cites, over every rule of a pack. */
    static Map<String, String> citations(RulePack p) {
        Map<String, String> m = new LinkedHashMap<>();
        p.validityOptions().forEach(r -> m.put(r.id(), r.sourceId()));
        p.addOns().forEach(r -> m.put(r.id(), r.sourceId()));
        p.renewalWindow().ifPresent(r -> m.put(r.id(), r.sourceId()));
        p.recommendedLead().ifPresent(r -> m.put(r.id(), r.sourceId()));
        p.legalDeadline().ifPresent(r -> m.put(r.id(), r.sourceId()));
        p.gracePeriod().ifPresent(r -> m.put(r.id(), r.sourceId()));
        p.lateFines().forEach(r -> m.put(r.id(), r.sourceId()));
        p.replacementFees().forEach(r -> m.put(r.id(), r.sourceId()));
        p.lostReporting().ifPresent(r -> m.put(r.id(), r.sourceId()));
        p.ageRules().forEach(r -> m.put(r.id(), r.sourceId()));
        p.eligibility().forEach(r -> m.put(r.id(), r.sourceId()));
        p.documents().forEach(r -> m.put(r.id(), r.sourceId()));
        p.biometrics().ifPresent(r -> m.put(r.id(), r.sourceId()));
        return m;
    }

    static List<RulePack> bundledPacks() {
        RulePacks packs = RulePacks.bundled();
        List<RulePack> all = new ArrayList<>();
        for (IssuingCountry c : IssuingCountry.values()) {
            all.addAll(packs.versions(c));
        }
        return all;
    }

    @Test
    void everyBundledFigureCitesASourceOfItsPack() throws Exception {
        for (RulePack p : bundledPacks()) {
            Map<String, String> cites = citations(p);
            assertFalse(cites.isEmpty(), p.toString());
            cites.forEach((rule, source) -> assertTrue(p.source(source).isPresent(), rule + " cites " + source));
        }
    }

    @Test
    void everyBundledSourceHasAKindARetrievalDateAndNoBareHomepage() throws Exception {
        for (RulePack p : bundledPacks()) {
            for (RulePack.Source s : p.sources()) {
                assertNotNull(s.kind(), s.id());
                assertEquals(LocalDate.of(2026, 12, 6), s.retrieved(), s.id());
                if (s.official()) {
                    assertNotNull(s.url(), s.id());
                }
                if (s.url() != null) {
                    // A site's front page proves nothing: a cited URL names the page that says it.
                    String path = URI.create(s.url()).getPath();
                    assertTrue(path != null && path.length() > 1, s.id() + " " + s.url());
                }
            }
        }
    }

    @Test
    void bundledFiguresOnUnofficialSourcesAreMarkedLowConfidence() throws Exception {
        for (RulePack p : bundledPacks()) {
            citations(p).forEach((rule, sourceId) -> {
                RulePack.Source s = p.source(sourceId).orElseThrow();
                if (!s.official()) {
                    assertTrue(p.lowConfidence(rule), rule + " rests on " + s.kind().jsonName());
                }
            });
        }
    }

    @Test
    void bahrainFeeRestsOnTheOfficialIgaPage() throws Exception {
        RulePack bh = RulePacks.bundled().versions(IssuingCountry.BAHRAIN).get(0);
        RulePack.Source iga = bh.source("bh-iga-non-bahraini").orElseThrow();
        assertEquals(RulePack.SourceKind.PORTAL, iga.kind());
        assertFalse(bh.lowConfidence("BH-FEE-REPLACE"));
        assertFalse(bh.lowConfidence("BH-WINDOW"));
        assertEquals("bh-iga-non-bahraini", bh.source("bh-iga-news").orElseThrow().corroborates());
    }

    @Test
    void assessmentOnNewsFiguresCarriesLowConfidenceWarnings() throws Exception {
        LocalDate expiry = LocalDate.of(2026, 1, 31);
        RenewalAssessment a = CALC.assess(IssuingCountry.OMAN, expiry, null, LocalDate.of(2026, 6, 1));
        assertEquals(RenewalStatus.OVERDUE, a.status());
        List<RenewalNote> low = a.notes().stream().filter(n -> n.code() == RenewalNoteCode.LOW_CONFIDENCE).toList();
        Set<Object> rules = low.stream().map(n -> n.arguments().get(0)).collect(Collectors.toSet());
        assertTrue(rules.containsAll(Set.of("OM-VALIDITY-1Y", "OM-FINE-LATE", "OM-GRACE", "OM-DEADLINE")), rules.toString());
        assertEquals(rules.size(), low.size(), "one note per figure");
        for (RenewalNote n : low) {
            assertEquals(RenewalNote.Level.WARNING, n.level());
        }
        RenewalNote fine = low.stream().filter(n -> n.arguments().get(0).equals("OM-FINE-LATE")).findFirst().orElseThrow();
        String en = fine.message(Locale.ENGLISH);
        assertTrue(en.contains("OM-FINE-LATE") && en.contains("Muscat Daily") && en.startsWith("Low confidence"), en);
        String ar = fine.message(AR);
        assertTrue(ar.contains("OM-FINE-LATE") && ar.contains("Muscat Daily") && ar.startsWith("ثقة منخفضة"), ar);
    }

    @Test
    void assessmentOnOfficialFiguresCarriesNoLowConfidenceNote() throws Exception {
        RulePack official = RulePack.parse(RulePackTest.pack(
                "{\"id\": \"V1\", \"period\": \"P1Y\", \"amount\": 5, \"default\": true, \"sourceId\": \"s1\"}",
                "{\"id\": \"F1\", \"basis\": \"PER_MONTH_OR_PART\", \"amount\": 5, \"sourceId\": \"s1\"}"));
        RenewalCalculator calc = new RenewalCalculator(RulePacks.builder().add(official).build());
        RenewalAssessment a = calc.assess(IssuingCountry.OMAN, LocalDate.of(2031, 1, 31), null, LocalDate.of(2031, 6, 1));
        assertEquals(RenewalStatus.OVERDUE, a.status());
        assertTrue(a.notes().stream().noneMatch(n -> n.code() == RenewalNoteCode.LOW_CONFIDENCE), a.notes().toString());
    }

    @Test
    void lostCardAssessmentFlagsOnlyTheUnofficialFigures() throws Exception {
        LostCardAssessment om = CALC.assessLost(IssuingCountry.OMAN, RenewalProcess.LOST, LocalDate.of(2026, 5, 1),
                null, LocalDate.of(2026, 5, 3));
        Set<Object> omRules = om.notes().stream().filter(n -> n.code() == RenewalNoteCode.LOW_CONFIDENCE)
                .map(n -> n.arguments().get(0)).collect(Collectors.toSet());
        assertEquals(Set.of("OM-LOST-REPORT", "OM-FEE-REPLACE"), omRules);
        LostCardAssessment bh = CALC.assessLost(IssuingCountry.BAHRAIN, RenewalProcess.LOST, LocalDate.of(2026, 5, 1),
                null, LocalDate.of(2026, 5, 3));
        assertTrue(bh.notes().stream().noneMatch(n -> n.code() == RenewalNoteCode.LOW_CONFIDENCE), bh.notes().toString());
    }

    @Test
    void bahrainRenewalWindowOpensOneMonthBeforeExpiry() throws Exception {
        LocalDate expiry = LocalDate.of(2027, 3, 31);
        assertEquals(RenewalStatus.VALID,
                CALC.assess(IssuingCountry.BAHRAIN, expiry, null, LocalDate.of(2027, 2, 27)).status());
        RenewalAssessment open = CALC.assess(IssuingCountry.BAHRAIN, expiry, null, LocalDate.of(2027, 3, 1));
        assertEquals(RenewalStatus.RENEWAL_OPEN, open.status());
        Set<Object> flagged = open.notes().stream().filter(n -> n.code() == RenewalNoteCode.LOW_CONFIDENCE)
                .map(n -> n.arguments().get(0)).collect(Collectors.toSet());
        assertEquals(Set.of("BH-VALIDITY-5Y"), flagged, "the BD 10 fee is official, its 5-year validity is not");
    }

    @Test
    void schemaExampleParsesWithItsLowConfidenceFine() throws Exception {
        String md;
        try (java.io.InputStream in = RulePacks.class.getResourceAsStream("packs/SCHEMA.md")) {
            md = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        int start = md.indexOf("```json") + "```json".length();
        RulePack example = RulePack.parse(md.substring(start, md.indexOf("```", start)));
        assertTrue(example.lowConfidence("F"));
        assertFalse(example.lowConfidence("V1"));
        assertEquals(RulePack.SourceKind.DECREE, example.source("md-1-2026").orElseThrow().kind());
    }

    // --- reader validation --------------------------------------------------------------------------------------

    private static String withSource(String source, String ruleExtra) {
        return "{\"country\": \"OM\", \"version\": \"9.0\", \"effectiveFrom\": \"2030-01-01\", \"sources\": [" + source
                + "], \"validityOptions\": [{\"id\": \"V1\", \"period\": \"P1Y\", \"amount\": 5, \"sourceId\": \"s1\""
                + ruleExtra + "}]}";
    }

    private static final String NEWS = "{\"id\": \"s1\", \"title\": \"t\", \"publisher\": \"p\", \"kind\": \"news\","
            + " \"retrieved\": \"2026-12-06\"}";

    @Test
    void unknownSourceKindIsRefused() throws Exception {
        RulePackException e = RulePackTest.refused(withSource(
                "{\"id\": \"s1\", \"title\": \"t\", \"publisher\": \"p\", \"kind\": \"blog\", \"retrieved\": \"2026-12-06\"}", ""));
        assertEquals("$.sources[0].kind", e.path().orElseThrow());
        assertTrue(e.getMessage().contains("news"), e.getMessage());
    }

    @Test
    void sourceWithoutKindOrRetrievalDateIsRefused() throws Exception {
        assertEquals("$.sources[0].kind", RulePackTest.refused(withSource(
                "{\"id\": \"s1\", \"title\": \"t\", \"publisher\": \"p\", \"retrieved\": \"2026-12-06\"}", "")).path().orElseThrow());
        assertEquals("$.sources[0].retrieved", RulePackTest.refused(withSource(
                "{\"id\": \"s1\", \"title\": \"t\", \"publisher\": \"p\", \"kind\": \"news\"}", "")).path().orElseThrow());
        assertEquals("$.sources[0].retrieved", RulePackTest.refused(withSource(
                "{\"id\": \"s1\", \"title\": \"t\", \"publisher\": \"p\", \"kind\": \"news\", \"retrieved\": \"2026-13-01\"}",
                "")).path().orElseThrow());
    }

    @Test
    void newsMayNotBeTheOnlySourceOfAFigureUnlessItIsMarkedLowConfidence() throws Exception {
        RulePackException e = RulePackTest.refused(withSource(NEWS, ""));
        assertEquals("$.validityOptions[0].sourceId", e.path().orElseThrow());
        assertTrue(e.getMessage().contains("confidence"), e.getMessage());
        RulePack ok = RulePack.parse(withSource(NEWS, ", \"confidence\": \"LOW\""));
        assertTrue(ok.lowConfidence("V1"));
        assertEquals(Set.of("V1"), ok.lowConfidenceRules());
        assertEquals("$.validityOptions[0].confidence",
                RulePackTest.refused(withSource(NEWS, ", \"confidence\": \"HIGH\"")).path().orElseThrow());
    }

    @Test
    void officialSourceNeedsAUrl() throws Exception {
        assertEquals("$.sources[0].url", RulePackTest.refused(withSource(
                "{\"id\": \"s1\", \"title\": \"t\", \"publisher\": \"p\", \"kind\": \"gazette\", \"retrieved\": \"2026-12-06\"}",
                "")).path().orElseThrow());
    }

    @Test
    void corroborationBacksAnOfficialSourceOnly() throws Exception {
        String official = "{\"id\": \"s1\", \"title\": \"t\", \"publisher\": \"p\", \"kind\": \"police\","
                + " \"url\": \"https://example.org/x\", \"retrieved\": \"2026-12-06\"}";
        String backing = "{\"id\": \"n1\", \"title\": \"t\", \"publisher\": \"p\", \"kind\": \"news\","
                + " \"retrieved\": \"2026-12-06\", \"corroborates\": \"%s\"}";
        RulePack ok = RulePack.parse(withSource(official + "," + String.format(backing, "s1"), ""));
        assertEquals("s1", ok.source("n1").orElseThrow().corroborates());
        assertFalse(ok.lowConfidence("V1"));
        assertEquals("$.sources[1].corroborates",
                RulePackTest.refused(withSource(official + "," + String.format(backing, "nope"), "")).path().orElseThrow());
        String news2 = "{\"id\": \"n2\", \"title\": \"t\", \"publisher\": \"p\", \"kind\": \"guide\", \"retrieved\": \"2026-12-06\"}";
        assertEquals("$.sources[1].corroborates", RulePackTest.refused(
                withSource(official + "," + String.format(backing, "n2") + "," + news2, "")).path().orElseThrow());
        String selfOfficial = "{\"id\": \"s1\", \"title\": \"t\", \"publisher\": \"p\", \"kind\": \"decree\","
                + " \"url\": \"https://example.org/x\", \"retrieved\": \"2026-12-06\", \"corroborates\": \"s1\"}";
        assertEquals("$.sources[0].corroborates", RulePackTest.refused(withSource(selfOfficial, "")).path().orElseThrow());
    }
}
