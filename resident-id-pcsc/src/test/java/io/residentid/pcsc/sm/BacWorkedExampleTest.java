package io.residentid.pcsc.sm;

import io.residentid.pcsc.internal.AccessKeys;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.residentid.pcsc.sm.Hex.of;
import static io.residentid.pcsc.sm.Hex.str;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** ICAO Doc 9303-11, Appendix D (worked example: Basic Access Control). */
class BacWorkedExampleTest {

    private static final byte[] RND_IC = of("4608F91988702212");
    private static final byte[] RND_IFD = of("781723860C06C226");
    private static final byte[] K_IFD = of("0B795240CB7049B01C19B33E32804F0B");
    private static final byte[] K_IC = of("0B4F80323EB3191CB04970CB4052790B");

    @Test
    void mrzInformationAppendsCheckDigits() {
        byte[] info = AccessKeys.ascii(AccessKeys.mrzInformation("L898902C", java.time.LocalDate.of(1969, 8, 6), java.time.LocalDate.of(1994, 6, 23)));
        assertEquals("L898902C<369080619406236", new String(info, StandardCharsets.US_ASCII));
    }

    @Test
    void keySeedAndDocumentBasicAccessKeysMatchTheSpecification() {
        byte[] seed = AccessKeys.bacKeySeed(AccessKeys.ascii(AccessKeys.mrzInformation("L898902C<", java.time.LocalDate.of(1969, 8, 6), java.time.LocalDate.of(1994, 6, 23))));
        assertEquals("239AB9CB282DAF66231DC5A4DF6BFBAE", str(seed));
        BacAuthentication bac = BacAuthentication.fromKeySeed(seed);
        assertEquals("AB94FDECF2674FDFB9B391F85D7F76F2", str(bac.encKey()));
        assertEquals("7962D9ECE03D1ACD4C76089DCE131543", str(bac.macKey()));
    }

    @Test
    void terminalCryptogramMatchesTheSpecification() {
        BacAuthentication bac = io.residentid.pcsc.icao.AccessKey.mrz("L898902C", java.time.LocalDate.of(1969, 8, 6), java.time.LocalDate.of(1994, 6, 23)).bacAuthentication();
        assertEquals("72C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F25F1448EEA8AD90A7",
                str(bac.terminalCryptogram(RND_IC, RND_IFD, K_IFD)));
    }

    @Test
    void cardAnswerAndSessionKeysMatchTheSpecification() {
        BacAuthentication bac = io.residentid.pcsc.icao.AccessKey.mrz("L898902C", java.time.LocalDate.of(1969, 8, 6), java.time.LocalDate.of(1994, 6, 23)).bacAuthentication();
        byte[] command = bac.terminalCryptogram(RND_IC, RND_IFD, K_IFD);
        BacAuthentication.CardAnswer answer = bac.cardAnswer(command, RND_IC, K_IC);
        assertEquals("46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F2F2D235D074D7449",
                str(answer.response().toByteArray()));

        SessionKeys keys = bac.terminalSessionKeys(answer.response().toByteArray(), RND_IC, RND_IFD, K_IFD);
        assertEquals("979EC13B1CBFE9DCD01AB0FED307EAE5", str(keys.encKey()));
        assertEquals("F1CB1F1FB5ADF208806B89DC579DC1F8", str(keys.macKey()));
        assertEquals("887022120C06C226", str(keys.initialSsc()));
        assertArrayEquals(keys.encKey(), answer.keys().encKey());
        assertArrayEquals(keys.initialSsc(), answer.keys().initialSsc());
    }

    @Test
    void wrongMrzIsRejectedByTheCard() {
        BacAuthentication terminal = io.residentid.pcsc.icao.AccessKey.mrz("L898902C", java.time.LocalDate.of(1969, 8, 6), java.time.LocalDate.of(1994, 6, 24)).bacAuthentication();
        BacAuthentication card = io.residentid.pcsc.icao.AccessKey.mrz("L898902C", java.time.LocalDate.of(1969, 8, 6), java.time.LocalDate.of(1994, 6, 23)).bacAuthentication();
        byte[] command = terminal.terminalCryptogram(RND_IC, RND_IFD, K_IFD);
        assertThrows(MutualAuthenticationException.class, () -> card.cardAnswer(command, RND_IC, K_IC));
    }

    @Test
    void alteredCardAnswerIsRejected() {
        BacAuthentication bac = io.residentid.pcsc.icao.AccessKey.mrz("L898902C", java.time.LocalDate.of(1969, 8, 6), java.time.LocalDate.of(1994, 6, 23)).bacAuthentication();
        byte[] answer = of("46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F2F2D235D074D7449");
        answer[3] ^= 1;
        assertThrows(MutualAuthenticationException.class,
                () -> bac.terminalSessionKeys(answer, RND_IC, RND_IFD, K_IFD));
        assertThrows(MutualAuthenticationException.class,
                () -> bac.terminalSessionKeys(new byte[39], RND_IC, RND_IFD, K_IFD));
    }

    @Test
    void malformedMrzFieldsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> AccessKeys.ascii(AccessKeys.mrzInformation("L89-8902", java.time.LocalDate.of(1969, 8, 6), java.time.LocalDate.of(1994, 6, 23))));
        assertThrows(IllegalArgumentException.class, () -> AccessKeys.ascii(AccessKeys.mrzInformation("", java.time.LocalDate.of(1969, 8, 6), java.time.LocalDate.of(1994, 6, 23))));
    }
}
