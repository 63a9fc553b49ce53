package io.residentid.emulator.mdoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.report.Verdict;
import io.residentid.mdoc.MdocCode;
import io.residentid.mdoc.MdocFormatException;
import io.residentid.mdoc.reader.MdocReader;
import io.residentid.mdoc.request.ItemsRequest;
import io.residentid.mdoc.response.DeviceResponseVerifier;
import io.residentid.mdoc.response.MdocDocTypes;
import io.residentid.mdoc.transport.NfcEngagement;
import io.residentid.mdoc.transport.NfcTransport;
import java.util.List;
import org.junit.jupiter.api.Test;

class MdocNfcTest {

    @Test
    void fullNfcReadThroughTheEmulatedCard() {
        EmulatedPhone phone = EmulatedPhone.demo();
        MdocNfcCard card = new MdocNfcCard(phone.holder(), 1024);
        NfcEngagement engagement = NfcEngagement.read(card::process);
        assertEquals("1.0", engagement.engagement().version());
        NfcTransport transport = NfcTransport.open(card::process, 255); // short ENVELOPEs: chaining is exercised
        MdocReader reader = MdocReader.builder()
                .verifier(DeviceResponseVerifier.builder().trustStore(phone.pki().trustStore()).build()).build();
        MdocReader.ReadResult r = reader.read(engagement.engagement(), engagement.handover(), transport,
                List.of(new ItemsRequest(MdocDocTypes.MDL, MdocRoundTripTest.ask(MdocDocTypes.MDL_NAMESPACE,
                        "family_name", "given_name", "birth_date", "portrait"))));
        assertEquals(Verdict.VALID, r.report().verdict(), r.report().findings().toString());
        assertEquals(4, r.report().documents().get(0).elements().get(MdocDocTypes.MDL_NAMESPACE).size());
        // The handover in the transcript is the NDEF message exactly as read.
        assertEquals(engagement.handover(), r.transcript().handover());
        assertTrue(transport.apduCount() >= 4, "APDUs: " + transport.apduCount());
        assertTrue(card.commandCount() > transport.apduCount()); // plus the Type 4 Tag reads
    }

    @Test
    void aNewTapIsANewEngagementAndOldSessionsDoNotDecrypt() {
        EmulatedPhone phone = EmulatedPhone.demo();
        MdocNfcCard card = new MdocNfcCard(phone.holder(), 4096);
        NfcEngagement first = NfcEngagement.read(card::process);
        card.reset();
        NfcEngagement second = NfcEngagement.read(card::process);
        assertTrue(!first.engagement().eDeviceKey().equals(second.engagement().eDeviceKey()));
        NfcTransport transport = NfcTransport.open(card::process, 65535);
        MdocReader reader = MdocReader.builder()
                .verifier(DeviceResponseVerifier.builder().trustStore(phone.pki().trustStore()).build()).build();
        // Using the stale engagement: the mdoc cannot decrypt and answers with a status, never data.
        MdocFormatException e = assertThrows(MdocFormatException.class, () -> reader.read(first.engagement(),
                first.handover(), transport, List.of(new ItemsRequest(MdocDocTypes.MDL,
                        MdocRoundTripTest.ask(MdocDocTypes.MDL_NAMESPACE, "family_name")))));
        assertEquals(MdocCode.TRANSPORT_FAILED.code(), e.code());
    }

    @Test
    void tlvLengthsRoundTrip() {
        for (int n : new int[] {0, 1, 127, 128, 255, 256, 65535, 65536, 100_000}) {
            byte[] v = new byte[n];
            assertEquals(n, NfcTransport.untlv53(NfcTransport.tlv53(v)).length);
        }
        assertThrows(MdocFormatException.class, () -> NfcTransport.untlv53(new byte[] {0x53, (byte) 0x84, 1, 1, 1,
            1}));
        assertThrows(MdocFormatException.class, () -> NfcTransport.untlv53(new byte[] {0x53, 0x05, 1}));
    }
}
