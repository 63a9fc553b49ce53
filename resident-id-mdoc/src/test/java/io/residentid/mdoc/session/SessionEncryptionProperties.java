package io.residentid.mdoc.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.residentid.core.model.Bytes;
import io.residentid.mdoc.MdocCode;
import io.residentid.mdoc.MdocFormatException;
import io.residentid.mdoc.cbor.CborItem;
import io.residentid.mdoc.cose.CoseCurve;
import io.residentid.mdoc.cose.MdocKeyPair;
import io.residentid.mdoc.engagement.DeviceEngagement;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class SessionEncryptionProperties {

    @Property(tries = 40)
    void bothSidesDeriveTheSameKeysOnEveryAgreementCurve(
            @ForAll("agreementCurves") CoseCurve curve, @ForAll @Size(max = 3) List<byte[]> messages) {
        MdocKeyPair device = MdocKeyPair.generate(curve);
        MdocKeyPair reader = MdocKeyPair.generate(curve);
        DeviceEngagement engagement = DeviceEngagement.create(device.publicKey(), List.of());
        SessionTranscript transcript = SessionTranscript.create(engagement,
                CborItem.embedded(reader.publicKey().toCbor()), null);
        SessionEncryption r = SessionEncryption.reader(reader, engagement.eDeviceKey(), transcript);
        SessionEncryption d = SessionEncryption.device(device, reader.publicKey(), transcript);
        assertEquals(r.skReader(), d.skReader());
        assertEquals(r.skDevice(), d.skDevice());
        for (byte[] m : messages) {
            assertArrayEquals(m, d.decrypt(r.encrypt(m)));
            assertArrayEquals(m, r.decrypt(d.encrypt(m)));
        }
        // A message of the reader can never be taken for one of the device (different keys and IVs).
        Bytes fromReader = r.encrypt(new byte[] {1});
        assertEquals(MdocCode.SESSION_DECRYPTION_FAILED.code(),
                assertThrows(MdocFormatException.class, () -> r.decrypt(fromReader)).code());
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<CoseCurve> agreementCurves() {
        return net.jqwik.api.Arbitraries.of(CoseCurve.P_256, CoseCurve.P_384, CoseCurve.P_521,
                CoseCurve.BRAINPOOL_P256R1, CoseCurve.BRAINPOOL_P320R1, CoseCurve.BRAINPOOL_P384R1,
                CoseCurve.BRAINPOOL_P512R1, CoseCurve.X25519, CoseCurve.X448);
    }
}
