package io.residentid.pcsc.icao;

import io.residentid.pcsc.internal.AccessKeys;
import io.residentid.pcsc.internal.Kdf;
import io.residentid.pcsc.sm.SmCipher;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ICAO Doc 9303-11, Appendix G (worked example: PACE with ECDH Generic Mapping on brainpoolP256r1,
 * id-PACE-ECDH-GM-AES-CBC-CMAC-128, MRZ password).
 */
class PaceWorkedExampleTest {

    private static final byte[] CARD_ACCESS = hex("31143012060A04007F0007020204020202010202010D");
    private static final PaceInfo INFO = SecurityInfos.parse(CARD_ACCESS).paceInfos().get(0);
    private static final PaceKeyAgreement PACE = new PaceKeyAgreement(INFO);

    @Test
    void cardAccessOffersEcdhGenericMappingOnBrainpoolP256r1() {
        assertEquals("0.4.0.127.0.7.2.2.4.2.2", INFO.protocol());
        assertEquals(2, INFO.version());
        assertEquals(13, INFO.parameterId().getAsInt());
        assertTrue(INFO.isSupported());
        assertEquals(SmCipher.AES_128, INFO.cipher().orElseThrow());
        assertEquals("brainpoolP256r1", INFO.curveName().orElseThrow());
    }

    @Test
    void passwordKeyFromMrz() {
        byte[] info = AccessKeys.ascii(AccessKeys.mrzInformation("T22000129", java.time.LocalDate.of(1964, 8, 12), java.time.LocalDate.of(2010, 10, 31)));
        assertEquals("T22000129364081251010318", new String(info, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals("7E2D2A41C74EA0B38CD36F863939BFA8E9032AAD", str(AccessKeys.paceMrzPassword(info)));
        PacePassword password = AccessKey.mrz("T22000129", java.time.LocalDate.of(1964, 8, 12), java.time.LocalDate.of(2010, 10, 31)).pacePassword();
        assertEquals("89DED1B26624EC1E634C1989302849DD", str(PACE.passwordKey(password)));
    }

    @Test
    void nonceDecryption() {
        byte[] kPi = hex("89DED1B26624EC1E634C1989302849DD");
        byte[] s = PACE.decryptNonce(kPi, hex("95A3A016522EE98D01E76CB6B98B42C3"));
        assertEquals("3F00C4D39D153F2B2A214A078D899B22", str(s));
        assertEquals("95A3A016522EE98D01E76CB6B98B42C3", str(PACE.encryptNonce(kPi, s)));
    }

    @Test
    void genericMappingFromBothSides() {
        byte[] s = hex("3F00C4D39D153F2B2A214A078D899B22");
        BigInteger terminal = new BigInteger(1, hex("7F4EF07B9EA82FD78AD689B38D0BC78CF21F249D953BC46F4C6E19259C010F99"));
        BigInteger chip = new BigInteger(1, hex("498FF49756F2DC1587840041839A85982BE7761D14715FB091EFA7BCE9058560"));
        byte[] terminalPublic = PACE.encode(PACE.multiply(PACE.generator(), terminal));
        assertEquals("047ACF3EFC982EC45565A4B155129EFBC74650DCBFA6362D896FC70262E0C2CC5E544552DCB6725218799115B55C9BAA6D9F6BC3A9618E70C25AF71777A9C4922D",
                str(terminalPublic));
        byte[] chipPublic = PACE.encode(PACE.multiply(PACE.generator(), chip));
        assertEquals("04824FBA91C9CBE26BEF53A0EBE7342A3BF178CEA9F45DE0B70AA601651FBA3F5730D8C879AAA9C9F73991E61B58F4D52EB87A0A0C709A49DC63719363CCD13C54",
                str(chipPublic));
        String expected = "048CED63C91426D4F0EB1435E7CB1D74A46723A0AF21C89634F65A9AE87A9265E28C879506743F8611AC33645C5B985C80B5F09A0B83407C1B6A4D857AE76FE522";
        assertEquals(expected, str(PACE.encode(PACE.mapGenerator(s, terminal, chipPublic))));
        assertEquals(expected, str(PACE.encode(PACE.mapGenerator(s, chip, terminalPublic))));
    }

    @Test
    void keyAgreementSessionKeysAndTokens() {
        ECPoint mapped = PACE.decodePoint(hex("048CED63C91426D4F0EB1435E7CB1D74A46723A0AF21C89634F65A9AE87A9265E28C879506743F8611AC33645C5B985C80B5F09A0B83407C1B6A4D857AE76FE522"));
        BigInteger terminal = new BigInteger(1, hex("A73FB703AC1436A18E0CFA5ABB3F7BEC7A070E7A6788486BEE230C4A22762595"));
        byte[] terminalPublic = PACE.encode(PACE.multiply(mapped, terminal));
        assertEquals("042DB7A64C0355044EC9DF190514C625CBA2CEA487548871" + "22F3A5EF0D5EDD301C3556F3B3B186DF10B857B58F6A7EB80F20BA5DC7BE1D43D9BF850149FBB36462",
                str(terminalPublic));
        byte[] chipPublic = hex("049E880F842905B8B3181F7AF7CAA9F0EFB743847F44A306D2D28C1D9EC65DF6DB7764B22277A2EDDC3C265A9F018F9CB852E111B768B326904B59A0193776F094");
        byte[] k = PACE.sharedSecret(terminal, chipPublic);
        assertEquals("28768D20701247DAE81804C9E780EDE582A9996DB4A315020B2733197DB84925", str(k));
        byte[] kEnc = Kdf.derive(k, Kdf.ENC, SmCipher.AES_128);
        byte[] kMac = Kdf.derive(k, Kdf.MAC, SmCipher.AES_128);
        assertEquals("F5F0E35C0D7161EE6724EE513A0D9A7F", str(kEnc));
        assertEquals("FE251C7858B356B24514B3BD5F4297D1", str(kMac));
        assertEquals("C2B0BD78D94BA866", str(PACE.authenticationToken(kMac, chipPublic)));
        assertEquals("3ABB9674BCE93C08", str(PACE.authenticationToken(kMac, terminalPublic)));
    }

    @Test
    void mseSetAtNamesProtocolPasswordAndParameters() {
        assertEquals("800A04007F00070202040202830101840 10D".replace(" ", ""),
                str(Pace.mseSetAt(INFO, PacePassword.Kind.MRZ)));
    }

    static byte[] hex(String s) {
        return Hex.decode(s.replaceAll("\\s", ""));
    }

    static String str(byte[] b) {
        return Hex.toHexString(b).toUpperCase(Locale.ROOT);
    }
}
