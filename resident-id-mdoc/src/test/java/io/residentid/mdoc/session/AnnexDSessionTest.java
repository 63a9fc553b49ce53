package io.residentid.mdoc.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.model.Bytes;
import io.residentid.mdoc.AnnexD;
import io.residentid.mdoc.MdocCode;
import io.residentid.mdoc.MdocFormatException;
import io.residentid.mdoc.cbor.CborDecoder;
import io.residentid.mdoc.cbor.CborEncoder;
import io.residentid.mdoc.cbor.CborItem;
import io.residentid.mdoc.cose.CoseCurve;
import io.residentid.mdoc.cose.CoseKey;
import io.residentid.mdoc.cose.MdocKeyPair;
import io.residentid.mdoc.engagement.DeviceEngagement;
import io.residentid.mdoc.engagement.RetrievalMethod;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AnnexDSessionTest {

    private static MdocKeyPair readerKey() {
        return MdocKeyPair.ofPrivateScalar(CoseCurve.P_256, AnnexD.vector("EPHEMERAL_READER_KEY_D").toByteArray());
    }

    private static MdocKeyPair deviceKey() {
        return MdocKeyPair.ofPrivateScalar(CoseCurve.P_256, AnnexD.vector("EPHEMERAL_DEVICE_KEY_D").toByteArray());
    }

    private static SessionTranscript transcript() {
        return SessionTranscript.parse(AnnexD.vector("SESSION_TRANSCRIPT_BYTES"));
    }

    @Test
    void everyCborVectorDecodesAndEncodesToTheSameBytes() {
        for (String name : new String[] {"DEVICE_ENGAGEMENT", "E_DEVICE_KEY_BYTES", "SESSION_TRANSCRIPT_BYTES",
                "ITEMS_REQUEST", "READER_AUTH", "DEVICE_REQUEST", "SESSION_ESTABLISHMENT", "SESSION_DATA",
                "DEVICE_RESPONSE", "SESSION_TERMINATION"}) {
            Bytes v = AnnexD.vector(name);
            CborItem item = CborDecoder.strict().decode(v);
            assertEquals(v, item.encoded(), name);
            assertArrayEquals(v.toByteArray(), CborEncoder.encode(item), name);
        }
    }

    @Test
    void deviceEngagementDecodes() {
        DeviceEngagement e = DeviceEngagement.parse(AnnexD.vector("DEVICE_ENGAGEMENT"));
        assertEquals("1.0", e.version());
        assertEquals(1, e.cipherSuite());
        assertEquals(AnnexD.vector("E_DEVICE_KEY_BYTES"), e.eDeviceKeyBytes().encoded());
        assertEquals(AnnexD.vector("EPHEMERAL_DEVICE_KEY_X"), e.eDeviceKey().x());
        assertEquals(AnnexD.vector("EPHEMERAL_DEVICE_KEY_Y"), e.eDeviceKey().y().orElseThrow());
        assertEquals(1, e.retrievalMethods().size());
        RetrievalMethod ble = e.retrievalMethods().get(0);
        assertEquals("BLE", ble.typeName());
        assertFalse(ble.blePeripheralServerMode());
        assertTrue(ble.bleCentralClientMode());
        assertEquals(UUID.fromString("45efef74-2b2c-4837-a9a3-b0e1d05a6917"), ble.bleCentralClientUuid().orElseThrow());
        // The QR text form round-trips to the same bytes.
        DeviceEngagement again = DeviceEngagement.fromQrText(e.toQrText());
        assertEquals(e.toCbor().encoded(), again.toCbor().encoded());
    }

    @Test
    void ephemeralKeysMatchTheirPublicCoordinates() {
        CoseKey reader = readerKey().publicKey();
        assertEquals(AnnexD.vector("EPHEMERAL_READER_KEY_X"), reader.x());
        assertEquals(AnnexD.vector("EPHEMERAL_READER_KEY_Y"), reader.y().orElseThrow());
        assertEquals(transcript().deviceEngagement().eDeviceKey(), deviceKey().publicKey());
    }

    @Test
    void sessionKeysAreTheAnnexDKeys() {
        SessionTranscript t = transcript();
        assertEquals(AnnexD.vector("SESSION_TRANSCRIPT_BYTES"), t.bytes());
        SessionEncryption reader = SessionEncryption.reader(readerKey(), t.deviceEngagement().eDeviceKey(), t);
        assertEquals(AnnexD.derived("SKReader"), reader.skReader());
        assertEquals(AnnexD.derived("SKDevice"), reader.skDevice());
        assertEquals(AnnexD.derived("sessionSharedSecret"),
                Bytes.of(readerKey().agree(t.deviceEngagement().eDeviceKey())));
    }

    @Test
    void readerReproducesSessionEstablishmentAndDecryptsSessionData() {
        SessionTranscript t = transcript();
        SessionEncryption reader = SessionEncryption.reader(readerKey(), t.deviceEngagement().eDeviceKey(), t);
        Bytes establishment = reader.sessionEstablishment(AnnexD.vector("DEVICE_REQUEST").toByteArray());
        assertEquals(AnnexD.vector("SESSION_ESTABLISHMENT"), establishment);
        SessionEncryption.Received r = reader.receive(AnnexD.vector("SESSION_DATA"));
        assertEquals(AnnexD.vector("DEVICE_RESPONSE"), r.data().orElseThrow());
        assertEquals(AnnexD.vector("SESSION_TERMINATION"), reader.sessionStatus(SessionStatus.SESSION_TERMINATION));
        assertTrue(reader.isClosed());
    }

    @Test
    void deviceDecryptsSessionEstablishmentAndReproducesSessionData() {
        SessionTranscript t = transcript();
        SessionEncryption.Establishment est = SessionEncryption.Establishment.parse(
                AnnexD.vector("SESSION_ESTABLISHMENT"));
        assertEquals(readerKey().publicKey(), est.eReaderKey());
        assertEquals(t.eReaderKeyBytes().encoded(), est.eReaderKeyBytes().encoded());
        SessionEncryption device = SessionEncryption.device(deviceKey(), est.eReaderKey(), t);
        assertEquals(AnnexD.vector("DEVICE_REQUEST"), device.receive(est.message()).data().orElseThrow());
        assertEquals(AnnexD.vector("SESSION_DATA"),
                device.sessionData(AnnexD.vector("DEVICE_RESPONSE").toByteArray()));
    }

    @Test
    void aTruncatedTagOrAWrongCounterDoesNotDecrypt() {
        SessionTranscript t = transcript();
        SessionEncryption reader = SessionEncryption.reader(readerKey(), t.deviceEngagement().eDeviceKey(), t);
        SessionEncryption device = SessionEncryption.device(deviceKey(), readerKey().publicKey(), t);
        Bytes first = device.encrypt(new byte[] {1, 2, 3});
        Bytes second = device.encrypt(new byte[] {4, 5, 6});
        MdocFormatException outOfOrder = assertThrows(MdocFormatException.class, () -> reader.decrypt(second));
        assertEquals(MdocCode.SESSION_DECRYPTION_FAILED.code(), outOfOrder.code());
        Bytes truncated = first.slice(0, first.length() - 1);
        assertThrows(MdocFormatException.class, () -> reader.decrypt(truncated));
        assertArrayEquals(new byte[] {1, 2, 3}, reader.decrypt(first));
        assertArrayEquals(new byte[] {4, 5, 6}, reader.decrypt(second));
        assertThrows(MdocFormatException.class, () -> reader.decrypt(second)); // a replay
    }
}
