package io.residentid.qr.attacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.report.Severity;
import io.residentid.qr.format.CredentialClaims;
import io.residentid.qr.issue.CredentialIssuer;
import io.residentid.qr.status.StatusChecker;
import io.residentid.qr.status.StatusList;
import io.residentid.qr.status.StatusListException;
import io.residentid.qr.status.StatusListToken;
import io.residentid.qr.testing.Fixtures;
import io.residentid.qr.trust.TrustedIssuer;
import io.residentid.qr.verify.CredentialVerifier;
import io.residentid.qr.verify.VerificationReport;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 11 items 4 and 5: status-list bounds, a missing status reference, claims of invalid credentials. */
class StatusListAttacksTest {

    private static final TrustedIssuer OMAN = Fixtures.trustList().issuer(Fixtures.ISS).orElseThrow();
    private static final long IAT = Fixtures.AT.minus(1, ChronoUnit.HOURS).getEpochSecond();
    private static final String LST = StatusList.create(1, 200_000).encodedList();

    private static String token(String extraClaims, String bits) {
        return Attacks.statusToken(Fixtures.ES256_KEY, "{\"sub\":\"" + Fixtures.STATUS_URI + "\",\"iat\":" + IAT + extraClaims
                + ",\"status_list\":{\"bits\":" + bits + ",\"lst\":\"" + LST + "\"}}");
    }

    private static VerificationReport verify(String token, StatusChecker.StalePolicy policy, String qrText) {
        StatusChecker checker = StatusChecker.builder(uri -> Optional.ofNullable(token)).stalePolicy(policy).build();
        return CredentialVerifier.builder(Fixtures.trustList()).statusChecker(checker).build().verify(qrText, Fixtures.AT);
    }

    @Test
    void bitsThatWrapAroundToOneAreRefused() {
        String wrapped = token("", "4294967297");
        assertThrows(StatusListException.class, () -> StatusListToken.parse(wrapped, OMAN, StatusList.MAX_BYTES));
        assertEquals(List.of("STATUS_UNAVAILABLE"),
                verify(wrapped, StatusChecker.StalePolicy.HARD, Fixtures.reference().qrText()).failureCodes());
    }

    @Test
    void bitsOtherThanOneTwoFourOrEightAreRefused() {
        for (String bits : List.of("0", "3", "16", "-1", "1.0", "1e0", "\"1\"")) {
            assertThrows(StatusListException.class, () -> StatusListToken.parse(token("", bits), OMAN, StatusList.MAX_BYTES), bits);
        }
    }

    @Test
    void hugeTtlIsACodedFailureNotADateTimeException() {
        for (String ttl : List.of("9000000000000000000", "0", "-5", "31622401")) {
            assertThrows(StatusListException.class,
                    () -> StatusListToken.parse(token(",\"ttl\":" + ttl, "1"), OMAN, StatusList.MAX_BYTES), ttl);
        }
    }

    @Test
    void iatAndExpOutsideSaneRangesAreRefused() {
        String base = "{\"sub\":\"" + Fixtures.STATUS_URI + "\",\"status_list\":{\"bits\":1,\"lst\":\"" + LST + "\"}";
        for (String times : List.of(",\"iat\":99999999999999", ",\"iat\":-1", ",\"iat\":" + IAT + ",\"exp\":" + (IAT - 1),
                ",\"iat\":" + IAT + ",\"exp\":99999999999999", ",\"iat\":1e3")) {
            String t = Attacks.statusToken(Fixtures.ES256_KEY, base + times + "}");
            assertThrows(StatusListException.class, () -> StatusListToken.parse(t, OMAN, StatusList.MAX_BYTES), times);
        }
    }

    @Test
    void statusListNamingAnotherIssuerIsRefused() {
        assertThrows(StatusListException.class, () -> StatusListToken.parse(
                token(",\"iss\":\"https://absher.sa\"", "1"), OMAN, StatusList.MAX_BYTES));
    }

    @Test
    void indexBeyondTheListIsUnavailableNotAnException() {
        String small = StatusListToken.sign(Fixtures.ES256_KEY, Fixtures.ISS, Fixtures.STATUS_URI, StatusList.create(8, 16),
                Fixtures.AT.minus(1, ChronoUnit.HOURS), null, null);
        assertEquals(List.of("STATUS_UNAVAILABLE"),
                verify(small, StatusChecker.StalePolicy.HARD, Fixtures.reference().qrText()).failureCodes());
    }

    @Test
    void credentialWithoutStatusUnderTheHardPolicyFailsWithStatusReferenceMissing() {
        CredentialClaims noStatus = new CredentialClaims(Fixtures.ISS, Fixtures.NBF, Fixtures.EXP, Fixtures.referenceDocument(), null);
        String text = CredentialIssuer.builder(Fixtures.ES256_KEY, Fixtures.ISS).build().issue(noStatus).qrText();
        String list = token("", "1");
        VerificationReport hard = verify(list, StatusChecker.StalePolicy.HARD, text);
        assertEquals(List.of("STATUS_REFERENCE_MISSING"), hard.failureCodes());
        assertTrue(hard.claims().isEmpty());
        VerificationReport soft = verify(list, StatusChecker.StalePolicy.SOFT, text);
        assertTrue(soft.valid());
        assertTrue(soft.findings().stream().anyMatch(f -> f.code().equals("STATUS_REFERENCE_MISSING")
                && f.severity() == Severity.WARNING));
        VerificationReport required = CredentialVerifier.builder(Fixtures.trustList()).requireStatusCheck(true).build()
                .verify(text, Fixtures.AT);
        assertEquals(List.of("STATUS_REFERENCE_MISSING"), required.failureCodes());
    }

    @Test
    void revokedCredentialDoesNotExposeItsClaims() {
        StatusList list = StatusList.create(1, 200_000);
        list.set(123456, StatusList.INVALID);
        String revoked = StatusListToken.sign(Fixtures.ES256_KEY, Fixtures.ISS, Fixtures.STATUS_URI, list,
                Fixtures.AT.minus(1, ChronoUnit.HOURS), null, null);
        VerificationReport report = verify(revoked, StatusChecker.StalePolicy.HARD, Fixtures.reference().qrText());
        assertEquals(List.of("REVOKED"), report.failureCodes());
        assertFalse(report.claims().isPresent());
        assertFalse(report.toString().contains("K****"), report.toString());
    }
}
