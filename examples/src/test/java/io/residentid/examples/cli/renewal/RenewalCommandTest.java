package io.residentid.examples.cli.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.residentid.core.json.ResidentIdJson;
import io.residentid.examples.cli.CliRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenewalCommandTest {

    @Test
    void assessOmanCardFortyDaysAfterExpiry() throws Exception {
        CliRunner.Result r = CliRunner.run("renewal", "assess", "--country", "OM", "--expiry", "2027-06-30", "--today", "2027-08-09");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = r.json();
        assertEquals("OM", j.get("country").asText());
        assertEquals("2025.1", j.get("packVersion").asText());
        assertEquals("OVERDUE", j.get("status").asText());
        assertEquals("2027-07-31", j.get("keyDates").get("finesStart").asText());
        assertEquals("2027-06-15", j.get("keyDates").get("recommendedRenewBy").asText());
        assertFalse(j.get("keyDates").has("windowOpens"));
        assertEquals("5.000", j.get("fines").get(0).get("amount").asText());
        assertEquals("OM-FINE-LATE", j.get("fines").get(0).get("ruleId").asText());
        assertEquals("om-md-235-2021", j.get("fines").get(0).get("sourceId").asText());
        assertEquals("10.000", j.get("total").get("amount").asText());
        assertEquals("OMR", j.get("total").get("currency").asText());
        assertEquals("UNKNOWN", j.get("eligibility").get(0).get("result").asText());
        assertTrue(j.get("documents").size() > 0);
        assertTrue(j.get("notes").size() > 0);
    }

    @Test
    void assessSaudiHijriExpiryWithOffencesInArabic() throws Exception {
        CliRunner.Result r = CliRunner.run("--lang", "ar", "renewal", "assess", "--country", "SA", "--hijri-expiry", "1447/05/30",
                "--today", "2025-12-01", "--offences", "1");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = r.json();
        assertEquals("1447/05/30", j.get("keyDatesHijri").get("expiry").asText());
        assertEquals("OVERDUE", j.get("status").asText());
        assertEquals("1000.00", j.get("fines").get(0).get("amount").asText());
        assertEquals("منتهية، والغرامات المالية تتراكم", j.get("statusText").asText());
    }

    @Test
    void assessWithFactsAndValidity(@TempDir Path dir) throws Exception {
        Path facts = dir.resolve("facts.json");
        Files.writeString(facts, "{\"sponsorCategory\": \"COMPANY\", \"inCountry\": true}");
        CliRunner.Result r = CliRunner.run("renewal", "assess", "--country", "QA", "--expiry", "2027-06-30", "--today", "2027-05-01",
                "--validity", "P3Y", "--facts", facts.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = r.json();
        assertEquals("RENEWAL_OPEN", j.get("status").asText());
        assertEquals("2420.00", j.get("total").get("amount").asText());
        assertEquals("-600.00", j.get("fees").get(1).get("amount").asText());
    }

    @Test
    void badInputIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        CliRunner.Result r = CliRunner.run("renewal", "assess", "--country", "XX", "--expiry", "2027-06-30");
        assertEquals(2, r.exitCode());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertEquals(2, CliRunner.run("renewal", "assess", "--country", "OM", "--expiry", "2027-13-30").exitCode());
        assertEquals(2, CliRunner.run("renewal", "assess", "--country", "OM").exitCode());
        assertEquals(2, CliRunner.run("renewal", "assess", "--country", "SA", "--hijri-expiry", "1447/14/01").exitCode());
        assertEquals(2, CliRunner.run("renewal", "assess", "--country", "OM", "--expiry", "2027-06-30", "--validity", "P9Y").exitCode());
        Path facts = dir.resolve("facts.json");
        Files.writeString(facts, "{\"wrong\": true}");
        CliRunner.Result f = CliRunner.run("renewal", "assess", "--country", "OM", "--expiry", "2027-06-30", "--facts", facts.toString());
        assertEquals(2, f.exitCode());
        assertTrue(f.err().contains("facts.wrong"), f.err());
        Path pack = dir.resolve("pack.json");
        Files.writeString(pack, "{\"country\": \"OM\", \"version\": \"x\", \"effectiveFrom\": \"2030-01-01\", \"sources\": [], \"extra\": 1}");
        CliRunner.Result p = CliRunner.run("renewal", "packs", "--pack", pack.toString());
        assertEquals(2, p.exitCode());
        assertTrue(p.err().contains("$.extra: unknown field"), p.err());
    }

    @Test
    void lostCard() throws Exception {
        CliRunner.Result r = CliRunner.run("renewal", "lost", "--country", "OM", "--lost-on", "2027-01-01", "--today", "2027-01-20");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = r.json();
        assertEquals("2027-01-15", j.get("reportBy").asText());
        assertTrue(j.get("reportOverdue").asBoolean());
        assertEquals("20.000", j.get("total").get("amount").asText());
        CliRunner.Result sa = CliRunner.run("renewal", "lost", "--country", "SA", "--lost-on", "2027-01-01", "--today", "2027-01-02",
                "--offences", "2");
        assertEquals("3000.00", sa.json().get("total").get("amount").asText());
    }

    @Test
    void packsListsSixCountriesWithSources() throws Exception {
        CliRunner.Result r = CliRunner.run("renewal", "packs");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = r.json();
        assertEquals(6, j.size());
        for (JsonNode p : j) {
            assertTrue(p.get("sources").size() > 0);
        }
    }

    @Test
    void batchStreamsRowsAndSkipsBadOnesWithLineNumbers(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("residents.csv");
        Path out = dir.resolve("results.jsonl");
        Files.writeString(in, String.join("\n",
                "id,country,expiry,validity,offences,sponsorCategory",
                "r1,OM,2027-06-30,,,",
                "r2,XX,2027-06-30,,,",
                "r3,AE,2027-06-30,,,",
                "r4,OM,not-a-date,,,",
                "",
                "r5,QA,2027-06-30,P3Y,0,company",
                "r6,OM,2027-06-30",
                "x".repeat(5000),
                "r7,SA,2027-06-30,,2,") + "\n", StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.run("renewal", "batch", "--in", in.toString(), "--out", out.toString(), "--today", "2027-09-01");
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("line 3:"), r.err());
        assertTrue(r.err().contains("line 5:"), r.err());
        assertTrue(r.err().contains("line 8:"), r.err());
        assertTrue(r.err().contains("line 9: skipped: line longer than 4096"), r.err());
        assertTrue(r.err().contains("Processed 8 rows: 4 assessed, 4 skipped"), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(4, lines.size());
        JsonNode first = ResidentIdJson.mapper().readTree(lines.get(0));
        assertEquals(2, first.get("line").asInt());
        assertEquals("r1", first.get("id").asText());
        assertEquals("OVERDUE", first.get("status").asText());
        JsonNode qa = ResidentIdJson.mapper().readTree(lines.get(2));
        assertEquals("2420.00", qa.get("total").get("amount").asText());
        JsonNode sa = ResidentIdJson.mapper().readTree(lines.get(3));
        assertEquals("DEPORTATION", sa.get("consequences").get(0).get("code").asText());
    }

    @Test
    void batchKeepsInputOrderAcrossChunks(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("many.csv");
        StringBuilder csv = new StringBuilder("country,expiry,id\n");
        int rows = 3 * 4096 + 17;
        for (int i = 0; i < rows; i++) {
            csv.append(i % 1000 == 999 ? "ZZ" : "OM").append(',').append(i % 2 == 0 ? "2027-06-30" : "2028-01-01")
                    .append(",r").append(i).append('\n');
        }
        Files.writeString(in, csv);
        Path out = dir.resolve("many.jsonl");
        CliRunner.Result r = CliRunner.run("renewal", "batch", "--in", in.toString(), "--out", out.toString(), "--today", "2027-08-09");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("line 1001: skipped"), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(rows - rows / 1000, lines.size());
        long previous = 0;
        for (String line : lines) {
            long n = ResidentIdJson.mapper().readTree(line).get("line").asLong();
            assertTrue(n > previous);
            previous = n;
        }
    }

    @Test
    void batchRefusesUnknownColumnsAndMissingFiles(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("bad.csv");
        Files.writeString(in, "name,country,expiry\n");
        assertEquals(2, CliRunner.run("renewal", "batch", "--in", in.toString(), "--out", dir.resolve("o").toString()).exitCode());
        assertEquals(2, CliRunner.run("renewal", "batch", "--in", dir.resolve("none.csv").toString(), "--out",
                dir.resolve("o").toString()).exitCode());
    }

    @Test
    void aQatarTotalWithoutTheSponsorCategoryIsFlaggedIncomplete() throws Exception {
        CliRunner.Result r = CliRunner.run("renewal", "assess", "--country", "QA", "--expiry", "2027-06-30", "--today", "2027-05-01");
        assertTrue(r.out().replace(" ", "").contains("\"complete\":false"), r.out());
        assertTrue(r.out().contains("FEE_CATEGORY_UNKNOWN"), r.out());
    }

    @Test
    void aLossDateAfterTodayIsRefused() throws Exception {
        CliRunner.Result r = CliRunner.run("--lang", "ar", "renewal", "lost", "--country", "OM", "--lost-on", "2027-01-10", "--today",
                "2027-01-01");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("بعد تاريخ التقييم"), r.err());
    }

    @Test
    void assessShowsLowConfidenceWarningsForNewsOnlyFigures() throws Exception {
        CliRunner.Result r = CliRunner.run("renewal", "assess", "--country", "OM", "--expiry", "2027-06-30", "--today", "2027-08-09");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode fineNote = null;
        for (JsonNode n : r.json().get("notes")) {
            if (n.get("code").asText().equals("LOW_CONFIDENCE") && n.get("text").asText().contains("OM-FINE-LATE")) {
                fineNote = n;
            }
        }
        assertTrue(fineNote != null, r.out());
        assertEquals("WARNING", fineNote.get("level").asText());
        assertTrue(fineNote.get("text").asText().contains("Muscat Daily"), fineNote.toString());

        CliRunner.Result ar = CliRunner.run("--lang", "ar", "renewal", "assess", "--country", "OM", "--expiry", "2027-06-30",
                "--today", "2027-08-09");
        assertTrue(ar.out().contains("ثقة منخفضة"), ar.out());
    }

    @Test
    void packsListSourceKindsAndLowConfidenceRules() throws Exception {
        CliRunner.Result r = CliRunner.run("renewal", "packs");
        assertEquals(0, r.exitCode(), r.err());
        for (JsonNode p : r.json()) {
            for (JsonNode s : p.get("sources")) {
                assertTrue(s.has("kind") && s.has("retrieved"), s.toString());
            }
            if (p.get("country").asText().equals("BH")) {
                assertFalse(p.get("lowConfidenceRules").toString().contains("BH-FEE-REPLACE"));
            }
            if (p.get("country").asText().equals("OM")) {
                assertTrue(p.get("lowConfidenceRules").toString().contains("OM-FINE-LATE"));
            }
        }
    }
}
