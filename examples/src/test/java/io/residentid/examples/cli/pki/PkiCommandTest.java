package io.residentid.examples.cli.pki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.residentid.examples.cli.CliRunner;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PkiCommandTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode limboCase(String id) throws Exception {
        try (InputStream in = PkiCommandTest.class.getResourceAsStream("/pki/limbo/limbo-subset.json")) {
            for (JsonNode testcase : JSON.readTree(in).get("testcases")) {
                if (testcase.get("id").asText().equals(id)) {
                    return testcase;
                }
            }
        }
        throw new IllegalArgumentException(id);
    }

    static Path copy(Path dir, String resource) throws Exception {
        Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        try (InputStream in = PkiCommandTest.class.getResourceAsStream(resource)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void validatePrintsStatusFindingsAndChainAndExitsZeroOnlyWhenValid(@TempDir Path dir) throws Exception {
        JsonNode testcase = limboCase("rfc5280::validity::expired-leaf");
        Path root = Files.writeString(dir.resolve("root.pem"), testcase.get("trusted_certs").get(0).asText());
        Path ica = Files.writeString(dir.resolve("ica.pem"), testcase.get("untrusted_intermediates").get(0).asText());
        Path leaf = Files.writeString(dir.resolve("leaf.pem"), testcase.get("peer_certificate").asText());

        CliRunner.Result valid = CliRunner.run("pki", "validate", "--anchor", root.toString(), "--intermediate", ica.toString(),
                "--cert", leaf.toString(), "--at", "2020-06-01T00:00:00Z", "--eku", "serverAuth");
        assertEquals(0, valid.exitCode(), () -> "err=" + valid.err() + " out=" + valid.out());
        assertEquals("VALID", valid.json().get("status").asText());
        assertEquals(3, valid.json().get("chain").size());

        CliRunner.Result expired = CliRunner.run("pki", "validate", "--anchor", root.toString(), "--intermediate", ica.toString(),
                "--cert", leaf.toString(), "--at", "2022-01-01T00:00:00Z");
        assertEquals(1, expired.exitCode());
        JsonNode finding = expired.json().get("findings").get(0);
        assertEquals("EXPIRED", finding.get("code").asText());
        assertFalse(finding.get("certificate").asText().isEmpty());

        CliRunner.Result depth = CliRunner.run("pki", "validate", "--anchor", root.toString(), "--intermediate", ica.toString(),
                "--cert", leaf.toString(), "--at", "2020-06-01T00:00:00Z", "--max-depth", "0");
        assertEquals(1, depth.exitCode());

        CliRunner.Result arabic = CliRunner.run("--lang", "ar", "pki", "validate", "--anchor", root.toString(), "--cert", leaf.toString(),
                "--at", "2020-06-01T00:00:00Z");
        assertTrue(arabic.json().get("findings").get(0).get("message").asText().contains("سلسلة"));
    }

    @Test
    void badInputIsOneLineOnStderrWithExitTwo(@TempDir Path dir) throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.pem"), "junk");
        CliRunner.Result run = CliRunner.run("pki", "validate", "--anchor", junk.toString(), "--cert", junk.toString());
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.out().isEmpty());
        CliRunner.Result badTime = CliRunner.run("pki", "verify-cms", junk.toString(), "--at", "yesterday");
        assertEquals(2, badTime.exitCode());
    }

    @Test
    void verifyCmsReportsTheEfSodSignature(@TempDir Path dir) throws Exception {
        Path sod = copy(dir, "/pki/icao/bsi2008/EF_SOD.bin");
        CliRunner.Result run = CliRunner.run("pki", "verify-cms", sod.toString(), "--at", "2008-06-01T00:00:00Z");
        JsonNode json = run.json();
        assertTrue(json.get("signatureValid").asBoolean(), run.out());
        assertEquals("2.23.136.1.1.1", json.get("contentType").asText());
        assertEquals("NOT_CHECKED", json.get("chainStatus").asText());
        assertEquals("INDETERMINATE", json.get("status").asText());
        assertEquals(1, run.exitCode());
    }

    @Test
    void masterlistCountsCscasPerCountry(@TempDir Path dir) throws Exception {
        Path ml = copy(dir, "/pki/icao/DE_masterlist_2025-08-14.ml");
        CliRunner.Result run = CliRunner.run("pki", "masterlist", ml.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = run.json();
        assertTrue(json.get("signatureValid").asBoolean());
        assertEquals(571, json.get("certificates").asInt());
        assertTrue(json.get("countries").get("DE").asInt() > 0);
        assertEquals(0, json.get("unparsable").asInt());
    }

    @Test
    void demoStepSignsAndVerifiesASampleEfSod(@TempDir Path dir) throws Exception {
        CliRunner.Result run = CliRunner.run("demo", "--work-dir", dir.toString());
        assertEquals(0, run.exitCode(), run.err() + run.out());
        assertTrue(run.out().contains("EF.SOD"), run.out());
        assertTrue(Files.exists(dir.resolve("sample-ef-sod.der")));
    }

    @Test
    void anchorsMayBeAPkcs12KeyStoreOrAFolderWithOtherFiles(@TempDir Path dir) throws Exception {
        JsonNode testcase = limboCase("rfc5280::validity::expired-leaf");
        String rootPem = testcase.get("trusted_certs").get(0).asText();
        Path ica = Files.writeString(dir.resolve("ica.pem"), testcase.get("untrusted_intermediates").get(0).asText());
        Path leaf = Files.writeString(dir.resolve("leaf.pem"), testcase.get("peer_certificate").asText());
        java.security.cert.Certificate root = java.security.cert.CertificateFactory.getInstance("X.509")
                .generateCertificate(new java.io.ByteArrayInputStream(rootPem.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        java.security.KeyStore ks = java.security.KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setCertificateEntry("root", root);
        Path p12 = dir.resolve("anchors.p12");
        try (java.io.OutputStream out = Files.newOutputStream(p12)) {
            ks.store(out, "changeit".toCharArray());
        }
        Path password = Files.writeString(dir.resolve("p12.pass"), "changeit\n");
        CliRunner.Result fromP12 = CliRunner.run("pki", "validate", "--anchor", p12.toString(), "--p12-password-file", password.toString(),
                "--intermediate", ica.toString(),
                "--cert", leaf.toString(), "--at", "2020-06-01T00:00:00Z", "--eku", "serverAuth");
        assertEquals(0, fromP12.exitCode(), () -> "err=" + fromP12.err() + " out=" + fromP12.out());

        Path folder = Files.createDirectory(dir.resolve("anchors"));
        Files.writeString(folder.resolve("root.pem"), rootPem);
        Files.writeString(folder.resolve("README"), "our anchors");
        Files.writeString(folder.resolve("root.srl"), "01");
        CliRunner.Result fromFolder = CliRunner.run("pki", "validate", "--anchor", folder.toString(), "--intermediate", ica.toString(),
                "--cert", leaf.toString(), "--at", "2020-06-01T00:00:00Z", "--eku", "serverAuth");
        assertEquals(0, fromFolder.exitCode(), () -> "err=" + fromFolder.err() + " out=" + fromFolder.out());
        assertTrue(fromFolder.err().contains("README") && fromFolder.err().contains("root.srl"), fromFolder.err());
    }
}
