package io.residentid.pcsc.icao;

import io.residentid.core.model.DocumentType;
import io.residentid.core.model.IdentityDocument;
import io.residentid.core.model.Sex;
import io.residentid.core.pki.TrustStore;
import io.residentid.core.report.Severity;
import io.residentid.core.report.Verdict;
import io.residentid.emulator.ResidentCard;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reader's output in the core model ({@link ChipReadResult#document()}) and its optional verdicts. */
class ChipReadDocumentTest {

    private static ResidentCard card;
    private static ChipReadResult result;

    @BeforeAll
    static void read() throws Exception {
        card = ResidentCard.demo();
        result = ChipReader.builder().trustStore(TrustStore.of(List.of(card.csca()))).build()
                .read(card.channel(), AccessKey.can(card.can()));
    }

    @Test
    void documentComesFromTheMrzEnrichedByDg11AndDg12() {
        IdentityDocument d = result.document().orElseThrow();
        assertEquals(DocumentType.OMAN_RESIDENT_CARD, d.type());
        assertEquals("RC1234567", d.documentNumber());
        assertEquals(LocalDate.of(2031, 4, 30), d.dateOfExpiry());
        assertEquals("KUMAR", d.holder().primaryIdentifier());
        assertEquals("RAVI", d.holder().secondaryIdentifier());
        assertEquals(Sex.MALE, d.holder().sex());
        assertEquals("IND", d.holder().nationality().code());
        assertEquals(LocalDate.of(1988, 4, 12), d.holder().dateOfBirth());
        // DG11
        assertEquals("123456782", d.personalNumber());
        assertEquals("رافي كومار", d.holder().arabicName());
        assertEquals(List.of("WAY 2134", "AL KHUWAIR", "MUSCAT"), d.holder().address().lines());
        assertEquals("SITE ENGINEER", d.holder().occupation());
        // DG12
        assertEquals("ROYAL OMAN POLICE", d.issuingAuthority());
        assertEquals(LocalDate.of(2026, 5, 1), d.dateOfIssue());
    }

    @Test
    void documentToStringMasksPersonalData() {
        String s = result.document().orElseThrow().toString();
        assertFalse(s.contains("RC1234567"), s);
        assertFalse(s.contains("123456782"), s);
        assertFalse(s.contains("KUMAR"), s);
        assertFalse(result.toString().contains("KUMAR"), result.toString());
    }

    @Test
    void offeredChecksHaveAVerdictAndNoNotOfferedFinding() {
        assertEquals(Optional.of(Verdict.VALID), result.activeAuthentication());
        assertEquals(Optional.of(Verdict.VALID), result.chipAuthentication());
        assertTrue(result.findings().stream().noneMatch(f -> f.code().endsWith("_NOT_OFFERED")), result.findings()
                .toString());
        assertEquals(Verdict.VALID, result.verdict());
    }

    @Test
    void checksTurnedOffHaveNoVerdictAndAnInfoFindingSayingSo() throws Exception {
        ChipReadResult r = ChipReader.builder().trustStore(TrustStore.of(List.of(card.csca())))
                .activeAuthentication(false).chipAuthentication(false).build()
                .read(card.channel(), AccessKey.can(card.can()));
        assertEquals(Optional.empty(), r.activeAuthentication());
        assertEquals(Optional.empty(), r.chipAuthentication());
        assertTrue(r.findings().stream().anyMatch(f -> f.code().equals("AA_SKIPPED") && f.severity() == Severity.INFO));
        assertTrue(r.findings().stream().anyMatch(f -> f.code().equals("CA_SKIPPED") && f.severity() == Severity.INFO));
        assertEquals(Verdict.VALID, r.verdict(), "an absent check does not lower the verdict");
        assertTrue(r.toString().contains("activeAuthentication=NOT_OFFERED"), r.toString());
    }

    @Test
    void passedChipChecksWithoutTrustedIssuerAreIndeterminateWithAFinding() throws Exception {
        ChipReadResult r = ChipReader.builder().build().read(card.channel(), AccessKey.can(card.can()));
        assertEquals(Verdict.INDETERMINATE, r.passiveAuthentication());
        assertEquals(Optional.of(Verdict.INDETERMINATE), r.activeAuthentication());
        assertEquals(Optional.of(Verdict.INDETERMINATE), r.chipAuthentication());
        assertTrue(r.findings().stream()
                .anyMatch(f -> f.code().equals(ChipFindingCode.NOT_COUNTED_WITHOUT_PASSIVE_AUTHENTICATION.code())));
        assertEquals(Verdict.INDETERMINATE, r.verdict());
        assertTrue(r.document().isPresent(), "the model is there; its authenticity is what the verdict says");
    }

    @Test
    void faceImageIsContentEqualAndPersonal() {
        FaceImage face = result.dg2().orElseThrow().faces().get(0);
        assertEquals(result.dg2().orElseThrow().faces().get(0), face);
        assertTrue(face.image().isPersonal());
        assertFalse(face.toString().contains(face.image().toHex().substring(0, 16)));
        byte[] copy = face.image().toByteArray();
        copy[0] ^= 0x55;
        assertEquals((byte) 0xFF, (byte) face.image().get(0), "no mutable array leaks out");
    }
}
