package io.residentid.kyc;

import io.residentid.core.model.Bytes;
import io.residentid.core.report.Verdict;
import io.residentid.emulator.ResidentCard;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KycVerifierTest {

    private static KycVerifier verifier(ResidentCard card) {
        return KycVerifier.builder().trust(KycFixtures.trust(card)).build();
    }

    private static String summary(KycReport r) {
        return r.checks().stream().map(c -> c.check() + "=" + c.status() + c.findings().stream()
                .map(f -> f.code()).toList()).collect(Collectors.joining("\n"));
    }

    @Test
    void demoCardWithQrAndArabicDeclaredDataPasses() {
        ResidentCard card = KycFixtures.demoCard();
        KycReport r = verifier(card).verify(KycEvidence.builder().chip(KycFixtures.demoEvidence())
                .ocrMrz(String.join("\n", card.mrzLines())).qrText(KycFixtures.demoQr())
                .declared(KycFixtures.declaredArabic()).caseId("case-1").build());
        assertEquals(KycDecision.PASS, r.decision(), summary(r));
        assertEquals(Verdict.VALID, r.verdict());
        assertEquals(CheckStatus.PASS, r.check("document-authenticity").orElseThrow().status());
        assertTrue(r.has(KycCode.AA_VERIFIED), summary(r));
        assertTrue(r.has(KycCode.CA_REPORTED), summary(r));
        assertTrue(r.has(KycCode.QR_VERIFIED), summary(r));
        assertTrue(r.has(KycCode.NAME_MATCH), summary(r));
        assertFalse(r.has(KycCode.FIELD_MISMATCH), summary(r));
        assertEquals(2, r.anchors().size(), "the CSCA and the QR issuer key");
        assertTrue(r.evidence().stream().anyMatch(e -> e.item().equals("chip/EF.SOD")));
    }

    @Test
    void tamperedDg1Fails() {
        ResidentCard card = ResidentCard.builder(io.residentid.emulator.ResidentPersona.demo()).tamperDataGroups(1)
                .build();
        KycReport r = verifier(card).verify(KycEvidence.builder().chip(KycFixtures.read(card)).build());
        assertEquals(KycDecision.FAIL, r.decision(), summary(r));
        assertTrue(r.has(KycCode.DG_HASH_MISMATCH));
        assertEquals(CheckStatus.NOT_RUN, r.check("chip-genuineness").orElseThrow().status());
    }

    @Test
    void expiredCardGoesToReview() {
        ResidentCard card = ResidentCard.builder(KycFixtures.persona(LocalDate.of(2024, 1, 31))).build();
        KycReport r = verifier(card).verify(KycEvidence.builder().chip(KycFixtures.read(card)).build());
        assertEquals(KycDecision.REVIEW, r.decision(), summary(r));
        assertTrue(r.has(KycCode.DOCUMENT_EXPIRED));
    }

    @Test
    void forgedActiveAuthenticationSignatureFailsAsCloneSuspect() {
        ChipEvidence good = KycFixtures.demoEvidence();
        ActiveAuthenticationTranscript t = good.activeAuthentication().orElseThrow();
        byte[] sig = t.signature().toByteArray();
        sig[5] ^= 0x40;
        ChipEvidence.Builder b = ChipEvidence.builder().accessProtocol(good.accessProtocol().orElseThrow())
                .chipAuthentication("NOT_OFFERED");
        good.files().forEach(b::file);
        b.activeAuthentication(new ActiveAuthenticationTranscript(t.challenge(), Bytes.of(sig)));
        KycReport r = verifier(KycFixtures.demoCard()).verify(KycEvidence.builder().chip(b.build()).build());
        assertEquals(KycDecision.FAIL, r.decision(), summary(r));
        assertTrue(r.has(KycCode.AA_SIGNATURE_INVALID));
    }

    @Test
    void bacReadOfAPaceChipIsADowngrade() {
        ChipEvidence good = KycFixtures.demoEvidence();
        ChipEvidence.Builder b = ChipEvidence.builder().accessProtocol("BAC TDES").chipAuthentication("VALID");
        good.files().forEach(b::file);
        KycReport r = verifier(KycFixtures.demoCard()).verify(KycEvidence.builder().chip(b.build()).build());
        assertEquals(KycDecision.REVIEW, r.decision(), summary(r));
        assertTrue(r.has(KycCode.PACE_DOWNGRADE));
    }

    @Test
    void untrustedIssuerFails() {
        KycReport r = KycVerifier.builder().trust(KycTrust.builder().csca(ResidentCard.demo().csca(), "other")
                .build()).build().verify(KycEvidence.builder().chip(KycFixtures.demoEvidence()).build());
        assertEquals(KycDecision.FAIL, r.decision(), summary(r));
        assertTrue(r.has(KycCode.DS_CHAIN_UNTRUSTED));
    }

    @Test
    void noChipEvidenceIsReviewNotPass() {
        KycReport r = verifier(KycFixtures.demoCard()).verify(KycEvidence.builder()
                .declared(KycFixtures.declaredArabic()).build());
        assertEquals(KycDecision.REVIEW, r.decision(), summary(r));
        assertEquals(CheckStatus.NOT_RUN, r.check("document-authenticity").orElseThrow().status());
    }

    @Test
    void declaredDataOfSomeoneElseFails() {
        DeclaredData other = new DeclaredData("Ahmed Saleh", null, LocalDate.of(1990, 1, 1), "OMN", "M", "RC7654321",
                null, null);
        KycReport r = verifier(KycFixtures.demoCard()).verify(KycEvidence.builder().chip(KycFixtures.demoEvidence())
                .declared(other).build());
        assertEquals(KycDecision.FAIL, r.decision(), summary(r));
        assertTrue(r.has(KycCode.FIELD_MISMATCH));
        assertTrue(r.has(KycCode.NAME_MISMATCH));
    }

    @Test
    void nameInAnotherOrderMatches() {
        DeclaredData d = new DeclaredData("Kumar, Ravi", null, null, null, null, null, null, null);
        KycReport r = verifier(KycFixtures.demoCard()).verify(KycEvidence.builder().chip(KycFixtures.demoEvidence())
                .declared(d).build());
        assertEquals(KycDecision.PASS, r.decision(), summary(r));
        assertTrue(r.has(KycCode.NAME_MATCH));
    }

    @Test
    void underageFailsUnderAStricterPolicy() {
        KycPolicy policy = KycPolicy.defaultPolicy().toBuilder("strict", "2").minimumAge(60).build();
        KycReport r = KycVerifier.builder().trust(KycFixtures.trust(KycFixtures.demoCard())).policy(policy).build()
                .verify(KycEvidence.builder().chip(KycFixtures.demoEvidence()).build());
        assertEquals(KycDecision.FAIL, r.decision(), summary(r));
        assertTrue(r.has(KycCode.UNDERAGE));
        assertEquals("strict", r.policyId());
    }

    @Test
    void faceMatcherOutcomeIsRecorded() {
        FaceMatcher matcher = new FaceMatcher() {
            @Override
            public String name() {
                return "test-matcher";
            }

            @Override
            public Result match(Bytes chipImage, String chipFormat, Bytes liveImage) {
                return new Result(false, 0.12);
            }
        };
        KycReport r = KycVerifier.builder().trust(KycFixtures.trust(KycFixtures.demoCard())).faceMatcher(matcher)
                .build().verify(KycEvidence.builder().chip(KycFixtures.demoEvidence())
                        .liveFace(Bytes.personal(new byte[] {1, 2, 3})).build());
        assertEquals(KycDecision.FAIL, r.decision(), summary(r));
        assertTrue(r.has(KycCode.FACE_MISMATCH));
    }
}
