package io.residentid.pcsc.icao;

import io.residentid.emulator.BacResponder;
import io.residentid.emulator.PaceResponder;
import io.residentid.pcsc.sm.BacAuthentication;
import io.residentid.pcsc.sm.SecureMessaging;
import io.residentid.pcsc.sm.SessionKeys;
import io.residentid.pcsc.sm.SmCipher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.security.SecureRandom;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccessControlProtocolTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** The ICAO 9303 specimen's MRZ access key. */
    private static final AccessKey MRZ_KEY = AccessKey.mrz("L898902C", java.time.LocalDate.of(1969, 8, 6),
            java.time.LocalDate.of(1994, 6, 23));

    @ParameterizedTest
    @CsvSource({"0.4.0.127.0.7.2.2.4.2.2, 13", "0.4.0.127.0.7.2.2.4.2.2, 12", "0.4.0.127.0.7.2.2.4.2.3, 15",
        "0.4.0.127.0.7.2.2.4.2.4, 16", "0.4.0.127.0.7.2.2.4.2.4, 17", "0.4.0.127.0.7.2.2.4.2.1, 13",
        // Integrated Mapping (id-PACE-ECDH-IM-*): AES-128/192/256 on NIST and Brainpool curves
        "0.4.0.127.0.7.2.2.4.4.2, 13", "0.4.0.127.0.7.2.2.4.4.2, 12", "0.4.0.127.0.7.2.2.4.4.3, 15",
        "0.4.0.127.0.7.2.2.4.4.4, 16", "0.4.0.127.0.7.2.2.4.4.4, 17",
        "0.4.0.127.0.7.2.2.4.4.3, 11", "0.4.0.127.0.7.2.2.4.4.2, 14", "0.4.0.127.0.7.2.2.4.4.4, 18"})
    void paceAgreesOnSessionKeysWithTheChip(String protocol, int parameterId) throws Exception {
        PaceInfo info = new PaceInfo(protocol, 2, OptionalInt.of(parameterId));
        PaceResponder chip = new PaceResponder(info, MRZ_KEY.pacePassword(),
                PacePassword.can("123456"), RANDOM);
        AccessControlResult result = Pace.perform(RawChannel.of(chip::process), info, PacePassword.can("123456"), RANDOM);
        SessionKeys chipKeys = chip.takeSession();
        assertNotNull(chipKeys);
        assertArrayEquals(chipKeys.encKey(), result.keys().encKey());
        assertArrayEquals(chipKeys.macKey(), result.keys().macKey());
        assertEquals(info.cipher().orElseThrow(), result.keys().cipher());

        SecureMessaging terminal = SecureMessaging.forTerminal(result.keys());
        SecureMessaging card = SecureMessaging.forCard(chipKeys);
        byte[] select = {0x00, (byte) 0xA4, 0x02, 0x0C, 0x02, 0x01, 0x1E};
        assertArrayEquals(select, card.unprotectCommand(terminal.protectCommand(select)));
    }

    @Test
    void integratedMappingWith3desIsNotOffered() {
        assertFalse(new PaceInfo("0.4.0.127.0.7.2.2.4.4.1", 2, OptionalInt.of(13)).isSupported());
        assertTrue(new PaceInfo("0.4.0.127.0.7.2.2.4.4.2", 2, OptionalInt.of(13)).isSupported());
    }

    @ParameterizedTest
    @CsvSource({"0.4.0.127.0.7.2.2.4.2.2, PACE ECDH-GM brainpoolP256r1 AES_128",
        "0.4.0.127.0.7.2.2.4.4.2, PACE ECDH-IM brainpoolP256r1 AES_128"})
    void paceWithMrzPassword(String protocol, String described) throws Exception {
        PaceInfo info = new PaceInfo(protocol, 2, OptionalInt.of(13));
        assertTrue(info.isSupported());
        PaceResponder chip = new PaceResponder(info, MRZ_KEY.pacePassword(), null, RANDOM);
        AccessControlResult result = Pace.perform(RawChannel.of(chip::process), info, MRZ_KEY.pacePassword(), RANDOM);
        assertEquals(described, result.describe());
        assertNotNull(chip.takeSession());
    }

    /** Generic and Integrated Mapping: a wrong password costs one attempt, never a retry. */
    @ParameterizedTest
    @ValueSource(strings = {"0.4.0.127.0.7.2.2.4.2.2", "0.4.0.127.0.7.2.2.4.4.2"})
    void wrongCanFailsOnceWithoutRetrying(String protocol) {
        PaceInfo info = new PaceInfo(protocol, 2, OptionalInt.of(13));
        PaceResponder chip = new PaceResponder(info, null, PacePassword.can("123456"), RANDOM);
        AtomicInteger commands = new AtomicInteger();
        java.util.function.UnaryOperator<byte[]> counting = apdu -> {
            commands.incrementAndGet();
            return chip.process(apdu);
        };
        AccessControlException e = assertThrows(AccessControlException.class,
                () -> Pace.perform(RawChannel.of(counting), info, PacePassword.can("654321"), RANDOM));
        assertEquals(5, commands.get());
        assertNull(chip.takeSession());
        assertEquals(true, e.getMessage().contains("wrong MRZ or CAN"));
    }

    @Test
    void unsupportedPasswordReferenceIsReported() {
        PaceInfo info = new PaceInfo("0.4.0.127.0.7.2.2.4.2.2", 2, OptionalInt.of(13));
        PaceResponder chip = new PaceResponder(info, null, PacePassword.can("123456"), RANDOM);
        assertThrows(AccessControlException.class,
                () -> Pace.perform(RawChannel.of(chip::process), info, MRZ_KEY.pacePassword(), RANDOM));
    }

    @Test
    void unsupportedPaceInfoIsRefused() {
        // the Integrated Mapping's point encoding needs p ≡ 3 mod 4: secp224r1 (id 10) does not qualify
        PaceInfo integratedP224 = new PaceInfo("0.4.0.127.0.7.2.2.4.4.2", 2, OptionalInt.of(10));
        PaceInfo chipAuthenticationMapping = new PaceInfo("0.4.0.127.0.7.2.2.4.6.2", 2, OptionalInt.of(13));
        for (PaceInfo unsupported : new PaceInfo[] {integratedP224, chipAuthenticationMapping}) {
            assertEquals(false, unsupported.isSupported());
            assertThrows(AccessControlException.class, () -> Pace.perform(RawChannel.of(apdu -> new byte[] {(byte) 0x90, 0}),
                    unsupported, PacePassword.can("1"), RANDOM));
        }
    }

    @Test
    void bacAgreesOnSessionKeysWithTheChip() throws Exception {
        BacResponder chip = new BacResponder(MRZ_KEY.bacAuthentication(), RANDOM);
        AccessControlResult result = Bac.perform(RawChannel.of(chip::process),
                MRZ_KEY.bacAuthentication(), RANDOM);
        SessionKeys chipKeys = chip.takeSession();
        assertArrayEquals(chipKeys.encKey(), result.keys().encKey());
        assertArrayEquals(chipKeys.initialSsc(), result.keys().initialSsc());
        assertEquals(SmCipher.TDES, result.keys().cipher());
        assertEquals("BAC TDES", result.describe());
    }

    @Test
    void bacWithWrongMrzFails() {
        BacResponder chip = new BacResponder(MRZ_KEY.bacAuthentication(), RANDOM);
        assertThrows(AccessControlException.class, () -> Bac.perform(RawChannel.of(chip::process),
                io.residentid.pcsc.icao.AccessKey.mrz("L898902C", java.time.LocalDate.of(1969, 8, 6), java.time.LocalDate.of(1994, 6, 24)).bacAuthentication(), RANDOM));
        assertNull(chip.takeSession());
    }
}
