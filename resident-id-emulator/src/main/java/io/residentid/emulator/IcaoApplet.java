package io.residentid.emulator;

import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import io.residentid.pcsc.apdu.StatusWord;

import java.security.PrivateKey;
import java.security.Signature;
import java.util.Optional;

/**
 * The eMRTD application (AID A0 00 00 02 47 10 01) of the emulated card: its LDS files and active
 * authentication (INTERNAL AUTHENTICATE, ECDSA plain signature over SHA-256 of the challenge). Access control and
 * secure messaging are enforced by {@link ResidentCard}, which sees every command first.
 */
final class IcaoApplet implements Applet {

    static final byte[] AID = {(byte) 0xA0, 0x00, 0x00, 0x02, 0x47, 0x10, 0x01};

    private final DedicatedFile files;
    private final PrivateKey activeAuthenticationKey;

    IcaoApplet(DedicatedFile files, PrivateKey activeAuthenticationKey) {
        this.files = files;
        this.activeAuthenticationKey = activeAuthenticationKey;
    }

    @Override
    public byte[] aid() {
        return AID.clone();
    }

    @Override
    public Optional<DedicatedFile> files() {
        return Optional.of(files);
    }

    @Override
    public ResponseApdu process(CommandApdu command, CardContext context) {
        if (command.ins() != 0x88) {
            return null;
        }
        byte[] challenge = command.data();
        if (challenge.length != 8) {
            return ResponseApdu.of(StatusWord.WRONG_LENGTH);
        }
        try {
            Signature s = Signature.getInstance("SHA256withPLAIN-ECDSA", IssuerCredentials.BC);
            s.initSign(activeAuthenticationKey);
            s.update(challenge);
            return ResponseApdu.of(s.sign(), StatusWord.OK);
        } catch (Exception e) {
            return ResponseApdu.of(StatusWord.NO_PRECISE_DIAGNOSIS);
        }
    }
}
