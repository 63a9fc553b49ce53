package io.residentid.kyc;

import com.nimbusds.jose.jwk.ECKey;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mutations of a real evidence record and hostile compact strings: verification ends in VALID (only for the
 * untouched record), INVALID, or {@link KycException} RECORD_MALFORMED, quickly; a mutated record never verifies.
 */
class EvidenceRecordFuzz {

    private static final ECKey BANK = EvidenceRecord.generateKey();
    private static final String SEED = EvidenceRecord.sign(("{\"schema\":\"kyc-report-v1\",\"verdict\":\"PASS\"}")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8), BANK);

    @Provide
    Arbitrary<String> records() {
        Arbitrary<String> flips = Arbitraries.integers().between(0, SEED.length() - 1).list().ofMinSize(1)
                .ofMaxSize(4).flatMap(pos -> Arbitraries.chars().with("AZaz09-_.=+/{}\"".toCharArray()).list()
                        .ofSize(pos.size()).map(cs -> {
                            char[] c = SEED.toCharArray();
                            for (int i = 0; i < pos.size(); i++) {
                                c[pos.get(i)] = cs.get(i);
                            }
                            return new String(c);
                        }));
        Arbitrary<String> cuts = Arbitraries.integers().between(0, SEED.length() - 1).map(n -> SEED.substring(0, n));
        Arbitrary<String> headers = Arbitraries.of("{\"alg\":\"none\"}", "{\"alg\":\"ES256\"}",
                "{\"alg\":\"ES256\",\"typ\":\"kyc-report+jwt\",\"crit\":[\"x\"]}", "{\"alg\":\"HS256\",\"typ\":\"kyc-report+jwt\"}",
                "[]", "{\"alg\":\"ES256\",\"typ\":\"kyc-report+jwt\",\"alg\":\"none\"}")
                .map(h -> Base64.getUrlEncoder().withoutPadding().encodeToString(h.getBytes()) + "."
                        + SEED.substring(SEED.indexOf('.') + 1));
        return Arbitraries.oneOf(flips, cuts, headers, Arbitraries.strings().ofMaxLength(200));
    }

    @Property(tries = 300)
    void mutatedRecordsNeverVerifyAndFailOnlyWithTheDocumentedException(@ForAll("records") String record) {
        long start = System.nanoTime();
        try {
            EvidenceRecord.Verification v = EvidenceRecord.verify(record, BANK.toPublicJWK());
            if (!record.equals(SEED)) {
                // Base64url has slack bits: a flip in the last character may decode to the same bytes.
                assertFalse(v.signatureValid() && !sameBytes(record), record);
            }
        } catch (KycException e) {
            assertTrue(e.code().equals("RECORD_MALFORMED"), e.code());
        }
        assertTrue(System.nanoTime() - start < 1_000_000_000L);
    }

    private static boolean sameBytes(String record) {
        String[] a = record.split("\\.", -1);
        String[] b = SEED.split("\\.", -1);
        if (a.length != 3) {
            return false;
        }
        try {
            for (int i = 0; i < 3; i++) {
                if (!java.util.Arrays.equals(Base64.getUrlDecoder().decode(a[i]), Base64.getUrlDecoder().decode(b[i]))) {
                    return false;
                }
            }
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
