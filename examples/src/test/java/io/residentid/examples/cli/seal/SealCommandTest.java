package io.residentid.examples.cli.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.CliRunner;
import io.residentid.examples.cli.DemoContext;
import io.residentid.emulator.TestCertificates;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealCommandTest {

    /** vdstools' residence permit sample (Apache-2.0), also in the shared conformance data. */
    static final String PERMIT = "dc03d9c5d9cac8a73a990f71346ecf47fb0602305cba135875976ec066d417b59e8c6abc133c133c133c"
            + "133c3fef3a2938ee43f1593d1ae52dbb26751fe64b7c133c136b0306d79519a65306ff408b7f3b5f9a83fdd4f46ec7dccc3384bb"
            + "6c540aaf52603cc66d1f08b7f5e71243475d0a833b51fd2a846622e847b1f3791803f26d734b9bd18178fa22cff2a31a";

    @TempDir
    Path dir;

    @Test
    void decodePrintsTheDocumentTypeHeaderAndFeatures() throws Exception {
        CliRunner.Result r = CliRunner.run("seal", "decode", "--hex", PERMIT);
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = r.json();
        assertEquals("VDS", j.get("format").asText());
        assertEquals("RESIDENCE_PERMIT", j.get("documentType").asText());
        assertEquals("UTO", j.get("issuingCountry").asText());
        assertEquals("UTTS5B", j.get("signerReference").asText());
        assertEquals("2020-01-01", j.get("issueDate").asText());
        assertEquals("UFO001979", j.get("features").get("PASSPORT_NUMBER").asText());
    }

    @Test
    void unreadableSealsAreUsageErrorsWithTheirCode() {
        CliRunner.assertUsageError(CliRunner.run("seal", "decode", "--hex", "dd03"));
        CliRunner.assertUsageError(CliRunner.run("seal", "decode", "--text", "RDB1A!!!"));
        CliRunner.assertUsageError(CliRunner.run("seal", "verify", "--hex", "zz"));
        CliRunner.Result r = CliRunner.run("--lang", "ar", "seal", "decode", "--text", "ADB1ANK6");
        CliRunner.assertUsageError(r);
        assertTrue(r.err().contains("BAD_IDB_PREFIX"), r.err());
    }

    @Test
    void aSealIssuedByTheCliVerifiesFromItsImageAgainstItsCscaAndNotWithoutIt() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair cscaKeys = g.generateKeyPair();
        KeyPair signerKeys = g.generateKeyPair();
        X500Name cscaName = new X500Name("C=AE,CN=Test CSCA");
        X509CertificateHolder csca = cert(cscaName, cscaName, cscaKeys, cscaKeys, true);
        X509CertificateHolder signer = cert(new X500Name("C=AE,CN=SS Signer"), cscaName, signerKeys, cscaKeys, false);
        Path cscaFile = write("csca.pem", "CERTIFICATE", csca.getEncoded());
        Path certFile = write("signer.pem", "CERTIFICATE", signer.getEncoded());
        Path keyFile = write("signer.key", "PRIVATE KEY", signerKeys.getPrivate().getEncoded());
        Path features = dir.resolve("features.json");
        Files.writeString(features, "{\"MRZ\":\"" + SealDemoStep.SAMPLE_MRZ.replace("\n", "\\n")
                + "\",\"SHEET_NUMBER\":\"PA0000005\"}");
        Path png = dir.resolve("seal.png");

        CliRunner.Result issued = CliRunner.run("seal", "issue", "--type", "SUPPLEMENTARY_SHEET", "--features",
                features.toString(), "--key", keyFile.toString(), "--cert", certFile.toString(), "--country", "ARE",
                "--date", "2026-03-01", "--png", png.toString());
        assertEquals(0, issued.exitCode(), issued.err());
        assertTrue(Files.size(png) > 0);

        CliRunner.Result verified = CliRunner.run("seal", "verify", "--image", png.toString(), "--cert",
                certFile.toString(), "--csca", cscaFile.toString());
        assertEquals(0, verified.exitCode(), verified.err() + verified.out());
        JsonNode j = verified.json();
        assertEquals("VALID", j.get("signature").asText());
        assertTrue(j.get("valid").asBoolean());
        assertEquals("AE", j.get("signer").get("country").asText());
        assertEquals("SUPPLEMENTARY_SHEET", j.get("documentType").asText());

        CliRunner.Result noTrust = CliRunner.run("seal", "verify", "--image", png.toString(), "--cert",
                certFile.toString());
        assertEquals(1, noTrust.exitCode());
        assertEquals("VALID", noTrust.json().get("signature").asText());
        assertFalse(noTrust.json().get("valid").asBoolean());

        CliRunner.Result unknown = CliRunner.run("seal", "verify", "--image", png.toString(), "--csca",
                cscaFile.toString());
        assertEquals(1, unknown.exitCode());
        assertEquals("SIGNER_UNKNOWN", unknown.json().get("signature").asText());

        CliRunner.assertUsageError(CliRunner.run("seal", "issue", "--type", "NOPE", "--features", features.toString(),
                "--key", keyFile.toString(), "--cert", certFile.toString()));
    }

    @Test
    void theDemoStepScansAndVerifiesTheSupplementarySheetSeal() throws Exception {
        StringWriter buffer = new StringWriter();
        CliOutput out = new CliOutput(new PrintWriter(buffer), new PrintWriter(new StringWriter()), Locale.ENGLISH);
        assertTrue(new SealDemoStep().run(out, new DemoContext(dir)), buffer.toString());
        assertTrue(buffer.toString().contains("VALID"), buffer.toString());
        assertTrue(Files.exists(dir.resolve("supplementary-sheet-seal.png")));
    }

    private Path write(String name, String type, byte[] der) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder().encodeToString(der)
                + "\n-----END " + type + "-----\n");
        return p;
    }

    private static X509CertificateHolder cert(X500Name subject, X500Name issuer, KeyPair subjectKeys,
                                              KeyPair issuerKeys, boolean ca) {
        return TestCertificates.issue(subject, issuer, subjectKeys, issuerKeys, BigInteger.valueOf(ca ? 1 : 0x77), ca,
                Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2040-01-01T00:00:00Z"));
    }
}
