package io.residentid.qr.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.qr.format.FailureCode;
import io.residentid.qr.testing.Fixtures;
import io.residentid.qr.trust.TrustedIssuer;
import io.residentid.qr.verify.CredentialVerifier;
import io.residentid.qr.verify.VerificationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusCheckerTest {

    private static final TrustedIssuer OMAN = Fixtures.trustList().issuer(Fixtures.ISS).orElseThrow();

    private static String token(StatusList list, Instant iat, Duration ttl) {
        return StatusListToken.sign(Fixtures.ES256_KEY, Fixtures.ISS, Fixtures.STATUS_URI, list, iat, null, ttl);
    }

    private static VerificationReport verify(String token, StatusChecker.StalePolicy policy, Instant at) {
        StatusChecker checker = StatusChecker.builder(uri -> Optional.ofNullable(token)).stalePolicy(policy).build();
        return CredentialVerifier.builder(Fixtures.trustList()).statusChecker(checker).build()
                .verify(Fixtures.reference().qrText(), at);
    }

    @Test
    void bitsArePackedLeastSignificantFirstAsInTheDraft() throws Exception {
        // The draft's example: one bit each, statuses 1 at 0,3,4,5,7,8,9,13,15 -> bytes B9 A3
        StatusList list = StatusList.create(1, 16);
        for (int i = 0; i < 16; i++) {
            list.set(i, (0xA3B9 >>> i) & 1);
        }
        StatusList decoded = StatusList.decode(1, list.encodedList(), 1024);
        byte[] raw = inflate(list.encodedList());
        assertEquals(0xB9, raw[0] & 0xff);
        assertEquals(0xA3, raw[1] & 0xff);
        for (int i = 0; i < 16; i++) {
            assertEquals(list.get(i), decoded.get(i));
        }
    }

    private static byte[] inflate(String lst) throws Exception {
        try (java.util.zip.InflaterInputStream in = new java.util.zip.InflaterInputStream(
                new java.io.ByteArrayInputStream(Base64.getUrlDecoder().decode(lst)))) {
            return in.readAllBytes();
        }
    }

    @Test
    void multiBitValuesRoundTrip() throws Exception {
        for (int bits : new int[] {1, 2, 4, 8}) {
            StatusList list = StatusList.create(bits, 1000);
            for (int i = 0; i < 1000; i += 7) {
                list.set(i, i % (1 << bits));
            }
            StatusList back = StatusList.decode(bits, list.encodedList(), 4096);
            for (int i = 0; i < 1000; i++) {
                assertEquals(list.get(i), back.get(i));
            }
        }
    }

    @Test
    void validEntryVerifies() {
        VerificationReport r = verify(token(StatusList.create(1, 200_000), Fixtures.AT.minusSeconds(60), Duration.ofHours(1)),
                StatusChecker.StalePolicy.HARD, Fixtures.AT);
        assertTrue(r.valid(), r.toString());
    }

    @Test
    void revokedEntryIsRevoked() {
        StatusList list = StatusList.create(2, 200_000);
        list.set(123456, StatusList.INVALID);
        assertEquals(List.of("REVOKED"), verify(token(list, Fixtures.AT, Duration.ofHours(1)),
                StatusChecker.StalePolicy.HARD, Fixtures.AT).failureCodes());
        list.set(123456, StatusList.SUSPENDED);
        assertEquals(List.of("REVOKED"), verify(token(list, Fixtures.AT, Duration.ofHours(1)),
                StatusChecker.StalePolicy.HARD, Fixtures.AT).failureCodes());
    }

    @Test
    void staleListFailsHardOrWarnsSoft() {
        String stale = token(StatusList.create(1, 200_000), Fixtures.AT.minusSeconds(7200), Duration.ofHours(1));
        assertEquals(List.of("STATUS_UNAVAILABLE"), verify(stale, StatusChecker.StalePolicy.HARD, Fixtures.AT).failureCodes());
        VerificationReport soft = verify(stale, StatusChecker.StalePolicy.SOFT, Fixtures.AT);
        assertTrue(soft.valid());
        assertTrue(soft.has(FailureCode.STATUS_STALE));
    }

    @Test
    void missingListOrIndexOutsideIsUnavailable() {
        assertEquals(List.of("STATUS_UNAVAILABLE"), verify(null, StatusChecker.StalePolicy.SOFT, Fixtures.AT).failureCodes());
        assertEquals(List.of("STATUS_UNAVAILABLE"), verify(token(StatusList.create(1, 1000), Fixtures.AT, null),
                StatusChecker.StalePolicy.HARD, Fixtures.AT).failureCodes());
    }

    @Test
    void listSignedByAnotherIssuerIsUnavailable() {
        String forged = StatusListToken.sign(Fixtures.OTHER_KEY, Fixtures.ISS, Fixtures.STATUS_URI,
                StatusList.create(1, 200_000), Fixtures.AT, null, null);
        assertEquals(List.of("STATUS_UNAVAILABLE"), verify(forged, StatusChecker.StalePolicy.SOFT, Fixtures.AT).failureCodes());
        String tampered = token(StatusList.create(1, 200_000), Fixtures.AT, null);
        String[] p = tampered.split("\\.");
        String other = token(StatusList.create(1, 300_000), Fixtures.AT, null).split("\\.")[1];
        assertEquals(List.of("STATUS_UNAVAILABLE"), verify(p[0] + "." + other + "." + p[2],
                StatusChecker.StalePolicy.SOFT, Fixtures.AT).failureCodes());
    }

    @Test
    void zlibBombIsRefused() {
        StatusList huge = StatusList.create(8, 16 << 20);
        assertThrows(StatusListException.class, () -> StatusList.decode(8, huge.encodedList(), 1 << 20));
        assertThrows(StatusListException.class, () -> StatusList.decode(1, "not base64!", 1024));
        assertThrows(StatusListException.class, () -> StatusList.decode(3, "eNoDAAAAAAE", 1024));
        assertThrows(StatusListException.class, () -> StatusList.decode(1, "AAAA", 1024));
    }

    @Test
    void fileProviderServesTheTokenWhoseSubjectMatches(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("status.jwt");
        Files.writeString(file, token(StatusList.create(1, 200_000), Fixtures.AT, Duration.ofHours(1)));
        FileStatusListProvider provider = FileStatusListProvider.of(file);
        assertTrue(provider.fetch(Fixtures.STATUS_URI).isPresent());
        assertTrue(provider.fetch("https://status.rop.gov.om/2").isEmpty());
        StatusChecker checker = StatusChecker.builder(provider).build();
        assertEquals(StatusOutcome.Result.VALID,
                checker.check(Fixtures.referenceClaims().status(), OMAN, Fixtures.AT).result());
    }
}
