package io.residentid.kyc;

import io.residentid.emulator.ResidentCard;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A verifier that reuses valid document signer paths answers exactly as a fresh one, at any time asked. */
class DocumentSignerChainCacheTest {

    private static KycVerifier verifier(ResidentCard card) {
        return KycVerifier.builder().trust(KycFixtures.trust(card)).build();
    }

    private static List<String> authenticity(KycReport r) {
        return r.check("document-authenticity").orElseThrow().findings().stream()
                .map(f -> f.code() + f.arguments()).toList();
    }

    @Test
    void aReusedVerifierGivesTheSameAnswerAsAFreshOneNowAndAfterTheSignerExpires() {
        ResidentCard card = KycFixtures.demoCard();
        KycEvidence evidence = KycEvidence.builder().chip(KycFixtures.demoEvidence()).build();
        KycVerifier reused = verifier(card);
        Instant now = Instant.now();
        KycReport first = reused.verify(evidence, now);
        assertTrue(first.has(KycCode.DS_CHAIN_VALID), authenticity(first).toString());
        for (Instant at : List.of(now, now.plusSeconds(60), Instant.parse("2099-06-01T00:00:00Z"),
                Instant.parse("2001-01-01T00:00:00Z"), now)) {
            KycReport cached = reused.verify(evidence, at);
            KycReport fresh = verifier(card).verify(evidence, at);
            assertEquals(authenticity(fresh), authenticity(cached), "at " + at);
            assertEquals(fresh.decision(), cached.decision(), "at " + at);
            assertEquals(fresh.anchors(), cached.anchors(), "at " + at);
        }
    }

    @Test
    void trustWithCscasHasThePathCacheAndEmptyTrustHasNone() {
        KycTrust withoutCrls = KycFixtures.trust(KycFixtures.demoCard());
        assertTrue(withoutCrls.documentSignerChains().isPresent());
        assertTrue(KycTrust.empty().documentSignerChains().isEmpty());
    }
}
