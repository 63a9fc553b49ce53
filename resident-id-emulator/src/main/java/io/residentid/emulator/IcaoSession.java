package io.residentid.emulator;

import io.residentid.pcsc.sm.SecureMessaging;
import io.residentid.pcsc.sm.SecureMessagingException;
import io.residentid.pcsc.sm.SessionKeys;
import io.residentid.pcsc.sm.SmCipher;
import org.bouncycastle.jce.interfaces.ECPrivateKey;
import org.bouncycastle.math.ec.ECPoint;

import java.util.Arrays;

/**
 * The runtime side of an emulated resident card's eMRTD application, in front of its {@link SoftCard}: BAC and PACE
 * responders, the secure-messaging session they open (a plain command ends it), chip authentication (new keys from
 * the next command on) and the rule that eMRTD files are only readable under secure messaging.
 */
final class IcaoSession {

    private final SoftCard card;
    private final PaceResponder pace;
    private final BacResponder bac;
    private final ECPrivateKey chipAuthenticationKey;
    private SecureMessaging session;
    private SecureMessaging pendingSession;
    private boolean icaoSelected;
    private boolean chipAuthenticationSelected;

    IcaoSession(SoftCard card, PaceResponder pace, BacResponder bac, ECPrivateKey chipAuthenticationKey) {
        this.card = card;
        this.pace = pace;
        this.bac = bac;
        this.chipAuthenticationKey = chipAuthenticationKey;
    }

    /** Ends any secure-messaging session and resets the card (warm reset). */
    void reset() {
        endSession();
        icaoSelected = false;
        card.reset();
    }

    byte[] process(byte[] command) {
        if (command == null || command.length < 4) {
            return sw(0x6700);
        }
        boolean secured = (command[0] & 0x0C) == 0x0C && (command[0] & 0x80) == 0;
        if (!secured) {
            endSession();
            return plain(command, false);
        }
        if (session == null) {
            return sw(0x6987);
        }
        SecureMessaging current = session;
        byte[] unwrapped;
        try {
            unwrapped = current.unprotectCommand(command);
        } catch (SecureMessagingException e) {
            endSession();
            return sw(0x6988);
        }
        byte[] response = plain(unwrapped, true);
        int sw = ((response[response.length - 2] & 0xFF) << 8) | (response[response.length - 1] & 0xFF);
        byte[] protectedResponse = current.protectResponse(Arrays.copyOf(response, response.length - 2), sw);
        if (pendingSession != null) {
            session = pendingSession; // chip authentication: new keys from the next command on
            pendingSession = null;
        }
        return protectedResponse;
    }

    private byte[] plain(byte[] command, boolean secured) {
        int ins = command[1] & 0xFF;
        int p1 = command[2] & 0xFF;
        int p2 = command[3] & 0xFF;
        if (secured && ins == 0x22 && p1 == 0x41 && (p2 == 0xA4 || p2 == 0xA6)) {
            return chipAuthenticationSetup(command, p2 == 0xA6);
        }
        if (secured && ins == 0x86 && chipAuthenticationSelected) {
            return chipAuthentication(PaceResponder.commandData(command), SmCipher.AES_128, 0x80, true);
        }
        if (!secured && pace != null && PaceResponder.handles(command)) {
            byte[] r = pace.process(command);
            SessionKeys keys = pace.takeSession();
            if (keys != null) {
                session = SecureMessaging.forCard(keys);
            }
            return r;
        }
        if (!secured && icaoSelected && BacResponder.handles(command)) {
            byte[] r = bac.process(command);
            SessionKeys keys = bac.takeSession();
            if (keys != null) {
                session = SecureMessaging.forCard(keys);
            }
            return r;
        }
        if (ins == 0xA4 && p1 == 0x04) {
            byte[] response = card.process(command);
            byte[] name = PaceResponder.commandData(command);
            boolean ok = response.length >= 2 && response[response.length - 2] == (byte) 0x90;
            icaoSelected = ok && Arrays.equals(name, IcaoApplet.AID);
            return response;
        }
        if (ins == 0xA4 && p1 == 0x00) {
            byte[] fid = PaceResponder.commandData(command);
            if (fid.length == 0 || (fid.length == 2 && fid[0] == 0x3F && fid[1] == 0x00)) {
                icaoSelected = false; // back to the master file
            }
        }
        if (!secured && icaoSelected && (ins == 0xB0 || ins == 0xB1 || ins == 0xA4 || ins == 0x88)) {
            return sw(0x6982);
        }
        return card.process(command);
    }

    private byte[] chipAuthenticationSetup(byte[] command, boolean keyAgreementTemplate) {
        byte[] data = PaceResponder.commandData(command);
        if (keyAgreementTemplate) {
            byte[] publicKey = PaceResponder.dataObject(data, 0x91);
            return publicKey == null ? sw(0x6A80) : chipAuthentication(PaceResponder.dynamicAuthenticationData(0x80, publicKey), SmCipher.TDES, 0x80,
                    false);
        }
        byte[] oid = PaceResponder.dataObject(data, 0x80);
        chipAuthenticationSelected = oid != null && Arrays.equals(oid, PaceResponder.oidContent(ResidentCard.CA_PROTOCOL));
        return sw(chipAuthenticationSelected ? 0x9000 : 0x6A80);
    }

    private byte[] chipAuthentication(byte[] data, SmCipher cipher, int tag, boolean dynamicData) {
        chipAuthenticationSelected = false;
        byte[] inner = PaceResponder.dataObject(data, 0x7C);
        byte[] terminalKey = inner == null ? null : PaceResponder.dataObject(inner, tag);
        if (terminalKey == null) {
            return sw(0x6A80);
        }
        try {
            ECPoint point = chipAuthenticationKey.getParameters().getCurve().decodePoint(terminalKey).normalize();
            if (!point.isValid() || point.isInfinity()) {
                return sw(0x6A80);
            }
            byte[] k = point.multiply(chipAuthenticationKey.getD()).normalize().getAffineXCoord().getEncoded();
            pendingSession = SecureMessaging.forCard(SessionKeys.derive(cipher, k));
            Arrays.fill(k, (byte) 0);
            return dynamicData ? new byte[] {0x7C, 0x00, (byte) 0x90, 0x00} : sw(0x9000);
        } catch (RuntimeException e) {
            return sw(0x6A80);
        }
    }

    private void endSession() {
        if (session != null) {
            session.close();
            session = null;
        }
        pendingSession = null;
        chipAuthenticationSelected = false;
    }

    private static byte[] sw(int sw) {
        return new byte[] {(byte) (sw >>> 8), (byte) sw};
    }
}
