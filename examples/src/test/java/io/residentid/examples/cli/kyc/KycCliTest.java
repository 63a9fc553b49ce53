package io.residentid.examples.cli.kyc;

import com.fasterxml.jackson.databind.JsonNode;
import io.residentid.core.json.ResidentIdJson;
import io.residentid.emulator.ResidentCard;
import io.residentid.examples.cli.CliRunner;
import io.residentid.examples.cli.ExitCodes;
import io.residentid.kyc.ChipEvidence;
import io.residentid.pcsc.icao.AccessKey;
import io.residentid.pcsc.icao.ChipReader;
import io.residentid.pcsc.transport.TransmissionRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KycCliTest {

    @TempDir
    static Path tmp;
    static Path chip;
    static Path csca;
    static Path declared;

    @BeforeAll
    static void readAnEmulatedCard() throws Exception {
        ResidentCard card = ResidentCard.demo();
        var result = ChipReader.builder().build()
                .read(TransmissionRules.forAtr(card.atr()).wrap(card.channel()), AccessKey.can(card.can()));
        chip = tmp.resolve("evidence").resolve("case-1");
        ChipEvidence.fromChipRead(result).write(chip);
        csca = tmp.resolve("csca.pem");
        Files.writeString(csca, "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(
                card.csca().getEncoded()) + "\n-----END CERTIFICATE-----\n");
        declared = tmp.resolve("declared.json");
        Files.writeString(declared, "{\"name\":\"رافي كومار\",\"dateOfBirth\":\"1988-04-12\",\"nationality\":\"IND\","
                + "\"documentNumber\":\"RC1234567\"}");
    }

    private static JsonNode json(CliRunner.Result r) throws Exception {
        return ResidentIdJson.mapper().readTree(r.out());
    }

    @Test
    void verifySignsARecordThatVerifiesRendersAndReverifies() throws Exception {
        Path key = tmp.resolve("bank.jwk");
        Path pub = tmp.resolve("bank-public.jwk");
        assertEquals(ExitCodes.OK, CliRunner.run("kyc", "record", "keygen", "--out", key.toString(), "--public-out",
                pub.toString()).exitCode());
        if (key.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                    Files.getPosixFilePermissions(key));
        }
        Path record = tmp.resolve("r.jws");
        CliRunner.Result v = CliRunner.run("kyc", "verify", "--chip", chip.toString(), "--csca", csca.toString(),
                "--declared", declared.toString(), "--case-id", "case-1", "--sign-key", key.toString(),
                "--record-out", record.toString());
        assertEquals(ExitCodes.OK, v.exitCode(), v.out() + v.err());
        assertEquals("PASS", json(v).path("verdict").asText());

        CliRunner.Result rv = CliRunner.run("kyc", "record", "verify", "--record", record.toString(), "--key",
                pub.toString());
        assertEquals(ExitCodes.OK, rv.exitCode(), rv.err());
        assertEquals("PASS", json(rv).path("report").path("verdict").asText());

        Path html = tmp.resolve("r.html");
        CliRunner.Result h = CliRunner.run("--lang", "ar", "kyc", "report", "--record", record.toString(), "--key",
                pub.toString(), "--html", html.toString());
        assertEquals(ExitCodes.OK, h.exitCode(), h.err());
        String page = Files.readString(html);
        assertTrue(page.contains("dir=\"rtl\"") && page.contains("مقبول"), page);
        assertFalse(page.contains("<script") || page.contains("http://") || page.contains("https://"));

        Path lines = tmp.resolve("records.jsonl");
        Files.writeString(lines, Files.readString(record) + "\n");
        CliRunner.Result same = CliRunner.run("kyc", "reverify", "--records", lines.toString(), "--evidence-root",
                chip.getParent().toString(), "--key", pub.toString(), "--csca", csca.toString(), "--no-progress");
        assertEquals(ExitCodes.OK, same.exitCode(), same.out() + same.err());
        CliRunner.Result withdrawn = CliRunner.run("kyc", "reverify", "--records", lines.toString(),
                "--evidence-root", chip.getParent().toString(), "--key", pub.toString(), "--no-progress");
        assertEquals(ExitCodes.INVALID, withdrawn.exitCode(), withdrawn.out() + withdrawn.err());
        assertTrue(withdrawn.out().contains("\"before\":\"PASS\""), withdrawn.out());
    }

    @Test
    void aRecordCheckedWithAnotherKeyIsInvalid() throws Exception {
        Path key = tmp.resolve("k2.jwk");
        Path other = tmp.resolve("other.jwk");
        CliRunner.run("kyc", "record", "keygen", "--out", key.toString(), "--public-out", tmp.resolve("k2p.jwk")
                .toString());
        CliRunner.run("kyc", "record", "keygen", "--out", tmp.resolve("o.jwk").toString(), "--public-out",
                other.toString());
        Path record = tmp.resolve("r2.jws");
        CliRunner.run("kyc", "verify", "--chip", chip.toString(), "--csca", csca.toString(), "--sign-key",
                key.toString(), "--record-out", record.toString());
        CliRunner.Result r = CliRunner.run("kyc", "record", "verify", "--record", record.toString(), "--key",
                other.toString());
        assertEquals(ExitCodes.INVALID, r.exitCode());
        assertTrue(json(r).path("report").isNull() || json(r).path("report").isMissingNode());
        assertFalse(json(r).path("valid").asBoolean());
    }

    @Test
    void withoutTrustTheDecisionIsNotPass() throws Exception {
        CliRunner.Result r = CliRunner.run("kyc", "verify", "--chip", chip.toString());
        assertEquals(ExitCodes.INVALID, r.exitCode());
        assertEquals("REVIEW", json(r).path("verdict").asText());
    }

    @Test
    void badInputIsOneLineOnStderrWithExitTwo() throws Exception {
        CliRunner.Result missing = CliRunner.run("kyc", "verify", "--chip", tmp.resolve("nowhere").toString());
        assertEquals(ExitCodes.USAGE, missing.exitCode());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
        assertTrue(missing.err().startsWith("resident-id: "));

        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"name\":\"x\",\"salary\":100}");
        CliRunner.Result declaredBad = CliRunner.run("kyc", "verify", "--chip", chip.toString(), "--declared",
                bad.toString());
        assertEquals(ExitCodes.USAGE, declaredBad.exitCode());
        assertTrue(declaredBad.err().contains("$.salary"), declaredBad.err());

        Path copy = tmp.resolve("tampered");
        Files.createDirectories(copy);
        try (var files = Files.list(chip)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        byte[] dg1 = Files.readAllBytes(copy.resolve("DG1.bin"));
        dg1[10] ^= 1;
        Files.write(copy.resolve("DG1.bin"), dg1);
        CliRunner.Result tampered = CliRunner.run("--lang", "ar", "kyc", "verify", "--chip", copy.toString());
        assertEquals(ExitCodes.USAGE, tampered.exitCode());
        assertTrue(tampered.err().contains("SHA-256"), tampered.err());
    }

    @Test
    void trustSummarisesTheGccCscasOfTheGermanMasterList() throws Exception {
        Path ml = Path.of("..", "resident-id-kyc", "src", "test", "resources", "icao", "DE_masterlist_2025-08-14.ml");
        CliRunner.Result r = CliRunner.run("kyc", "trust", "--masterlist", ml.toString(), "--at",
                "2025-08-14T00:00:00Z");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        JsonNode countries = json(r).path("countries");
        assertEquals(6, countries.size());
        for (JsonNode c : countries) {
            int expected = switch (c.path("country").asText()) {
                case "AE", "OM" -> 5;
                case "KW" -> 3;
                case "QA" -> 2;
                default -> 1;
            };
            assertEquals(expected, c.path("cscas").asInt(), c.toString());
        }
    }

    @Test
    void cardReadWritesChipEvidenceThatLoadsWithItsActiveAuthenticationTranscript() {
        Path dir = tmp.resolve("card-read-evidence");
        CliRunner.Result r = CliRunner.run("card", "read", "--emulated", "--evidence-out", dir.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        ChipEvidence loaded = ChipEvidence.load(dir);
        assertTrue(loaded.activeAuthentication().isPresent());
        assertTrue(loaded.accessProtocol().orElseThrow().startsWith("PACE"));
    }
}
