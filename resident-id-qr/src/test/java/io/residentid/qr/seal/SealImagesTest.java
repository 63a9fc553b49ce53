package io.residentid.qr.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.residentid.core.model.Bytes;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SealImagesTest {

    @Test
    void aVdsRenderedAsDataMatrixScansBackToTheSameBytes() {
        byte[] vds = SealTestPki.p256().issuer().issueVds("RESIDENCE_PERMIT", SealIssuerTest.permit(),
                LocalDate.of(2026, 3, 1));
        byte[] png = SealImages.dataMatrixPng(vds, 600);
        String text = SealImages.read(png);
        assertEquals(Bytes.of(vds), Bytes.of(text.getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("RESIDENCE_PERMIT", SealDecoder.standard().decodeText(text).documentType());
    }

    @Test
    void anIdbRenderedAsDataMatrixScansBackToTheSameText() {
        String idb = SealTestData.cases().get("cases").get(35).get("raw").get("value").asText();
        String text = SealImages.read(SealImages.dataMatrixPng(idb.getBytes(StandardCharsets.US_ASCII), 600));
        assertEquals(idb, text);
    }

    @Test
    void anImageWithNoBarcodeIsNoBarcode() {
        BufferedImage blank = new BufferedImage(200, 200, BufferedImage.TYPE_BYTE_GRAY);
        assertEquals(SealCode.NO_BARCODE, assertThrows(SealException.class, () -> SealImages.read(blank))
                .sealCode());
    }

    @Test
    void bytesThatAreNoImageAreBadImage() {
        assertEquals(SealCode.BAD_IMAGE, assertThrows(SealException.class,
                () -> SealImages.read(new byte[] {1, 2, 3})).sealCode());
        assertEquals(SealCode.BAD_IMAGE, assertThrows(SealException.class,
                () -> SealImages.read(new byte[0])).sealCode());
    }
}
