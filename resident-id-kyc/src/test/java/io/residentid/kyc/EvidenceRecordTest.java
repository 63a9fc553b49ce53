package io.residentid.kyc;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import io.residentid.core.report.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvidenceRecordTest {

    private static final ECKey BANK = EvidenceRecord.generateKey();

    @TempDir
    Path tmp;

    private static KycReport report(String caseId) {
        return KycVerifier.builder().trust(KycFixtures.trust(KycFixtures.demoCard())).build().verify(KycEvidence
                .builder().chip(KycFixtures.demoEvidence()).caseId(caseId).build());
    }

    @Test
    void aSignedRecordVerifiesHereAndWithPlainNimbus() throws Exception {
        String jws = EvidenceRecord.sign(report("c1"), BANK);
        EvidenceRecord.Verification v = EvidenceRecord.verify(jws, BANK.toPublicJWK());
        assertEquals(Verdict.VALID, v.verdict());
        assertEquals("PASS", v.report().orElseThrow().path("verdict").asText());
        JWSObject plain = JWSObject.parse(jws);
        assertEquals("kyc-report+jwt", plain.getHeader().getType().getType());
        assertTrue(plain.verify(new ECDSAVerifier(BANK.toPublicJWK())));
    }

    @Test
    void aRecordSignedByAnotherKeyIsInvalidAndItsPayloadIsNotRead() {
        String jws = EvidenceRecord.sign(report("c1"), EvidenceRecord.generateKey());
        EvidenceRecord.Verification v = EvidenceRecord.verify(jws, BANK.toPublicJWK());
        assertFalse(v.signatureValid());
        assertTrue(v.report().isEmpty());
        assertTrue(v.has(KycCode.RECORD_SIGNATURE_INVALID));
    }

    @Test
    void malformedRecordsAndKeysAreCodedErrors() {
        assertEquals("RECORD_MALFORMED", assertThrows(KycException.class,
                () -> EvidenceRecord.verify("a.b", BANK.toPublicJWK())).code());
        String none = "eyJhbGciOiJub25lIn0.e30.";
        assertEquals("RECORD_MALFORMED", assertThrows(KycException.class,
                () -> EvidenceRecord.verify(none, BANK.toPublicJWK())).code());
        assertEquals("KEY_MALFORMED", assertThrows(KycException.class,
                () -> EvidenceRecord.parseKey("{\"kty\":\"oct\",\"k\":\"AA\"}".getBytes(StandardCharsets.UTF_8),
                        false)).code());
        assertEquals("KEY_MALFORMED", assertThrows(KycException.class,
                () -> EvidenceRecord.parseKey(BANK.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8),
                        true)).code());
    }

    @Test
    void reverificationListsTheRecordsWhoseDecisionChangesUnderNewTrust() throws Exception {
        KycFixtures.demoEvidence().write(tmp.resolve("c1"));
        KycFixtures.demoEvidence().write(tmp.resolve("c2"));
        String lines = EvidenceRecord.sign(report("c1"), BANK) + "\n" + EvidenceRecord.sign(report("c2"), BANK)
                + "\n" + EvidenceRecord.sign(report("c3"), EvidenceRecord.generateKey()) + "\n";
        List<Reverifier.Change> changes = new ArrayList<>();
        // Same trust: nothing changes except the record signed by a stranger.
        Reverifier same = Reverifier.of(KycVerifier.builder().trust(KycFixtures.trust(KycFixtures.demoCard()))
                .build(), tmp, BANK.toPublicJWK());
        Reverifier.Summary s1 = same.reverify(new BufferedReader(new StringReader(lines)), changes::add, n -> { });
        assertEquals(3, s1.records());
        assertEquals(1, s1.changed());
        assertEquals(List.of("RECORD_SIGNATURE_INVALID"), changes.get(0).reason());
        // The CSCA is withdrawn from trust: both stored PASS records now fail.
        changes.clear();
        Reverifier withdrawn = Reverifier.of(KycVerifier.builder().build(), tmp, BANK.toPublicJWK());
        Reverifier.Summary s2 = withdrawn.reverify(new BufferedReader(new StringReader(lines)), changes::add,
                n -> { });
        assertEquals(3, s2.changed());
        assertEquals("PASS", changes.get(0).before());
        assertEquals("REVIEW", changes.get(0).after());
        assertTrue(changes.get(0).reason().contains("NO_TRUST_ANCHORS"));
    }

    @Test
    void anOverlongLineIsRejectedWithoutStoppingTheStream() throws Exception {
        KycFixtures.demoEvidence().write(tmp.resolve("c9"));
        String lines = "A".repeat(EvidenceRecord.MAX_CHARS + 100) + "\n" + EvidenceRecord.sign(report("c9"), BANK);
        List<Reverifier.Change> changes = new ArrayList<>();
        Reverifier.Summary s = Reverifier.of(KycVerifier.builder().trust(KycFixtures.trust(KycFixtures.demoCard()))
                .build(), tmp, BANK.toPublicJWK()).reverify(new BufferedReader(new StringReader(lines)), changes::add,
                n -> { });
        assertEquals(2, s.records());
        assertEquals(1, s.changed());
        assertEquals(List.of("RECORD_MALFORMED"), changes.get(0).reason());
    }
}
