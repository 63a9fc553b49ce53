package io.residentid.kyc;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MasterListTrustTest {

    static byte[] masterList() throws Exception {
        try (InputStream in = MasterListTrustTest.class.getResourceAsStream("/icao/DE_masterlist_2025-08-14.ml")) {
            return in.readAllBytes();
        }
    }

    @Test
    void theGermanMasterListHoldsTheRealGccCscas() throws Exception {
        KycTrust trust = KycTrust.builder().masterList(masterList(), "DE_masterlist_2025-08-14.ml").build();
        Map<String, Integer> counts = trust.summary(Instant.parse("2025-08-14T00:00:00Z"), 90, true).stream()
                .collect(Collectors.toMap(KycTrust.CountrySummary::country, KycTrust.CountrySummary::cscas));
        assertEquals(Map.of("AE", 5, "OM", 5, "QA", 2, "SA", 1, "KW", 3, "BH", 1), counts);
        assertTrue(trust.anchors().stream().allMatch(a -> a.source().equals("masterlist:DE_masterlist_2025-08-14.ml")));
    }

    @Test
    void aMasterListWhoseSignatureIsBrokenIsRejected() throws Exception {
        byte[] ml = masterList();
        // The signature value is among the last bytes of the CMS: flip one there.
        ml[ml.length - 20] ^= 0x01;
        KycException e = assertThrows(KycException.class, () -> KycTrust.builder().masterList(ml, "broken.ml"));
        assertTrue(List.of("MASTERLIST_SIGNATURE_INVALID", "TRUST_MALFORMED").contains(e.code()), e.code());
    }

    @Test
    void aDocumentSignedOutsideTheRealGccPkiFailsAgainstRealTrust() throws Exception {
        KycTrust trust = KycTrust.builder().masterList(masterList(), "DE").build();
        KycReport r = KycVerifier.builder().trust(trust).build().verify(KycEvidence.builder()
                .chip(KycFixtures.demoEvidence()).build());
        assertEquals(KycDecision.FAIL, r.decision());
        assertTrue(r.has(KycCode.DS_CHAIN_UNTRUSTED));
    }
}
