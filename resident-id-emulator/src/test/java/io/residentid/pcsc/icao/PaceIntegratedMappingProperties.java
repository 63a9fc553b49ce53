package io.residentid.pcsc.icao;

import io.residentid.emulator.PaceResponder;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.bouncycastle.math.ec.ECPoint;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Properties of the Integrated Mapping: the mapped generator is always a valid point of the prime-order group. */
class PaceIntegratedMappingProperties {

    private static final int[] CURVES = {8, 9, 11, 12, 13, 14, 15, 16, 17, 18};
    // AES only: Integrated Mapping with 3DES is not offered (see PaceInfo.isSupported).
    private static final String[] PROTOCOLS = {"0.4.0.127.0.7.2.2.4.4.2",
        "0.4.0.127.0.7.2.2.4.4.3", "0.4.0.127.0.7.2.2.4.4.4"};

    @Property(tries = 300)
    void mappedGeneratorIsAValidPointOfTheGroup(@ForAll @IntRange(min = 0, max = 9) int curve,
            @ForAll @IntRange(min = 0, max = 2) int protocol, @ForAll @Size(32) byte[] s, @ForAll @Size(32) byte[] t) {
        PaceKeyAgreement pace = new PaceKeyAgreement(new PaceInfo(PROTOCOLS[protocol], 2,
                OptionalInt.of(CURVES[curve])));
        byte[] nonce = Arrays.copyOf(s, pace.nonceLength());
        byte[] terminalNonce = Arrays.copyOf(t, pace.terminalNonceLength());
        ECPoint mapped = pace.mapGeneratorIntegrated(nonce, terminalNonce);
        assertTrue(mapped.isValid());
        assertFalse(mapped.isInfinity());
        assertEquals(mapped, pace.mapGeneratorIntegrated(nonce.clone(), terminalNonce.clone()));
    }

    @Property(tries = 100)
    void chipRejectsATerminalNonceOfTheWrongLength(@ForAll @Size(max = 40) byte[] t) {
        PaceInfo info = new PaceInfo("0.4.0.127.0.7.2.2.4.4.2", 2, OptionalInt.of(13));
        if (t.length == 16) {
            return;
        }
        PaceResponder chip = new PaceResponder(info, null, PacePassword.can("123456"), new SecureRandom());
        assertArrayEquals(new byte[] {(byte) 0x90, 0}, chip.process(hex("0022C1A40F800A04007F00070202040402830102")));
        byte[] step1 = chip.process(hex("10860000027C0000"));
        assertEquals((byte) 0x90, step1[step1.length - 2]);
        byte[] data = new byte[4 + t.length];
        data[0] = 0x7C;
        data[1] = (byte) (2 + t.length);
        data[2] = (byte) 0x81;
        data[3] = (byte) t.length;
        System.arraycopy(t, 0, data, 4, t.length);
        byte[] apdu = new byte[5 + data.length + 1];
        apdu[0] = 0x10;
        apdu[1] = (byte) 0x86;
        apdu[4] = (byte) data.length;
        System.arraycopy(data, 0, apdu, 5, data.length);
        assertArrayEquals(new byte[] {0x6A, (byte) 0x80}, chip.process(apdu));
    }

    @Property(tries = 50)
    void terminalRefusesNonEmptyMappingDataFromTheChip(@ForAll @Size(min = 1, max = 20) byte[] junk) {
        PaceInfo info = new PaceInfo("0.4.0.127.0.7.2.2.4.4.2", 2, OptionalInt.of(13));
        PaceResponder chip = new PaceResponder(info, null, PacePassword.can("123456"), new SecureRandom());
        java.util.function.UnaryOperator<byte[]> tampering = apdu -> {
            byte[] response = chip.process(apdu);
            if ((apdu[1] & 0xFF) == 0x86 && apdu.length > 6 && (apdu[7] & 0xFF) == 0x81) {
                byte[] forged = new byte[4 + junk.length + 2];
                forged[0] = 0x7C;
                forged[1] = (byte) (2 + junk.length);
                forged[2] = (byte) 0x82;
                forged[3] = (byte) junk.length;
                System.arraycopy(junk, 0, forged, 4, junk.length);
                forged[forged.length - 2] = (byte) 0x90;
                return forged;
            }
            return response;
        };
        assertThrows(AccessControlException.class,
                () -> Pace.perform(RawChannel.of(tampering), info, PacePassword.can("123456"), new SecureRandom()));
    }

    private static byte[] hex(String s) {
        return org.bouncycastle.util.encoders.Hex.decode(s);
    }
}
