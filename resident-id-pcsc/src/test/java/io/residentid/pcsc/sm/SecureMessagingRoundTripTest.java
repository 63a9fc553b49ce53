package io.residentid.pcsc.sm;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;

import static io.residentid.pcsc.sm.Hex.of;
import static io.residentid.pcsc.sm.Hex.str;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecureMessagingRoundTripTest {

    private static SessionKeys keys(SmCipher cipher) {
        byte[] secret = new byte[32];
        Arrays.fill(secret, (byte) cipher.ordinal());
        return SessionKeys.derive(cipher, secret);
    }

    @ParameterizedTest
    @EnumSource(SmCipher.class)
    void commandsAndResponsesSurviveProtection(SmCipher cipher) {
        SecureMessaging terminal = SecureMessaging.forTerminal(keys(cipher));
        SecureMessaging card = SecureMessaging.forCard(keys(cipher));
        String[] commands = {"00A4040C07A0000002471001", "00B0000000", "00B0000000FFFF", "0084000008",
            "00B10000045402800000"};
        for (String command : commands) {
            byte[] plain = of(command);
            assertArrayEquals(plain, card.unprotectCommand(terminal.protectCommand(plain)), command);
            byte[] data = new byte[300];
            Arrays.fill(data, (byte) 0x5A);
            byte[] response = terminal.unprotectResponse(card.protectResponse(data, 0x9000));
            assertEquals(302, response.length);
            assertEquals("9000", str(Arrays.copyOfRange(response, 300, 302)));
        }
    }

    @Test
    void aesSessionUsesSixteenByteCounterStartingAtZero() {
        SessionKeys keys = keys(SmCipher.AES_256);
        assertEquals("00000000000000000000000000000000", str(keys.initialSsc()));
        SecureMessaging terminal = SecureMessaging.forTerminal(keys);
        terminal.protectCommand(of("00B0000000"));
        assertEquals("00000000000000000000000000000001", str(terminal.sendSequenceCounter()));
    }

    @Test
    void largeReadUsesExtendedLength() {
        SecureMessaging terminal = SecureMessaging.forTerminal(keys(SmCipher.AES_128));
        SecureMessaging card = SecureMessaging.forCard(keys(SmCipher.AES_128));
        byte[] plain = of("00B00000000FA0");
        byte[] protectedCommand = terminal.protectCommand(plain);
        assertEquals(0, protectedCommand[4]);
        assertEquals((byte) 0x97, protectedCommand[7]);
        assertEquals(2, protectedCommand[8]);
        assertEquals("0000", str(Arrays.copyOfRange(protectedCommand, protectedCommand.length - 2,
                protectedCommand.length)));
        assertArrayEquals(plain, card.unprotectCommand(protectedCommand));
        byte[] data = new byte[4000];
        byte[] response = terminal.unprotectResponse(card.protectResponse(data, 0x9000));
        assertEquals(4002, response.length);
    }

    @Test
    void oddInstructionUsesDo85() {
        SecureMessaging terminal = SecureMessaging.forTerminal(keys(SmCipher.AES_128));
        byte[] protectedCommand = terminal.protectCommand(of("00B10000045402800000"));
        assertEquals((byte) 0x85, protectedCommand[5]);
    }

    @Test
    void tamperedCommandIsRejectedByTheCard() {
        SecureMessaging terminal = SecureMessaging.forTerminal(keys(SmCipher.AES_128));
        SecureMessaging card = SecureMessaging.forCard(keys(SmCipher.AES_128));
        byte[] protectedCommand = terminal.protectCommand(of("00B0000004"));
        protectedCommand[2] = 1;
        assertThrows(MacVerificationException.class, () -> card.unprotectCommand(protectedCommand));
    }

    @Test
    void replayedResponseIsRejected() {
        SecureMessaging terminal = SecureMessaging.forTerminal(keys(SmCipher.TDES));
        SecureMessaging card = SecureMessaging.forCard(keys(SmCipher.TDES));
        card.unprotectCommand(terminal.protectCommand(of("00B0000004")));
        byte[] response = card.protectResponse(of("01020304"), 0x9000);
        terminal.unprotectResponse(response);
        terminal.protectCommand(of("00B0000004"));
        assertThrows(MacVerificationException.class, () -> terminal.unprotectResponse(response));
    }

    @Property(tries = 500)
    void arbitraryResponsesGiveOnlyDocumentedErrors(@ForAll("responses") byte[] response) {
        SecureMessaging terminal = SecureMessaging.forTerminal(keys(SmCipher.AES_128));
        terminal.protectCommand(of("00B0000004"));
        try {
            terminal.unprotectResponse(response);
        } catch (SecureMessagingException expected) {
            assertTrue(expected.getMessage() != null);
        }
    }

    @Property(tries = 500)
    void arbitraryCommandsGiveOnlyDocumentedErrors(@ForAll("commands") byte[] command) {
        SecureMessaging card = SecureMessaging.forCard(keys(SmCipher.TDES));
        try {
            card.unprotectCommand(command);
        } catch (SecureMessagingException expected) {
            assertTrue(expected.getMessage() != null);
        }
    }

    @Provide
    Arbitrary<byte[]> responses() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(80);
        Arbitrary<byte[]> structured = Combinators.combine(
                Arbitraries.of((byte) 0x87, (byte) 0x85, (byte) 0x99, (byte) 0x8E, (byte) 0x97),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(40)).as((tag, rest) -> {
                    byte[] out = new byte[rest.length + 2];
                    out[0] = tag;
                    out[1] = (byte) rest.length;
                    System.arraycopy(rest, 0, out, 2, rest.length);
                    return out;
                });
        return Arbitraries.oneOf(random, structured);
    }

    @Provide
    Arbitrary<byte[]> commands() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(80).map(b -> {
            if (b.length > 0) {
                b[0] = (byte) (b[0] | 0x0C);
            }
            return b;
        });
    }
}
