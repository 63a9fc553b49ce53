package io.residentid.examples.cli.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.residentid.examples.cli.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11 item 7: private key files are owner-only and never silently overwritten. */
class QrKeyFileCliTest {

    @TempDir
    Path dir;

    @Test
    void keygenWritesAnOwnerOnlyKeyFile() throws Exception {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class), "POSIX file system");
        Path key = dir.resolve("issuer.jwk");
        CliRunner.Result r = CliRunner.run("qr", "keygen", "--out", key.toString());
        assertEquals(0, r.exitCode(), r.err());
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(key);
        assertEquals(PosixFilePermissions.fromString("rw-------"), permissions);
    }

    @Test
    void keygenRefusesToOverwriteAnExistingKeyWithoutForce() throws Exception {
        Path key = dir.resolve("issuer.jwk");
        assertEquals(0, CliRunner.run("qr", "keygen", "--out", key.toString()).exitCode());
        String first = Files.readString(key);
        CliRunner.Result again = CliRunner.run("qr", "keygen", "--out", key.toString());
        assertEquals(2, again.exitCode());
        assertTrue(again.err().startsWith("resident-id: "), again.err());
        assertEquals(first, Files.readString(key), "the existing key is untouched");
        CliRunner.Result forced = CliRunner.run("qr", "keygen", "--force", "--out", key.toString());
        assertEquals(0, forced.exitCode(), forced.err());
        assertNotEquals(first, Files.readString(key));
        if (Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class)) {
            assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(key));
        }
    }

    @Test
    void revokedCredentialPrintsNoClaims() throws Exception {
        Path key = dir.resolve("issuer.jwk");
        Path trust = dir.resolve("trust.json");
        Path claims = dir.resolve("rid.json");
        Path status = dir.resolve("status.jwt");
        try (var in = java.util.Objects.requireNonNull(getClass().getResourceAsStream("/reference-credential.json"))) {
            Files.write(claims, in.readAllBytes());
        }
        String iss = "https://id.rop.gov.om";
        String uri = "https://status.rop.gov.om/1";
        assertEquals(0, CliRunner.run("qr", "keygen", "--out", key.toString()).exitCode());
        assertEquals(0, CliRunner.run("qr", "trustlist", "add", "--issuer", iss, "--country", "OM", "--key", key.toString(),
                "--out", trust.toString()).exitCode());
        assertEquals(0, CliRunner.run("qr", "status-list", "create", "--key", key.toString(), "--iss", iss, "--uri", uri,
                "--size", "200000", "--out", status.toString()).exitCode());
        CliRunner.Result issued = CliRunner.run("qr", "issue", "--key", key.toString(), "--iss", iss, "--claims",
                claims.toString(), "--status-index", "123456", "--status-uri", uri);
        assertEquals(0, issued.exitCode(), issued.err());
        String text = io.residentid.core.json.ResidentIdJson.mapper().readTree(issued.out()).get("qrText").asText();
        assertEquals(0, CliRunner.run("qr", "status-list", "set", "--key", key.toString(), "--list", status.toString(),
                "--index", "123456", "--status", "invalid").exitCode());
        CliRunner.Result v = CliRunner.run("qr", "verify", "--trust", trust.toString(), "--status", status.toString(),
                "--text", text);
        assertEquals(1, v.exitCode());
        com.fasterxml.jackson.databind.JsonNode out = io.residentid.core.json.ResidentIdJson.mapper().readTree(v.out());
        assertEquals("REVOKED", out.get("failures").get(0).asText());
        assertTrue(out.get("claims") == null || out.get("claims").isNull(), v.out());
        assertTrue(!v.out().contains("KUMAR"), v.out());
    }
}
