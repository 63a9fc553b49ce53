package io.residentid.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyQrPhotoTest {

    @TempDir
    Path dir;

    @Test
    void theRenderedCredentialIsScannedAndVerified() throws Exception {
        Path png = dir.resolve("credential.png");
        Path trust = dir.resolve("trust.json");
        VerifyQrPhoto.issueSample(png, trust);
        ExampleOutput out = new ExampleOutput();
        assertTrue(VerifyQrPhoto.verify(png, trust, out.stream()), out.text());
        String text = out.text();
        assertTrue(text.startsWith("valid, issued by " + VerifyQrPhoto.ISSUER), text);
        assertFalse(text.contains("KUMAR") || text.contains("123456789"), "personal data unmasked: " + text);
    }

    @Test
    void aCredentialFromAnIssuerNotOnTheTrustListIsRefusedInArabic() throws Exception {
        Path png = dir.resolve("credential.png");
        VerifyQrPhoto.issueSample(png, dir.resolve("trust.json"));
        Path otherTrust = dir.resolve("other-trust.json");
        VerifyQrPhoto.issueSample(dir.resolve("other.png"), otherTrust);   // same issuer URI, another key
        Files.deleteIfExists(dir.resolve("other.png"));
        ExampleOutput out = new ExampleOutput();
        assertFalse(VerifyQrPhoto.verify(png, otherTrust, out.stream()));
        assertTrue(out.text().startsWith("UNKNOWN_KEY: "), out.text());
        assertTrue(out.text().chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF), out.text());
    }
}
