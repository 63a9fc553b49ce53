package io.residentid.examples.cli.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.residentid.core.json.ResidentIdJson;
import io.residentid.examples.cli.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QrCommandTest {

    private static final String ISS = "https://id.rop.gov.om";
    private static final String STATUS_URI = "https://status.rop.gov.om/1";

    @TempDir
    Path dir;

    private Path key;
    private Path trust;
    private Path claims;

    @BeforeEach
    void setUp() throws Exception {
        key = dir.resolve("issuer.jwk");
        trust = dir.resolve("trust.json");
        claims = dir.resolve("rid.json");
        try (var in = Objects.requireNonNull(getClass().getResourceAsStream("/reference-credential.json"))) {
            Files.write(claims, in.readAllBytes());
        }
        CliRunner.Result k = CliRunner.run("qr", "keygen", "--out", key.toString());
        assertEquals(0, k.exitCode(), k.err());
        assertEquals("EC", k.json().get("kty").asText());
        assertFalse(k.json().has("d"), "public part only");
        assertTrue(Files.readString(key).contains("\"d\""));
        CliRunner.Result t = CliRunner.run("qr", "trustlist", "add", "--issuer", ISS, "--country", "OM",
                "--key", key.toString(), "--out", trust.toString());
        assertEquals(0, t.exitCode(), t.err());
        assertFalse(Files.readString(trust).contains("\"d\""), "no private key in the trust list");
    }

    private String issue(String... extra) throws Exception {
        String[] base = {"qr", "issue", "--key", key.toString(), "--iss", ISS, "--claims", claims.toString(),
            "--status-index", "123456", "--status-uri", STATUS_URI};
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(extra))
                .toArray(String[]::new);
        CliRunner.Result r = CliRunner.run(args);
        assertEquals(0, r.exitCode(), r.err());
        return r.json().get("qrText").asText();
    }

    @Test
    void issueThenVerifyTheReferenceCredential() throws Exception {
        String text = issue();
        assertTrue(text.startsWith("rid:/"));
        CliRunner.Result r = CliRunner.run("qr", "verify", "--trust", trust.toString(), "--text", text);
        assertEquals(0, r.exitCode(), r.out() + r.err());
        JsonNode result = r.json();
        assertTrue(result.get("valid").asBoolean());
        assertEquals(0, result.get("failures").size());
        assertEquals(ISS, result.get("issuer").asText());
        assertEquals(15, result.get("qrVersion").asInt());
        assertEquals("KUMAR", result.get("claims").get("rid").get("surname").asText());
        assertEquals("كومار", result.get("claims").get("rid").get("arabicSurname").asText());
        assertEquals(123456, result.get("claims").get("status").get("index").asInt());
    }

    @Test
    void tamperedOrForeignCredentialsFailWithTheirCodes() throws Exception {
        String text = issue();
        String broken = text.substring(0, text.length() - 2) + (text.endsWith("00") ? "01" : "00");
        CliRunner.Result r = CliRunner.run("qr", "verify", "--trust", trust.toString(), "--text", broken);
        assertEquals(1, r.exitCode());
        assertFalse(r.json().get("valid").asBoolean());
        assertEquals(1, r.json().get("failures").size());
        r = CliRunner.run("qr", "verify", "--trust", trust.toString(), "--text", "rid:/123");
        assertEquals(1, r.exitCode());
        assertEquals("MALFORMED_QR_TEXT", r.json().get("failures").get(0).asText());
        r = CliRunner.run("--lang", "ar", "qr", "verify", "--trust", trust.toString(), "--text", "hello");
        assertTrue(r.json().get("messages").get(0).asText().contains("رمز"), r.out());
        r = CliRunner.run("qr", "verify", "--trust", trust.toString(), "--at", "2099-01-01T00:00:00Z", "--text", text);
        assertEquals("EXPIRED", r.json().get("failures").get(0).asText());
    }

    @Test
    void pngIsScannedAndVerified() throws Exception {
        Path png = dir.resolve("credential.png");
        String text = issue("--png", png.toString(), "--svg", dir.resolve("c.svg").toString());
        CliRunner.Result d = CliRunner.run("qr", "decode-image", png.toString());
        assertEquals(0, d.exitCode(), d.err());
        assertEquals(text, d.json().get("codes").get(0).asText());
        CliRunner.Result v = CliRunner.run("qr", "verify", "--trust", trust.toString(), "--image", png.toString());
        assertEquals(0, v.exitCode(), v.out() + v.err());
        assertTrue(Files.readString(dir.resolve("c.svg")).startsWith("<svg"));
    }

    @Test
    void statusListRevokesTheCredential() throws Exception {
        Path status = dir.resolve("status.jwt");
        CliRunner.Result c = CliRunner.run("qr", "status-list", "create", "--key", key.toString(), "--iss", ISS,
                "--uri", STATUS_URI, "--size", "200000", "--out", status.toString());
        assertEquals(0, c.exitCode(), c.err());
        String text = issue();
        CliRunner.Result v = CliRunner.run("qr", "verify", "--trust", trust.toString(), "--status", status.toString(), "--text", text);
        assertEquals(0, v.exitCode(), v.out());
        CliRunner.Result s = CliRunner.run("qr", "status-list", "set", "--key", key.toString(), "--list", status.toString(),
                "--index", "123456", "--status", "invalid");
        assertEquals(0, s.exitCode(), s.err());
        v = CliRunner.run("qr", "verify", "--trust", trust.toString(), "--status", status.toString(), "--text", text);
        assertEquals(1, v.exitCode());
        assertEquals("REVOKED", v.json().get("failures").get(0).asText());
        v = CliRunner.run("qr", "verify", "--trust", trust.toString(), "--status", status.toString(),
                "--at", "2099-01-01T00:00:00Z", "--text", issue("--valid-days", "3650"));
        assertEquals(1, v.exitCode());
    }

    @Test
    void edDsaKeysWorkEndToEnd() throws Exception {
        Path ed = dir.resolve("ed.jwk");
        assertEquals(0, CliRunner.run("qr", "keygen", "--alg", "EdDSA", "--out", ed.toString()).exitCode());
        assertEquals(0, CliRunner.run("qr", "trustlist", "add", "--issuer", ISS, "--country", "OM", "--key", ed.toString(),
                "--out", trust.toString()).exitCode());
        key = ed;
        CliRunner.Result v = CliRunner.run("qr", "verify", "--trust", trust.toString(), "--text", issue());
        assertEquals(0, v.exitCode(), v.out());
        assertEquals(2, ResidentIdJson.mapper().readTree(Files.readAllBytes(trust)).get("issuers").get(0)
                .get("jwks").get("keys").size(), "key rotation: both keys listed");
    }

    @Test
    void signedTrustListIsVerifiedWithThePinnedSigner() throws Exception {
        Path signer = dir.resolve("signer.jwk");
        Path other = dir.resolve("other.jwk");
        Path signed = dir.resolve("trust.jws");
        assertEquals(0, CliRunner.run("qr", "keygen", "--out", signer.toString()).exitCode());
        assertEquals(0, CliRunner.run("qr", "keygen", "--out", other.toString()).exitCode());
        CliRunner.Result s = CliRunner.run("qr", "trustlist", "sign", "--signer", signer.toString(), "--in", trust.toString(),
                "--out", signed.toString());
        assertEquals(0, s.exitCode(), s.err());
        String text = issue();
        CliRunner.Result v = CliRunner.run("qr", "verify", "--trust", signed.toString(), "--trust-signer", signer.toString(),
                "--text", text);
        assertEquals(0, v.exitCode(), v.out() + v.err());
        CliRunner.assertUsageError(CliRunner.run("qr", "verify", "--trust", signed.toString(), "--trust-signer", other.toString(),
                "--text", text));
    }

    @Test
    void badInputIsAOneLineUsageError() throws Exception {
        CliRunner.assertUsageError(CliRunner.run("qr", "verify", "--trust", dir.resolve("missing.json").toString(), "--text", "x"));
        Files.writeString(dir.resolve("bad.json"), "{\"version\":1,\"version\":1}");
        CliRunner.assertUsageError(CliRunner.run("qr", "verify", "--trust", dir.resolve("bad.json").toString(), "--text", "x"));
        CliRunner.assertUsageError(CliRunner.run("qr", "issue", "--key", trust.toString(), "--iss", ISS, "--claims", claims.toString()));
        Files.writeString(dir.resolve("rid-bad.json"), "{\"country\":\"OM\",\"unknown\":1}");
        CliRunner.assertUsageError(CliRunner.run("qr", "issue", "--key", key.toString(), "--iss", ISS, "--claims",
                dir.resolve("rid-bad.json").toString()));
        CliRunner.assertUsageError(CliRunner.run("qr", "issue", "--key", key.toString(), "--iss", "http://insecure", "--claims",
                claims.toString()));
        CliRunner.assertUsageError(CliRunner.run("qr", "issue", "--key", key.toString(), "--iss", ISS, "--claims", claims.toString(),
                "--status-index", "1"));
        Files.writeString(dir.resolve("not.png"), "not an image");
        CliRunner.assertUsageError(CliRunner.run("qr", "decode-image", dir.resolve("not.png").toString()));
        CliRunner.assertUsageError(CliRunner.run("qr", "trustlist", "add", "--issuer", ISS, "--country", "US", "--key", key.toString(),
                "--out", trust.toString()));
        CliRunner.assertUsageError(CliRunner.run("qr", "verify", "--trust", trust.toString()));
        CliRunner.assertUsageError(CliRunner.run("qr", "keygen", "--out", dir.resolve("k").toString(), "--alg", "RS256"));
    }

    @Test
    void demoRunsTheQrStep() throws Exception {
        CliRunner.Result r = CliRunner.run("demo", "--work-dir", dir.resolve("demo").toString());
        assertTrue(r.out().contains("SIGNATURE_INVALID"), r.out());
        assertTrue(r.out().contains("QR version 15"), r.out());
        assertTrue(Files.exists(dir.resolve("demo").resolve("resident-credential.png")));
        // Other demo steps show their own sample data (the MRZ step prints the card's MRZ); the QR step masks it.
        String qrStep = r.out().substring(r.out().indexOf("QR version"));
        qrStep = qrStep.contains("\n[") ? qrStep.substring(0, qrStep.indexOf("\n[")) : qrStep;
        assertFalse(qrStep.contains("123456789") || qrStep.contains("RAJESH"), "masked");
        assertEquals(0, r.exitCode(), r.out());
        CliRunner.Result ar = CliRunner.run("--lang", "ar", "demo", "--work-dir", dir.resolve("demo-ar").toString());
        assertTrue(ar.out().contains("هوية المقيم الرقمية"), ar.out());
    }

    @Test
    void bundlesHaveTheSameKeysInBothLanguages() throws Exception {
        java.util.Properties en = new java.util.Properties();
        java.util.Properties ar = new java.util.Properties();
        try (var a = getClass().getResourceAsStream("messages.properties");
             var b = getClass().getResourceAsStream("messages_ar.properties")) {
            en.load(new java.io.InputStreamReader(a, java.nio.charset.StandardCharsets.UTF_8));
            ar.load(new java.io.InputStreamReader(b, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertEquals(en.keySet(), ar.keySet());
    }
}
