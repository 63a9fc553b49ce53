package io.residentid.pcsc.icao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.pki.TrustStore;
import io.residentid.emulator.ResidentCard;
import io.residentid.emulator.ResidentPersona;
import io.residentid.pcsc.pkiapplet.HolderAuthenticationResult;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Results of a chip read print statuses and sizes, never the holder's personal data. */
class PersonalDataToStringTest {

    @Test
    void chipReadResultOfTheEmulatedCardPrintsNoPersonalData() throws Exception {
        ResidentCard card = ResidentCard.demo();
        ChipReadResult result = ChipReader.builder().trustStore(TrustStore.of(List.of(card.csca()))).build()
                .read(card.channel(), AccessKey.can(card.can()));
        assertTrue(result.dg11().isPresent() && result.dg12().isPresent(), "the demo card has DG11 and DG12");

        String text = result.toString();

        ResidentPersona p = ResidentPersona.demo();
        List<String> personal = List.of(p.surname(), p.givenNames(), p.nameNational(), p.documentNumber(),
                p.personalNumber(), "880412", "19880412", p.dateOfBirth().toString(), p.placeOfBirth(),
                p.address().get(0), p.telephone(), p.profession(), p.employer(), p.issuingAuthority(),
                String.join("", card.mrzLines()).substring(0, 30));
        String document = result.document().orElseThrow().toString();
        for (String value : personal) {
            assertFalse(text.contains(value), () -> "toString() shows " + value + ": " + text);
            assertFalse(document.contains(value), () -> "document toString() shows " + value + ": " + document);
        }
        assertTrue(text.contains("passiveAuthentication=VALID"), text);
    }

    @Test
    void dg12NamesPresentFieldsOnly() {
        Dg12 dg12 = new Dg12("ROYAL OMAN POLICE", "20260501", "VISA 42", null, null, null);

        assertEquals("Dg12[issuingAuthority, dateOfIssue, endorsements hidden]", dg12.toString());
        assertEquals("Dg12[no fields]", new Dg12(null, null, null, null, null, null).toString());
    }

    @Test
    void holderAuthenticationResultHidesTheCertificateSubject() {
        HolderAuthenticationResult result = new HolderAuthenticationResult(
                HolderAuthenticationResult.Status.AUTHENTICATED,
                Optional.of("CN=RAVI KUMAR,SERIALNUMBER=123456782,C=OM"), -1, List.of());

        String text = result.toString();

        assertFalse(text.contains("RAVI") || text.contains("123456782"), text);
        assertTrue(text.contains("AUTHENTICATED"), text);
    }
}
