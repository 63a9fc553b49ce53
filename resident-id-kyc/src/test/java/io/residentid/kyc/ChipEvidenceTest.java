package io.residentid.kyc;

import io.residentid.core.model.Bytes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChipEvidenceTest {

    @TempDir
    Path tmp;

    private Path written() {
        Path dir = tmp.resolve("case");
        KycFixtures.demoEvidence().write(dir);
        return dir;
    }

    private static KycVerifier verifier() {
        return KycVerifier.builder().trust(KycFixtures.trust(KycFixtures.demoCard())).build();
    }

    @Test
    void writtenEvidenceLoadsBackByteForByteAndStillPasses() {
        ChipEvidence loaded = ChipEvidence.load(written());
        assertEquals(KycFixtures.demoEvidence().files(), loaded.files());
        assertEquals(KycFixtures.demoEvidence().manifestSha256(), loaded.manifestSha256());
        assertTrue(loaded.activeAuthentication().isPresent());
        assertTrue(loaded.file(EvidenceFile.CARD_ACCESS).isPresent());
        assertEquals(KycDecision.PASS, verifier().verify(KycEvidence.builder().chip(loaded).build()).decision());
    }

    @Test
    void writingTwiceIntoOneDirectoryIsRefused() {
        Path dir = written();
        KycException e = assertThrows(KycException.class, () -> KycFixtures.demoEvidence().write(dir));
        assertEquals("EVIDENCE_IO", e.code());
    }

    @Test
    void aMissingManifestIsACodedError() throws Exception {
        Path dir = written();
        Files.delete(dir.resolve(ChipEvidence.MANIFEST));
        assertEquals("EVIDENCE_MANIFEST_MISSING", refused(dir).code());
    }

    @Test
    void aFileThatNoLongerMatchesItsHashIsRejected() throws Exception {
        Path dir = written();
        byte[] dg1 = Files.readAllBytes(dir.resolve("DG1.bin"));
        dg1[dg1.length - 1] ^= 1;
        Files.write(dir.resolve("DG1.bin"), dg1);
        KycException e = refused(dir);
        assertEquals("EVIDENCE_HASH_MISMATCH", e.code());
        assertEquals("DG1.bin", e.path().orElseThrow());
    }

    @Test
    void aListedFileThatIsMissingIsRejected() throws Exception {
        Path dir = written();
        Files.delete(dir.resolve("EF.SOD.bin"));
        assertEquals("EVIDENCE_FILE_MISSING", refused(dir).code());
    }

    @Test
    void anUnknownItemOrPathInTheManifestIsRejected() throws Exception {
        Path dir = written();
        editManifest(dir, m -> m.replace("\"DG11\"", "\"../../etc/passwd\""));
        assertEquals("EVIDENCE_UNKNOWN_ITEM", refused(dir).code());
    }

    @Test
    void unknownManifestMembersAreRejected() throws Exception {
        Path dir = written();
        editManifest(dir, m -> m.replaceFirst("\\{", "{\"verdict\":\"PASSED\","));
        KycException e = refused(dir);
        assertEquals("EVIDENCE_MANIFEST_MALFORMED", e.code());
        assertEquals("$.verdict", e.path().orElseThrow());
    }

    @Test
    void anExtraFileIsReportedAndSendsTheCaseToReview() throws Exception {
        Path dir = written();
        Files.writeString(dir.resolve("DG3.bin"), "fingerprints?");
        ChipEvidence loaded = ChipEvidence.load(dir);
        assertEquals(java.util.List.of("DG3.bin"), loaded.unlistedFiles());
        KycReport r = verifier().verify(KycEvidence.builder().chip(loaded).build());
        assertEquals(KycDecision.REVIEW, r.decision());
        assertTrue(r.has(KycCode.EVIDENCE_UNLISTED_FILE));
    }

    @Test
    void aTruncatedSodWithAConsistentManifestFails() {
        ChipEvidence good = KycFixtures.demoEvidence();
        ChipEvidence.Builder b = ChipEvidence.builder().accessProtocol("PACE ECDH-GM brainpoolP256r1 AES_128");
        good.files().forEach(b::file);
        Bytes sod = good.file(EvidenceFile.SOD).orElseThrow();
        b.file(EvidenceFile.SOD, sod.slice(0, sod.length() / 2));
        KycReport r = verifier().verify(KycEvidence.builder().chip(b.build()).build());
        assertEquals(KycDecision.FAIL, r.decision());
        assertTrue(r.has(KycCode.SOD_MALFORMED));
    }

    @Test
    void aMissingSodFails() {
        ChipEvidence.Builder b = ChipEvidence.builder().accessProtocol("PACE");
        KycFixtures.demoEvidence().files().forEach((k, v) -> {
            if (k != EvidenceFile.SOD) {
                b.file(k, v);
            }
        });
        KycReport r = verifier().verify(KycEvidence.builder().chip(b.build()).build());
        assertEquals(KycDecision.FAIL, r.decision());
        assertTrue(r.has(KycCode.SOD_MISSING));
    }

    @Test
    void anOversizedFileIsRejectedBeforeHashing() throws Exception {
        Path dir = written();
        Files.write(dir.resolve("DG1.bin"), new byte[5000]);
        assertEquals("EVIDENCE_FILE_TOO_LARGE", refused(dir).code());
    }

    @Test
    void toStringShowsSizesOnly() {
        String s = KycFixtures.demoEvidence().toString();
        assertTrue(s.contains("DG1="));
        assertTrue(!s.contains("KUMAR") && !s.contains(new String(KycFixtures.demoEvidence().file(EvidenceFile.DG1)
                .orElseThrow().toByteArray(), StandardCharsets.ISO_8859_1)));
    }

    /** The evidence in {@code dir} is refused when loaded; the exception says why. */
    private static KycException refused(Path dir) {
        return assertThrows(KycException.class, () -> ChipEvidence.load(dir));
    }

    private static void editManifest(Path dir, java.util.function.UnaryOperator<String> edit) throws Exception {
        Path manifest = dir.resolve(ChipEvidence.MANIFEST);
        Files.writeString(manifest, edit.apply(Files.readString(manifest)));
    }
}
