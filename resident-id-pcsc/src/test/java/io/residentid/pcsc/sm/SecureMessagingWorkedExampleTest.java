package io.residentid.pcsc.sm;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.residentid.pcsc.sm.Hex.of;
import static io.residentid.pcsc.sm.Hex.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** ICAO Doc 9303-11, Appendix D.4 (secure messaging after BAC: SELECT EF.COM and two READ BINARY). */
class SecureMessagingWorkedExampleTest {

    private SecureMessaging terminal;
    private SecureMessaging card;

    @BeforeEach
    void setUp() {
        SessionKeys keys = new SessionKeys(SmCipher.TDES, of("979EC13B1CBFE9DCD01AB0FED307EAE5"),
                of("F1CB1F1FB5ADF208806B89DC579DC1F8"), of("887022120C06C226"));
        terminal = SecureMessaging.forTerminal(keys);
        card = SecureMessaging.forCard(keys);
    }

    @Test
    void selectEfComMatchesTheSpecification() {
        byte[] protectedCommand = terminal.protectCommand(of("00A4020C02011E"));
        assertEquals("0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800", str(protectedCommand));
        assertEquals("00A4020C02011E", str(card.unprotectCommand(protectedCommand)));
        assertEquals("990290008E08FA855A5D4C50A8ED9000", str(card.protectResponse(new byte[0], 0x9000)));
        assertEquals("9000", str(terminal.unprotectResponse(of("990290008E08FA855A5D4C50A8ED9000"))));
    }

    @Test
    void readBinaryExchangesMatchTheSpecification() {
        terminal.protectCommand(of("00A4020C02011E"));
        terminal.unprotectResponse(of("990290008E08FA855A5D4C50A8ED9000"));

        assertEquals("0CB000000D9701048E08ED6705417E96BA5500", str(terminal.protectCommand(of("00B0000004"))));
        assertEquals("60145F019000",
                str(terminal.unprotectResponse(of("8709019FF0EC34F9922651990290008E08AD55CC17140B2DED9000"))));

        assertEquals("0CB000040D9701128E082EA28A70F3C7B53500", str(terminal.protectCommand(of("00B0000412"))));
        assertEquals("04303130365F36063034303030305C0261759000", str(terminal.unprotectResponse(
                of("871901FB9235F4E4037F2327DCC8964F1F9B8C30F42C8E2FFF224A990290008E08C8B2787EAEA07D749000"))));
        assertEquals("887022120C06C22C", str(terminal.sendSequenceCounter()));
    }

    @Test
    void cardSideProducesTheSpecifiedReadBinaryResponse() {
        card.unprotectCommand(terminal.protectCommand(of("00A4020C02011E")));
        card.protectResponse(new byte[0], 0x9000);
        assertEquals("00B0000004", str(card.unprotectCommand(of("0CB000000D9701048E08ED6705417E96BA5500"))));
        assertEquals("8709019FF0EC34F9922651990290008E08AD55CC17140B2DED9000",
                str(card.protectResponse(of("60145F01"), 0x9000)));
    }

    @Test
    void alteredResponseMacEndsTheSession() {
        terminal.protectCommand(of("00A4020C02011E"));
        byte[] response = of("990290008E08FA855A5D4C50A8ED9000");
        response[8] ^= 0x01;
        assertThrows(MacVerificationException.class, () -> terminal.unprotectResponse(response));
        assertFalse(terminal.isOpen());
        assertThrows(SessionClosedException.class, () -> terminal.protectCommand(of("00B0000004")));
    }

    @Test
    void alteredStatusWordIsDetected() {
        terminal.protectCommand(of("00A4020C02011E"));
        assertThrows(MacVerificationException.class,
                () -> terminal.unprotectResponse(of("990262828E08FA855A5D4C50A8ED9000")));
    }

    @Test
    void unprotectedSuccessIsRejectedButPlainErrorsPassThrough() {
        terminal.protectCommand(of("00A4020C02011E"));
        assertEquals("6A82", str(terminal.unprotectResponse(of("6A82"))));
        terminal.protectCommand(of("00A4020C02011E"));
        assertThrows(SecureMessagingException.class, () -> terminal.unprotectResponse(of("9000")));
        assertFalse(terminal.isOpen());
    }

    @Test
    void smErrorStatusEndsTheSession() {
        terminal.protectCommand(of("00A4020C02011E"));
        assertThrows(SecureMessagingException.class, () -> terminal.unprotectResponse(of("6988")));
        assertFalse(terminal.isOpen());
    }
}
