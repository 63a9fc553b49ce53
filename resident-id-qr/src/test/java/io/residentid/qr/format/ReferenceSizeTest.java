package io.residentid.qr.format;

import io.residentid.qr.internal.QrSymbol;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.qr.image.QrRenderer;
import io.residentid.qr.issue.IssuedCredential;
import io.residentid.qr.testing.Fixtures;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class ReferenceSizeTest {

    private static IssuedCredential referenceAt(long nbfSeconds) {
        Instant nbf = Instant.ofEpochSecond(nbfSeconds);
        CredentialClaims claims = new CredentialClaims(Fixtures.ISS, nbf, nbf.plus(365, ChronoUnit.DAYS),
                Fixtures.referenceDocument(), Fixtures.referenceClaims().status());
        return Fixtures.issue(Fixtures.ES256_KEY, claims);
    }

    @Property(tries = 300)
    void referenceCredentialFitsVersion15AtLevelMWhateverTheIssueTime(
            @ForAll @LongRange(min = 1_750_000_000L, max = 2_100_000_000L) long nbf) {
        IssuedCredential c = referenceAt(nbf);
        int version = QrSymbol.version(c.qrText(), EccLevel.M);
        assertTrue(version <= 15, "version " + version + " for " + c.qrText().length() + " characters");
    }

    @Test
    void eddsaReferenceFitsVersion15Too() {
        IssuedCredential c = Fixtures.issue(Fixtures.EDDSA_KEY, Fixtures.referenceClaims());
        assertEquals(15, QrSymbol.version(c.qrText(), EccLevel.M));
    }

    @Test
    void aFullThumbprintKidWouldNeedVersion16() throws Exception {
        IssuedCredential c = Fixtures.reference();
        String fullKid = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                Fixtures.ES256_KEY.publicJwk().thumbprint().toByteArray());
        String header = "{\"alg\":\"ES256\",\"kid\":\"" + fullKid + "\",\"zip\":\"DEF\"}";
        String[] parts = c.jws().split("\\.");
        String jws = Base64.getUrlEncoder().withoutPadding().encodeToString(header.getBytes()) + "." + parts[1] + "." + parts[2];
        assertEquals(16, QrSymbol.version(QrText.encode(jws), EccLevel.M));
    }

    @Test
    void zxingMinimalEncoderAgreesWithTheTwoSegmentComputation() {
        IssuedCredential c = Fixtures.reference();
        for (EccLevel level : EccLevel.values()) {
            int computed = QrSymbol.version(c.qrText(), level);
            int zxing = QrRenderer.builder().level(level).build().symbolVersion(c.qrText());
            assertEquals(computed, zxing, level.name());
        }
    }

    @Test
    void segmentBitsFollowIso18004() {
        // 5 prefix bytes in byte mode (4 + 16 + 40 at versions 10+), 6 digits in numeric mode (4 + 12 + 20)
        assertEquals(60 + 36, QrSymbol.dataBits("rid:/123456", 10));
        assertEquals(4 + 8 + 40 + 4 + 10 + 20 + 4, QrSymbol.dataBits("rid:/1234567", 1));
        assertEquals(1, QrSymbol.version("rid:/00", EccLevel.M));
    }
}
