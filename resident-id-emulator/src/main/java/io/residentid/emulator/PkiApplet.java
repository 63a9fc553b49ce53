package io.residentid.emulator;

import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import io.residentid.pcsc.apdu.StatusWord;
import io.residentid.pcsc.pkiapplet.PkiAppletProfile;

import java.security.PrivateKey;
import java.security.Signature;
import java.util.Optional;

/**
 * The emulated card's PKI applet: certificate files readable without PIN; INTERNAL AUTHENTICATE (challenge,
 * 8–64 bytes → SHA256withECDSA DER signature with the authentication key) and PSO: COMPUTE DIGITAL SIGNATURE
 * (P1P2 9E9A, data to sign → SHA256withECDSA with the signing key), both only after the PIN was verified.
 */
final class PkiApplet implements Applet {

    private final PkiAppletProfile profile;
    private final DedicatedFile files;
    private final PrivateKey authenticationKey;
    private final PrivateKey signingKey;

    PkiApplet(PkiAppletProfile profile, DedicatedFile files, PrivateKey authenticationKey, PrivateKey signingKey) {
        this.profile = profile;
        this.files = files;
        this.authenticationKey = authenticationKey;
        this.signingKey = signingKey;
    }

    @Override
    public byte[] aid() {
        return profile.aid().toByteArray();
    }

    @Override
    public Optional<DedicatedFile> files() {
        return Optional.of(files);
    }

    @Override
    public ResponseApdu process(CommandApdu command, CardContext context) {
        boolean internalAuthenticate = command.ins() == 0x88;
        boolean pso = command.ins() == 0x2A && command.p1() == 0x9E && command.p2() == 0x9A;
        if (!internalAuthenticate && !pso) {
            return null;
        }
        if (!context.isVerified(profile.pin().reference())) {
            return ResponseApdu.of(StatusWord.SECURITY_STATUS_NOT_SATISFIED);
        }
        byte[] data = command.data();
        if (data.length < 8 || data.length > 256) {
            return ResponseApdu.of(StatusWord.WRONG_LENGTH);
        }
        try {
            Signature s = Signature.getInstance("SHA256withECDSA", IssuerCredentials.BC);
            s.initSign(internalAuthenticate ? authenticationKey : signingKey);
            s.update(data);
            return ResponseApdu.of(s.sign(), StatusWord.OK);
        } catch (Exception e) {
            return ResponseApdu.of(StatusWord.NO_PRECISE_DIAGNOSIS);
        }
    }
}
