package io.residentid.qr.attacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.model.IssuingCountry;
import io.residentid.core.report.Severity;
import io.residentid.qr.format.CredentialClaims;
import io.residentid.qr.format.FailureCode;
import io.residentid.qr.format.SignatureAlgorithm;
import io.residentid.qr.issue.CredentialIssuer;
import io.residentid.qr.status.StatusChecker;
import io.residentid.qr.status.StatusList;
import io.residentid.qr.status.StatusListToken;
import io.residentid.qr.testing.Fixtures;
import io.residentid.qr.trust.KeyStatus;
import io.residentid.qr.trust.SignedTrustListReader;
import io.residentid.qr.trust.SigningKey;
import io.residentid.qr.trust.TrustList;
import io.residentid.qr.trust.TrustListException;
import io.residentid.qr.trust.TrustedIssuer;
import io.residentid.qr.verify.CredentialVerifier;
import io.residentid.qr.verify.VerificationReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 11 items 2 and 3: status lists and credentials signed by keys outside their active period; trust lists. */
class KeyLifecycleAttacksTest {

    private static final SigningKey COMPROMISED = SigningKey.generate(SignatureAlgorithm.ES256);
    private static final Instant REVOKED_AT = Fixtures.NBF.plus(5, ChronoUnit.DAYS);

    /** Oman: the fixture key active, a second key revoked (compromised) five days after the reference was issued. */
    private static TrustList omanWithCompromisedKey() throws TrustListException {
        TrustedIssuer oman = TrustedIssuer.builder(Fixtures.ISS, IssuingCountry.OMAN).key(Fixtures.ES256_KEY.issuerKey())
                .key(COMPROMISED.issuerKey().withStatus(KeyStatus.REVOKED, REVOKED_AT)).build();
        return TrustList.of(List.of(oman));
    }

    private static VerificationReport verifyReference(TrustList trust, String token, StatusChecker.StalePolicy policy) {
        StatusChecker checker = StatusChecker.builder(uri -> Optional.of(token)).stalePolicy(policy).build();
        return CredentialVerifier.builder(trust).statusChecker(checker).build()
                .verify(Fixtures.reference().qrText(), Fixtures.AT);
    }

    @Test
    void allValidStatusListSignedByARevokedKeyDoesNotUnrevokeACredential() throws Exception {
        TrustList trust = omanWithCompromisedKey();
        StatusList genuine = StatusList.create(1, 200_000);
        genuine.set(123456, StatusList.INVALID);
        Instant iat = Fixtures.AT.minus(1, ChronoUnit.HOURS);
        String real = StatusListToken.sign(Fixtures.ES256_KEY, Fixtures.ISS, Fixtures.STATUS_URI, genuine, iat, null, null);
        assertEquals(List.of("REVOKED"), verifyReference(trust, real, StatusChecker.StalePolicy.HARD).failureCodes());

        String forged = StatusListToken.sign(COMPROMISED, Fixtures.ISS, Fixtures.STATUS_URI, StatusList.create(1, 200_000),
                iat, null, null);
        VerificationReport hard = verifyReference(trust, forged, StatusChecker.StalePolicy.HARD);
        assertEquals(List.of("STATUS_UNAVAILABLE"), hard.failureCodes(), hard.toString());
        VerificationReport soft = verifyReference(trust, forged, StatusChecker.StalePolicy.SOFT);
        assertTrue(soft.findings().stream().anyMatch(f -> f.code().equals("STATUS_UNAVAILABLE")
                && f.severity() == Severity.WARNING), soft.toString());
    }

    @Test
    void statusListSignedByARetiredKeyAfterItsRetirementIsNotUsed() throws Exception {
        SigningKey old = SigningKey.generate(SignatureAlgorithm.ES256);
        TrustedIssuer oman = TrustedIssuer.builder(Fixtures.ISS, IssuingCountry.OMAN).key(Fixtures.ES256_KEY.issuerKey())
                .key(old.issuerKey().withStatus(KeyStatus.RETIRED, REVOKED_AT)).build();
        String token = StatusListToken.sign(old, Fixtures.ISS, Fixtures.STATUS_URI, StatusList.create(1, 200_000),
                Fixtures.AT.minus(1, ChronoUnit.HOURS), null, null);
        assertEquals(List.of("STATUS_UNAVAILABLE"),
                verifyReference(TrustList.of(List.of(oman)), token, StatusChecker.StalePolicy.HARD).failureCodes());
    }

    @Test
    void retiredKeyCannotMintACredentialWithABackdatedNbf() throws Exception {
        SigningKey retired = SigningKey.generate(SignatureAlgorithm.ES256);
        TrustedIssuer oman = TrustedIssuer.builder(Fixtures.ISS, IssuingCountry.OMAN).key(Fixtures.ES256_KEY.issuerKey())
                .key(retired.issuerKey().withStatus(KeyStatus.RETIRED, REVOKED_AT)).build();
        CredentialVerifier verifier = CredentialVerifier.builder(TrustList.of(List.of(oman))).build();
        Instant iat = REVOKED_AT.plus(2, ChronoUnit.DAYS);
        CredentialClaims backdated = new CredentialClaims(Fixtures.ISS, iat, Fixtures.NBF, Fixtures.EXP,
                Fixtures.referenceDocument(), null);
        String text = CredentialIssuer.builder(retired, Fixtures.ISS).build().issue(backdated).qrText();
        assertEquals(List.of("KEY_NOT_ACTIVE"), verifier.verify(text, Fixtures.AT).failureCodes());
        // Issued before the retirement: still valid.
        CredentialClaims before = new CredentialClaims(Fixtures.ISS, Fixtures.NBF, Fixtures.EXP, Fixtures.referenceDocument(), null);
        assertTrue(verifier.verify(CredentialIssuer.builder(retired, Fixtures.ISS).build().issue(before).qrText(),
                Fixtures.AT).valid());
    }

    @Test
    void credentialWithoutIatIsRefused() {
        String withoutIat = Attacks.claimsJson().replace("\"iat\":", "\"nbf\":");
        VerificationReport report = CredentialVerifier.builder(Fixtures.trustList()).build()
                .verify(Attacks.signed(Fixtures.ES256_KEY, withoutIat), Fixtures.AT);
        assertEquals(List.of("SCHEMA_INVALID"), report.failureCodes());
    }

    @Test
    void credentialIssuedInTheFutureIsNotYetValid() {
        Instant iat = Fixtures.AT.plus(1, ChronoUnit.DAYS);
        String json = Attacks.json(new CredentialClaims(Fixtures.ISS, iat, Fixtures.NBF, Fixtures.EXP, Fixtures.referenceDocument(), null));
        assertEquals(List.of("NOT_YET_VALID"), CredentialVerifier.builder(Fixtures.trustList()).build()
                .verify(Attacks.signed(Fixtures.ES256_KEY, json), Fixtures.AT).failureCodes());
    }

    @Test
    void fiftyYearCredentialExceedsTheMaximumValidity() throws Exception {
        Instant exp = Fixtures.NBF.plus(50 * 366, ChronoUnit.DAYS);
        String json = Attacks.json(new CredentialClaims(Fixtures.ISS, Fixtures.NBF, exp, Fixtures.referenceDocument(), null));
        CredentialVerifier verifier = CredentialVerifier.builder(Fixtures.trustList()).build();
        assertEquals(List.of("VALIDITY_TOO_LONG"),
                verifier.verify(Attacks.signed(Fixtures.ES256_KEY, json), Fixtures.AT).failureCodes());
        assertThrows(IllegalArgumentException.class, () -> CredentialIssuer.builder(Fixtures.ES256_KEY, Fixtures.ISS).build()
                .issue(new CredentialClaims(Fixtures.ISS, Fixtures.NBF, exp, Fixtures.referenceDocument(), null)));
        // A trust list may lower the limit per issuer.
        TrustedIssuer strict = Fixtures.trustList().issuer(Fixtures.ISS).orElseThrow().toBuilder()
                .maxCredentialValidity(Duration.ofDays(30)).build();
        TrustList reread = TrustList.parse(Fixtures.trustList().with(strict).toJson());
        assertEquals(List.of("VALIDITY_TOO_LONG"), CredentialVerifier.builder(reread).build()
                .verify(Fixtures.reference().qrText(), Fixtures.AT).failureCodes());
    }

    @Test
    void rolledBackTrustListIsRefused() throws Exception {
        SigningKey signer = SigningKey.generate(SignatureAlgorithm.ES256);
        Instant now = Instant.parse("2026-12-01T00:00:00Z");
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        String v4 = Fixtures.trustList().withMetadata(4, now.minus(2, ChronoUnit.DAYS), now.plus(20, ChronoUnit.DAYS)).sign(signer);
        String v5 = Fixtures.trustList().withMetadata(5, now.minus(1, ChronoUnit.DAYS), now.plus(20, ChronoUnit.DAYS)).sign(signer);
        SignedTrustListReader reader = SignedTrustListReader.builder(signer.issuerKey()).clock(clock).build();
        assertEquals(4, reader.read(v4).sequence().orElseThrow());
        assertEquals(5, reader.read(v5).sequence().orElseThrow());
        assertThrows(TrustListException.class, () -> reader.read(v4));
        assertEquals(5, reader.highestSequence());
        // The saved sequence survives a restart.
        SignedTrustListReader restarted = SignedTrustListReader.builder(signer.issuerKey()).clock(clock)
                .minimumSequence(reader.highestSequence()).build();
        assertThrows(TrustListException.class, () -> restarted.read(v4));
    }

    @Test
    void expiredSignedTrustListIsRefused() throws Exception {
        SigningKey signer = SigningKey.generate(SignatureAlgorithm.ES256);
        Instant now = Instant.parse("2026-12-01T00:00:00Z");
        String expired = Fixtures.trustList().withMetadata(9, now.minus(40, ChronoUnit.DAYS), now.minus(1, ChronoUnit.DAYS))
                .sign(signer);
        assertThrows(TrustListException.class, () -> TrustList.parseSigned(expired, signer.issuerKey(), now, 0));
        assertTrue(TrustList.parseSigned(expired, signer.issuerKey(), now.minus(2, ChronoUnit.DAYS), 0).expiresAt().isPresent());
    }

    @Test
    void signedTrustListWithoutSequenceIsRefused() throws Exception {
        SigningKey signer = SigningKey.generate(SignatureAlgorithm.ES256);
        byte[] unsigned = Fixtures.trustList().toJson();
        String header = "{\"alg\":\"ES256\",\"kid\":\"" + signer.kid() + "\",\"typ\":\"" + TrustList.SIGNED_TYPE + "\"}";
        String input = io.residentid.qr.testing.Forge.b64(header) + "." + io.residentid.qr.testing.Forge.b64(unsigned);
        String jws = input + "." + io.residentid.qr.testing.Forge.b64(signer.sign(input.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertThrows(TrustListException.class, () -> TrustList.parseSigned(jws, signer.issuerKey()));
        assertFalse(TrustList.parse(unsigned).sequence().isPresent());
    }
}
