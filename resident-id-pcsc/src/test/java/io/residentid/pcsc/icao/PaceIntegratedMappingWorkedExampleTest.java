package io.residentid.pcsc.icao;

import io.residentid.pcsc.sm.SessionKeys;
import io.residentid.pcsc.sm.SmCipher;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.Locale;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ICAO Doc 9303-11, Appendix H.1 (worked example: PACE with ECDH Integrated Mapping on brainpoolP256r1,
 * id-PACE-ECDH-IM-AES-CBC-CMAC-128), byte for byte.
 */
class PaceIntegratedMappingWorkedExampleTest {

    private static final PaceInfo INFO = new PaceInfo("0.4.0.127.0.7.2.2.4.4.2", 2, OptionalInt.of(13));
    private static final PaceKeyAgreement PACE = new PaceKeyAgreement(INFO);

    private static final String K_PI = "591468CDA83D65219CCCB8560233600F";
    private static final String S = "2923BE84E16CD6AE529049F1F1BBE9EB";
    private static final String Z = "143DC40C08C8E891FBED7DEDB92B64AD";
    private static final String T = "5DD4CBFC96F5453B130D890A1CDBAE32";
    private static final String MAPPED_X = "8E82D31559ED0FDE92A4D0498ADD3C23BABA94FB77691E31E90AEA77FB17D427";
    private static final String MAPPED_Y = "4C1AE14BD0C3DBAC0C871B7F3608169364437CA30AC243A089D3F266C1E60FAD";

    @Test
    void integratedMappingInfoIsSupported() {
        assertTrue(INFO.isSupported());
        assertEquals(PaceInfo.Mapping.INTEGRATED, INFO.mapping().orElseThrow());
        assertEquals(SmCipher.AES_128, INFO.cipher().orElseThrow());
        assertTrue(PACE.isIntegratedMapping());
        assertEquals(16, PACE.nonceLength());
        assertEquals(16, PACE.terminalNonceLength());
    }

    @Test
    void nonceDecryption() {
        byte[] s = PACE.decryptNonce(hex(K_PI), hex(Z));
        assertEquals(S, str(s));
        assertEquals(Z, str(PACE.encryptNonce(hex(K_PI), s)));
    }

    @Test
    void pseudoRandomFunction() {
        assertEquals("E4447E2DFB3586BAC05DDB00156B57FBB2179A3949294C97254189800C517BAA"
                + "8DA0FF397ED8C445D3E421E4FEB57322", str(PACE.pseudoRandom(hex(S), hex(T))));
        assertEquals(new BigInteger("A2F8FF2DF50E52C6599F386ADCB595D229F6A167ADE2BE5F2C3296ADD5B7430E", 16),
                PACE.pseudoRandomModP(hex(S), hex(T)));
    }

    @Test
    void pointEncodingGivesTheMappedGenerator() {
        ECPoint mapped = PACE.mapGeneratorIntegrated(hex(S), hex(T));
        assertEquals(MAPPED_X, str(mapped.getAffineXCoord().getEncoded()));
        assertEquals(MAPPED_Y, str(mapped.getAffineYCoord().getEncoded()));
    }

    @Test
    void keyAgreementSessionKeysAndTokens() {
        ECPoint mapped = PACE.mapGeneratorIntegrated(hex(S), hex(T));
        BigInteger chip = new BigInteger("107CF58696EF6155053340FD633392BA81909DF7B9706F226F32086C7AFF974A", 16);
        BigInteger terminal = new BigInteger("A73FB703AC1436A18E0CFA5ABB3F7BEC7A070E7A6788486BEE230C4A22762595", 16);
        byte[] chipPublic = PACE.encode(PACE.multiply(mapped, chip));
        byte[] terminalPublic = PACE.encode(PACE.multiply(mapped, terminal));
        assertEquals("0467F78E5F7F7686082B293E8D087E056916D0F74BC01A5F8957D0DE45691E51E8"
                + "932B69A962B52A0985AD2C0A271EE6A13A8ADDDCD1A3A994B9DED257F4D22753", str(chipPublic));
        assertEquals("0489CBA23FFE96AA18D824627C3E934E54A9FD0B87A95D1471DC1C0ABFDCD640D4"
                + "6755DE9B7B778280B6BEBD57439ADFEB0E21FD4ED6DF42578C13418A59B34C37", str(terminalPublic));

        byte[] k = PACE.sharedSecret(terminal, chipPublic);
        assertEquals("4F150FDE1D4F0E38E95017B891BAE17133A0DF45B0D3E18B60BA7BEAFDC2C713", str(k));
        assertEquals(str(k), str(PACE.sharedSecret(chip, terminalPublic)));

        SessionKeys keys = SessionKeys.derive(SmCipher.AES_128, k);
        assertEquals("0D3FEB33251A6370893D62AE8DAAF51B", str(keys.encKey()));
        assertEquals("B01E89E3D9E8719E586B50B4A7506E0B", str(keys.macKey()));

        assertEquals("7F494F060A04007F000702020404028641" + str(terminalPublic),
                str(PaceKeyAgreement.publicKeyDataObject(INFO.protocol(), terminalPublic)));
        assertEquals("75D4D96E8D5B0308", str(PACE.authenticationToken(keys.macKey(), terminalPublic)));
        assertEquals("450F02B86F6A0909", str(PACE.authenticationToken(keys.macKey(), chipPublic)));
    }

    @Test
    void wrongNonceLengthsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> PACE.pseudoRandom(hex(S), new byte[15]));
        assertThrows(IllegalArgumentException.class, () -> PACE.pseudoRandom(new byte[8], hex(T)));
        assertThrows(IllegalArgumentException.class, () -> PACE.encodePoint(BigInteger.ZERO));
    }

    private static byte[] hex(String s) {
        return Hex.decode(s);
    }

    private static String str(byte[] b) {
        return Hex.toHexString(b).toUpperCase(Locale.ROOT);
    }
}
