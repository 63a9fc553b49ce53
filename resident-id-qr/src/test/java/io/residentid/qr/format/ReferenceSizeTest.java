package io.residentid.qr.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.qr.image.QrRenderer;
import io.residentid.qr.issue.IssuedCredential;
import io.residentid.qr.testing.Fixtures;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class ReferenceSizeTest {

    @RepeatedTest(20)
    void referenceCredentialFitsVersion15AtLevelM() {
        IssuedCredential c = Fixtures.reference();
        int version = QrSymbol.version(c.qrText(), EccLevel.M);
        assertTrue(version <= 15, "version " + version + " for " + c.qrText().length() + " characters");
    }

    @Test
    void zxingMinimalEncoderAgreesWithTheTwoSegmentComputation() {
        IssuedCredential c = Fixtures.reference();
        for (EccLevel level : EccLevel.values()) {
            int computed = QrSymbol.version(c.qrText(), level);
            int zxing = QrRenderer.builder().level(level).build().symbol(c.qrText()).getVersion().getVersionNumber();
            assertEquals(computed, zxing, level.name());
        }
        System.out.println("reference: jws " + c.jws().length() + " chars, text " + c.qrText().length()
                + ", version M=" + QrSymbol.version(c.qrText(), EccLevel.M) + " bits=" + QrSymbol.dataBits(c.qrText(), 15)
                + "/" + QrSymbol.capacityBits(15, EccLevel.M) + " jws=" + c.jws());
    }

    @Test
    void eddsaReferenceFitsVersion15Too() {
        IssuedCredential c = Fixtures.issue(Fixtures.EDDSA_KEY, Fixtures.referenceClaims());
        assertTrue(QrSymbol.version(c.qrText(), EccLevel.M) <= 15);
    }
}
