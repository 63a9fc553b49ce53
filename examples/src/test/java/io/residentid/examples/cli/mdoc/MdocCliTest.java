package io.residentid.examples.cli.mdoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.residentid.examples.cli.CliRunner;
import io.residentid.examples.cli.ExitCodes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MdocCliTest {
    static JsonNode annexD;

    @TempDir
    static Path dir;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = MdocCliTest.class.getResourceAsStream("/mdoc/annex-d.json")) {
            annexD = new ObjectMapper().readTree(in);
        }
        try (InputStream in = MdocCliTest.class.getResourceAsStream("/mdoc/utopia-iaca.pem")) {
            Files.write(dir.resolve("iaca.pem"), in.readAllBytes());
        }
        Files.writeString(dir.resolve("response.hex"), vector("DEVICE_RESPONSE"));
        Files.write(dir.resolve("transcript.cbor"), HexFormat.of().parseHex(vector("SESSION_TRANSCRIPT_BYTES")));
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        Files.writeString(dir.resolve("reader.jwk"), "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\""
                + b64.encodeToString(HexFormat.of().parseHex(vector("EPHEMERAL_READER_KEY_X"))) + "\",\"y\":\""
                + b64.encodeToString(HexFormat.of().parseHex(vector("EPHEMERAL_READER_KEY_Y"))) + "\",\"d\":\""
                + b64.encodeToString(HexFormat.of().parseHex(vector("EPHEMERAL_READER_KEY_D"))) + "\"}");
    }

    static String vector(String name) {
        for (JsonNode v : annexD.get("vectors")) {
            if (v.get("name").asText().equals("ISO_18013_5_ANNEX_D_" + name)) {
                return v.get("value").asText();
            }
        }
        throw new IllegalArgumentException(name);
    }

    static JsonNode json(CliRunner.Result r) throws IOException {
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void engagementPrintsVersionCipherSuiteKeyAndMethods() throws IOException {
        String text = "mdoc:" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(HexFormat.of().parseHex(vector("DEVICE_ENGAGEMENT")));
        CliRunner.Result r = CliRunner.run("mdoc", "engagement", "--text", text);
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        JsonNode j = json(r);
        assertEquals("1.0", j.get("version").asText());
        assertEquals(1, j.get("cipherSuite").asInt());
        assertEquals("P-256", j.get("deviceKey").get("crv").asText());
        assertEquals("BLE", j.get("retrievalMethods").get(0).get("type").asText());
        assertEquals("45efef74-2b2c-4837-a9a3-b0e1d05a6917",
                j.get("retrievalMethods").get(0).get("centralClientUuid").asText());
    }

    @Test
    void engagementGarbageIsUnreadable() {
        CliRunner.Result r = CliRunner.run("mdoc", "engagement", "--text", "mdoc:!!!");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.err().startsWith("resident-id: "), r.err());
    }

    @Test
    void annexDResponseVerifiesAtItsTime() throws IOException {
        CliRunner.Result r = CliRunner.run("mdoc", "verify", "--device-response", dir.resolve("response.hex")
                .toString(), "--session-transcript", dir.resolve("transcript.cbor").toString(), "--reader-key",
                dir.resolve("reader.jwk").toString(), "--iaca", dir.resolve("iaca.pem").toString(),
                "--at", "2020-10-01T13:30:02Z");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err() + r.out());
        JsonNode j = json(r);
        assertTrue(j.get("valid").asBoolean());
        JsonNode doc = j.get("documents").get(0);
        assertEquals("org.iso.18013.5.1.mDL", doc.get("docType").asText());
        assertTrue(doc.get("issuerAuth").get("valid").asBoolean());
        assertEquals("MAC", doc.get("deviceAuth").get("method").asText());
        assertEquals("Doe", doc.get("elements").get("org.iso.18013.5.1").get("family_name").asText());
        assertEquals("2019-10-20", doc.get("elements").get("org.iso.18013.5.1").get("issue_date").asText());
        assertEquals("2021-10-01T13:30:02Z", doc.get("validity").get("validUntil").asText());
    }

    @Test
    void withoutTheReaderKeyTheMacCannotBeCheckedAndTodayItIsExpired() throws IOException {
        CliRunner.Result r = CliRunner.run("mdoc", "verify", "--device-response", dir.resolve("response.hex")
                .toString(), "--session-transcript", dir.resolve("transcript.cbor").toString(), "--iaca",
                dir.resolve("iaca.pem").toString());
        assertEquals(ExitCodes.INVALID, r.exitCode(), r.err());
        String codes = json(r).get("documents").get(0).get("findings").toString();
        assertTrue(codes.contains("DEVICE_MAC_NEEDS_READER_KEY"), codes);
        assertTrue(codes.contains("MSO_EXPIRED") || codes.contains("ISSUER_CHAIN_INVALID"), codes);
    }

    @Test
    void arabicFindingMessages() throws IOException {
        CliRunner.Result r = CliRunner.run("--lang", "ar", "mdoc", "verify", "--device-response",
                dir.resolve("response.hex").toString(), "--session-transcript", dir.resolve("transcript.cbor")
                        .toString(), "--iaca", dir.resolve("iaca.pem").toString(), "--at", "2020-10-01T13:30:02Z");
        assertEquals(ExitCodes.INVALID, r.exitCode(), r.err());
        assertTrue(r.out().contains("المفتاح المؤقت للقارئ"), r.out());
    }

    @Test
    void unreadableResponseExitsTwo() throws IOException {
        Files.writeString(dir.resolve("bad.hex"), "9f01ff");
        CliRunner.Result r = CliRunner.run("mdoc", "verify", "--device-response", dir.resolve("bad.hex")
                .toString(), "--session-transcript", dir.resolve("transcript.cbor").toString(), "--iaca",
                dir.resolve("iaca.pem").toString());
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.out());
        assertTrue(r.err().contains("CBOR_INDEFINITE_LENGTH"), r.err());
    }

    @Test
    void readOfTheEmulatedPhoneOverNfcApdus() throws IOException {
        CliRunner.Result r = CliRunner.run("mdoc", "read", "--emulated", "--elements", "family_name,birth_date");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err() + r.out());
        JsonNode j = json(r);
        assertTrue(j.get("apdus").asInt() >= 3, r.out());
        assertEquals(2, j.get("documents").get(0).get("elements").get("org.iso.18013.5.1").size());
    }

    @Test
    void holderEmulateExportsItsIaca() throws IOException {
        Path pem = dir.resolve("emulated-iaca.pem");
        CliRunner.Result r = CliRunner.run("mdoc", "holder-emulate", "--no-vpcd", "--export-iaca", pem.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(Files.readString(pem).startsWith("-----BEGIN CERTIFICATE-----"));
    }

    @Test
    void demoStepPasses() throws Exception {
        io.residentid.examples.cli.CliOutput out = new io.residentid.examples.cli.CliOutput(
                new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(new java.io.StringWriter()),
                java.util.Locale.ENGLISH);
        assertTrue(new MdocDemoStep().run(out, new io.residentid.examples.cli.DemoContext(dir)));
    }
}
