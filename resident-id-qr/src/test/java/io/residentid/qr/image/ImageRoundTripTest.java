package io.residentid.qr.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.qr.format.EccLevel;
import io.residentid.qr.issue.IssuedCredential;
import io.residentid.qr.testing.Fixtures;
import io.residentid.qr.verify.CredentialVerifier;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;

class ImageRoundTripTest {

    private static final IssuedCredential REFERENCE = Fixtures.reference();
    // Generous limit: the shared build machine can be heavily loaded; the limit itself is tested separately.
    private static final QrImageDecoder DECODER = QrImageDecoder.builder().timeout(Duration.ofSeconds(30)).build();

    private static List<String> texts(byte[] image) throws ImageDecodeException {
        return DECODER.decode(image).stream().map(ScannedCode::text).collect(Collectors.toList());
    }

    static byte[] jpeg(BufferedImage image, float quality) throws Exception {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(image, 0, 0, null);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(quality);
            writer.write(null, new IIOImage(rgb, null, null), p);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** A "phone photo of a screen": code drawn rotated and sheared on a grey, noisy, low-contrast background. */
    static BufferedImage photo(List<BufferedImage> codes, double angle, double shear, int dark, int light, long seed) {
        int w = 1400;
        int h = 1000;
        BufferedImage photo = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(new Color(light, light, light));
        g.fillRect(0, 0, w, h);
        int slot = w / codes.size();
        for (int i = 0; i < codes.size(); i++) {
            BufferedImage code = codes.get(i);
            AffineTransform t = new AffineTransform();
            t.translate(slot * i + slot / 2.0, h / 2.0);
            t.rotate(Math.toRadians(angle));
            t.shear(shear, shear / 2);
            // small enough that the rotated, sheared code stays inside the frame
            double scale = Math.min(slot, h) * 0.55 / code.getWidth();
            t.scale(scale, scale);
            t.translate(-code.getWidth() / 2.0, -code.getHeight() / 2.0);
            g.drawImage(recolor(code, dark, light), t, null);
        }
        g.dispose();
        Random random = new Random(seed);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = (photo.getRGB(x, y) & 0xff) + (int) (random.nextGaussian() * 6);
                v = Math.max(0, Math.min(255, v));
                photo.setRGB(x, y, (v << 16) | (v << 8) | v);
            }
        }
        return photo;
    }

    private static BufferedImage recolor(BufferedImage code, int dark, int light) {
        BufferedImage out = new BufferedImage(code.getWidth(), code.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < code.getHeight(); y++) {
            for (int x = 0; x < code.getWidth(); x++) {
                int v = (code.getRGB(x, y) & 0xff) < 128 ? dark : light;
                out.setRGB(x, y, (v << 16) | (v << 8) | v);
            }
        }
        return out;
    }

    @Test
    void pngRoundTripVerifies() throws Exception {
        byte[] png = QrRenderer.builder().moduleSize(4).build().png(REFERENCE.qrText());
        List<ScannedCode> codes = DECODER.decode(png);
        assertEquals(1, codes.size());
        assertEquals(REFERENCE.qrText(), codes.get(0).text());
        assertEquals(EccLevel.M, codes.get(0).level());
        CredentialVerifier verifier = CredentialVerifier.builder(Fixtures.trustList()).build();
        var report = verifier.verify(codes.get(0).text(), Fixtures.AT, codes.get(0).level());
        assertTrue(report.valid(), report.toString());
        assertEquals(15, report.qrVersion());
    }

    @Test
    void renderedSymbolHasQuietZoneAndChosenLevel() throws Exception {
        for (EccLevel level : EccLevel.values()) {
            QrRenderer r = QrRenderer.builder().level(level).moduleSize(3).quietZone(4).build();
            BufferedImage img = r.image(REFERENCE.qrText());
            int modules = r.symbolModules(REFERENCE.qrText());
            assertEquals((modules + 8) * 3, img.getWidth());
            for (int i = 0; i < img.getWidth(); i++) {
                assertEquals(0xFFFFFFFF, img.getRGB(i, 11));
                assertEquals(0xFFFFFFFF, img.getRGB(11, i));
            }
            assertEquals(level, DECODER.decode(img).get(0).level());
        }
        assertThrows(IllegalArgumentException.class, () -> QrRenderer.builder().quietZone(3));
        assertThrows(IllegalArgumentException.class, () -> QrRenderer.builder().build().symbol("https://x"));
    }

    @Test
    void svgHasOnePathAndTheQuietZone() {
        QrRenderer r = QrRenderer.builder().moduleSize(5).build();
        String svg = r.svg(REFERENCE.qrText());
        int modules = r.symbolModules(REFERENCE.qrText()) + 8;
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + modules * 5 + "\""));
        assertTrue(svg.contains("viewBox=\"0 0 " + modules + " " + modules + "\""));
        assertTrue(svg.contains("<path fill=\"#000\" d=\"M4,4h7v1h-7z"), "finder pattern starts at the quiet zone");
    }

    @Test
    void phonePhotoRotatedSkewedLowContrastJpeg() throws Exception {
        BufferedImage code = QrRenderer.builder().moduleSize(4).build().image(REFERENCE.qrText());
        byte[] photo = jpeg(photo(List.of(code), 33, 0.12, 95, 165, 1), 0.7f);
        assertEquals(List.of(REFERENCE.qrText()), texts(photo));
    }

    @Test
    void upsideDownAndInvertedScreens() throws Exception {
        BufferedImage code = QrRenderer.builder().moduleSize(4).build().image(REFERENCE.qrText());
        assertEquals(List.of(REFERENCE.qrText()), texts(jpeg(photo(List.of(code), 180, 0, 20, 230, 2), 0.8f)));
        assertEquals(List.of(REFERENCE.qrText()), texts(jpeg(photo(List.of(code), 10, 0, 230, 30, 3), 0.8f)));
    }

    @Test
    void severalCodesInOneImage() throws Exception {
        IssuedCredential second = Fixtures.issue(Fixtures.EDDSA_KEY, Fixtures.referenceClaims());
        QrRenderer r = QrRenderer.builder().moduleSize(4).build();
        BufferedImage photo = photo(List.of(r.image(REFERENCE.qrText()), r.image(second.qrText())), -8, 0.05, 40, 210, 4);
        assertEquals(Set.of(REFERENCE.qrText(), second.qrText()), Set.copyOf(texts(jpeg(photo, 0.85f))));
    }

    @Test
    void capsAreCheckedBeforeDecoding() throws Exception {
        QrImageDecoder small = QrImageDecoder.builder().maxBytes(1000).build();
        ImageDecodeException e = assertThrows(ImageDecodeException.class,
                () -> small.decode(QrRenderer.builder().build().png(REFERENCE.qrText())));
        assertEquals(ImageDecodeException.Reason.TOO_LARGE, e.reason());
        BufferedImage huge = new BufferedImage(4000, 3000, BufferedImage.TYPE_BYTE_BINARY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(huge, "png", out);
        QrImageDecoder capped = QrImageDecoder.builder().maxPixels(10_000_000).build();
        e = assertThrows(ImageDecodeException.class, () -> capped.decode(out.toByteArray()));
        assertEquals(ImageDecodeException.Reason.TOO_LARGE, e.reason());
        e = assertThrows(ImageDecodeException.class, () -> DECODER.decode("not an image".getBytes()));
        assertEquals(ImageDecodeException.Reason.UNREADABLE, e.reason());
        e = assertThrows(ImageDecodeException.class, () -> DECODER.decode(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}));
        assertEquals(ImageDecodeException.Reason.UNREADABLE, e.reason());
    }

    @Test
    void slowDecodingHitsTheTimeLimit() throws Exception {
        Random random = new Random(5);
        BufferedImage noise = new BufferedImage(3000, 3000, BufferedImage.TYPE_BYTE_GRAY);
        byte[] pixels = ((java.awt.image.DataBufferByte) noise.getRaster().getDataBuffer()).getData();
        random.nextBytes(pixels);
        QrImageDecoder hasty = QrImageDecoder.builder().timeout(Duration.ofMillis(5)).build();
        ImageDecodeException e = assertThrows(ImageDecodeException.class, () -> hasty.decode(noise));
        assertEquals(ImageDecodeException.Reason.TIMEOUT, e.reason());
    }

    @Test
    void imageWithoutCodesGivesNone() throws Exception {
        BufferedImage blank = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
        assertTrue(DECODER.decode(blank).isEmpty());
    }

    @Test
    void aLargePhoneStylePhotoIsDownscaledAndStillDecodes() throws Exception {
        // 8000 x 6000 = 48 megapixels, the code in the middle: read subsampled, never refused.
        BufferedImage code = QrRenderer.builder().moduleSize(24).build().image(REFERENCE.qrText());
        BufferedImage photo = new BufferedImage(8000, 6000, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = photo.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 8000, 6000);
        g.drawImage(code, 4000 - code.getWidth() / 2, 3000 - code.getHeight() / 2, null);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(photo, "png", out);
        assertEquals(List.of(REFERENCE.qrText()), texts(out.toByteArray()));
        BufferedImage small = QrImageDecoder.downscale(photo, 12_000_000L);
        assertTrue((long) small.getWidth() * small.getHeight() <= 12_000_000L);
    }

    @Test
    void webpAndHeicSayWhatToConvertTo() {
        byte[] webp = {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' '};
        ImageDecodeException e = assertThrows(ImageDecodeException.class, () -> DECODER.decode(webp));
        assertEquals(ImageDecodeException.Reason.UNSUPPORTED_FORMAT, e.reason());
        assertTrue(e.getMessage().contains("PNG or JPEG"), e.getMessage());
        byte[] heic = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0};
        assertEquals(ImageDecodeException.Reason.UNSUPPORTED_FORMAT,
                assertThrows(ImageDecodeException.class, () -> DECODER.decode(heic)).reason());
    }

    @Test
    void aServerSizesItsDecoderAndQueuesBrieflyInsteadOfFailing() throws Exception {
        QrImageDecoder oneAtATime = QrImageDecoder.builder().maxConcurrentScans(1)
                .busyWait(Duration.ofSeconds(20)).timeout(Duration.ofSeconds(20)).build();
        byte[] png = QrRenderer.builder().moduleSize(4).build().png(REFERENCE.qrText());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<ScannedCode>>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> oneAtATime.decode(png)));
            }
            for (java.util.concurrent.Future<List<ScannedCode>> r : results) {
                assertEquals(REFERENCE.qrText(), r.get().get(0).text());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThrows(IllegalArgumentException.class, () -> QrImageDecoder.builder().maxConcurrentScans(0));
        assertThrows(IllegalArgumentException.class, () -> QrImageDecoder.builder().busyWait(Duration.ofSeconds(-1)));
    }
}
