package io.residentid.pcsc.icao;

import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import io.residentid.pcsc.sm.BacAuthentication;
import io.residentid.pcsc.sm.SecureMessagingChannel;
import io.residentid.pcsc.transport.ApduChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * Opens the chip: reads EF.CardAccess at MF level, runs PACE when it offers a supported protocol and BAC otherwise,
 * selects the eMRTD application and starts secure messaging. One attempt; a wrong key is never retried.
 */
final class AccessControlProtocol {

    private static final Logger LOG = LoggerFactory.getLogger(AccessControlProtocol.class);
    static final byte[] ICAO_AID = {(byte) 0xA0, 0x00, 0x00, 0x02, 0x47, 0x10, 0x01};

    /** The opened session: the protocol used, the secure channel and EF.CardAccess when it was read and parsed. */
    record Opened(AccessControlResult accessControl, SecureMessagingChannel channel, Optional<byte[]> cardAccess) {
    }

    private AccessControlProtocol() {
    }

    static Opened open(ApduChannel wire, AccessKey key, SecureRandom random) throws AccessControlException {
        Optional<PaceInfo> pace = Optional.empty();
        Optional<byte[]> cardAccessRead = Optional.empty();
        byte[] cardAccess = readCardAccess(wire);
        if (cardAccess != null) {
            try {
                pace = SecurityInfos.parse(cardAccess).preferredPace();
                cardAccessRead = Optional.of(cardAccess);
            } catch (LdsFormatException e) {
                LOG.debug("EF.CardAccess unreadable, falling back to BAC: {}", e.getMessage());
            }
        }
        AccessControlResult result;
        SecureMessagingChannel sm;
        if (pace.isPresent()) {
            PacePassword password = key.pacePassword();
            try {
                result = Pace.perform(wire, pace.get(), password, random);
            } finally {
                password.destroy();
            }
            sm = new SecureMessagingChannel(wire, result.keys());
            selectApplication(sm);
        } else {
            if (key.isCan()) {
                throw new AccessControlException("the card offers no PACE, and BAC needs the MRZ, not the CAN");
            }
            selectApplication(wire);
            BacAuthentication bac = key.bacAuthentication();
            result = Bac.perform(wire, bac, random);
            sm = new SecureMessagingChannel(wire, result.keys());
        }
        return new Opened(result, sm, cardAccessRead);
    }

    private static byte[] readCardAccess(ApduChannel wire) {
        // EF.CardAccess lives in the master file: leave any application selected by an earlier session.
        wire.transmit(CommandApdu.of(0x00, 0xA4, 0x00, 0x0C, new byte[] {0x3F, 0x00}));
        ResponseApdu r = wire.transmit(CommandApdu.of(0x00, 0xB0, 0x80 | LdsFile.CARD_ACCESS.shortFileId(), 0x00,
                null, 256));
        int sw = r.sw();
        if ((sw == 0x9000 || sw == 0x6282) && r.nr() > 0) {
            return r.data();
        }
        return null;
    }

    private static void selectApplication(ApduChannel channel) throws AccessControlException {
        ResponseApdu r = channel.transmit(CommandApdu.of(0x00, 0xA4, 0x04, 0x0C, ICAO_AID));
        if (r.sw() != 0x9000) {
            throw new AccessControlException(String.format("the card has no ICAO application (SELECT: %04X)", r.sw()));
        }
    }
}
