package io.residentid.pcsc.icao;

import java.util.Optional;
import io.residentid.core.report.Verdict;
import io.residentid.core.pki.TrustStore;
import io.residentid.emulator.ResidentCard;
import io.residentid.emulator.ResidentPersona;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A card whose EF.CardAccess offers only PACE ECDH Integrated Mapping is read end to end with it. */
class PaceIntegratedMappingChipReadTest {

    @Test
    void integratedMappingCardIsReadWithIntegratedMapping() throws Exception {
        PaceInfo im = new PaceInfo("0.4.0.127.0.7.2.2.4.4.2", 2, OptionalInt.of(13));
        ResidentCard card = ResidentCard.builder(ResidentPersona.demo()).pace(im).faceSize(2000).build();
        ChipReader reader = ChipReader.builder().trustStore(TrustStore.of(List.of(card.csca()))).build();
        ChipReadResult r = reader.read(card.channel(), AccessKey.can(card.can()));
        assertEquals("PACE ECDH-IM brainpoolP256r1 AES_128", r.accessControl());
        assertEquals(Verdict.VALID, r.passiveAuthentication(), r.findings().toString());
        assertEquals(Optional.of(Verdict.VALID), r.chipAuthentication());
        assertThrows(AccessControlException.class, () -> reader.read(card.channel(), AccessKey.can("000000")));
    }
}
