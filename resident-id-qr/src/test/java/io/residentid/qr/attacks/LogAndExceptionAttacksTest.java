package io.residentid.qr.attacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.model.IssuingCountry;
import io.residentid.qr.image.QrImageDecoder;
import io.residentid.qr.image.QrRenderer;
import io.residentid.qr.image.ScannedCode;
import io.residentid.qr.internal.LogSafe;
import io.residentid.qr.testing.Fixtures;
import io.residentid.qr.testing.Forge;
import io.residentid.qr.trust.SigningKey;
import io.residentid.qr.trust.TrustList;
import io.residentid.qr.trust.TrustListException;
import io.residentid.qr.trust.TrustedIssuer;
import io.residentid.qr.verify.CredentialVerifier;
import io.residentid.qr.verify.VerificationReport;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 11 items 8, 9 and 10: forged log lines, uniform images, undocumented exceptions. */
class LogAndExceptionAttacksTest {

    @Test
    void kidWithALineBreakCannotForgeALogLine() {
        String header = "{\"alg\":\"ES256\",\"kid\":\"AB\\r\\nINFO forged\",\"zip\":\"DEF\"}";
        VerificationReport report = CredentialVerifier.builder(Fixtures.trustList()).build()
                .verify(Forge.text(header, Attacks.claimsJson(), input -> new byte[64]), Fixtures.AT);
        assertEquals(List.of("HEADER_INVALID"), report.failureCodes());
        assertFalse(report.toString().contains("\n") || report.toString().contains("\r"), report.toString());
    }

    @Test
    void logValuesAreEscaped() {
        assertEquals("a\\u000D\\u000AINFO x", LogSafe.value("a\r\nINFO x"));
        assertEquals("\\u2028\\u202E\\\\", LogSafe.value("\u2028\u202E\\"));
        assertTrue(LogSafe.value("x".repeat(500)).length() <= LogSafe.MAX_LENGTH + 1);
        assertEquals("null", LogSafe.value(null));
    }

    @Test
    void issuerUriWithALineBreakIsRefused() {
        assertThrows(TrustListException.class, () -> TrustedIssuer.builder("https://a.example/\r\nINFO forged",
                IssuingCountry.OMAN).key(Fixtures.ES256_KEY.issuerKey()).build());
    }

    @Test
    void readableCodeOnAPureWhiteCanvasDecodes() throws Exception {
        String text = Fixtures.reference().qrText();
        BufferedImage code = QrRenderer.builder().moduleSize(2).build().image(text);
        // >= 98 % of the pixels are pure white: the histogram stretch used to divide by zero.
        BufferedImage canvas = new BufferedImage(1400, 1400, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = canvas.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.drawImage(code, 600, 600, null);
        g.dispose();
        List<ScannedCode> codes = QrImageDecoder.builder().build().decode(canvas);
        assertEquals(1, codes.size());
        assertEquals(text, codes.get(0).text());
    }

    @Test
    void pureWhiteAndPureBlackImagesHoldNoCodeAndDoNotThrow() throws Exception {
        for (Color color : List.of(Color.WHITE, Color.BLACK)) {
            BufferedImage canvas = new BufferedImage(300, 300, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = canvas.createGraphics();
            g.setColor(color);
            g.fillRect(0, 0, 300, 300);
            g.dispose();
            assertTrue(QrImageDecoder.builder().build().decode(canvas).isEmpty());
        }
    }

    @Test
    void signingKeyParseOfTheJsonNullThrowsTheDocumentedException() {
        for (String json : List.of("null", "[]", "1", "{}", "{\"kty\":null}", "{\"kty\":\"EC\",\"crv\":\"P-256\",\"d\":\"AA\"}")) {
            assertThrows(TrustListException.class, () -> SigningKey.parse(json), json);
        }
    }

    @Test
    void trustListWithAHugeNumberThrowsTheDocumentedException() {
        for (String json : List.of("{\"version\":1e99999999900,\"issuers\":[]}", "{\"version\":99999999999999999999999,\"issuers\":[]}",
                "{\"version\":1,\"sequence\":-1,\"issuers\":[]}", "{\"version\":1,\"issuers\":[],\"x\":1}", "null")) {
            assertThrows(TrustListException.class, () -> TrustList.parse(json.getBytes(StandardCharsets.UTF_8)), json);
        }
    }
}
