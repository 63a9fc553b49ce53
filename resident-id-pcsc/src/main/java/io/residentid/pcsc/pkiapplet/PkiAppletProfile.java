package io.residentid.pcsc.pkiapplet;

import io.residentid.core.model.Bytes;
import io.residentid.pcsc.pin.PinFormat;
import io.residentid.pcsc.pin.PinReference;

import java.util.Objects;

/**
 * Where a card's PKI applet keeps things: its AID, the PIN that guards the keys, the files holding the
 * authentication and signing certificates, and the key references. Real cards differ per issuer; {@link #resident()}
 * describes the SDK's emulated resident card.
 *
 * @param aid                    the applet's AID
 * @param pin                    the holder PIN
 * @param authenticationCertFile file id of the authentication certificate (DER)
 * @param signingCertFile        file id of the signing certificate (DER)
 */
public record PkiAppletProfile(Bytes aid, PinReference pin, int authenticationCertFile, int signingCertFile) {

    private static final Bytes RESIDENT_AID = Bytes.fromHex("F05245534944504B49");

    /** The emulated resident card's PIN: reference 81, 6 digits, ASCII padded with FF to 8 bytes, 3 tries. */
    public static final PinReference RESIDENT_PIN = PinReference.builder(0x81).format(PinFormat.ASCII).length(6, 6)
            .paddedLength(8).label("PIN").build();
    /** The emulated resident card's PUK: reference 82, 8 digits. */
    public static final PinReference RESIDENT_PUK = PinReference.builder(0x82).format(PinFormat.ASCII).length(8, 8)
            .label("PUK").build();

    /**
     * Checks that the AID (5 to 16 bytes, ISO/IEC 7816-4) and the PIN are present.
     *
     * @param aid the applet's AID
     * @param pin the holder PIN
     * @param authenticationCertFile file id of the authentication certificate (DER)
     * @param signingCertFile file id of the signing certificate (DER)
     */
    public PkiAppletProfile {
        Objects.requireNonNull(aid, "aid");
        if (aid.length() < 5 || aid.length() > 16) {
            throw new IllegalArgumentException("an AID has 5 to 16 bytes, not " + aid.length());
        }
        Objects.requireNonNull(pin, "pin");
    }

    /** {@return the emulated resident card: AID {@code F0 "RESIDPKI"}, certificates in C000 (auth) and C001 (sign)} */
    public static PkiAppletProfile resident() {
        return new PkiAppletProfile(RESIDENT_AID, RESIDENT_PIN, 0xC000, 0xC001);
    }
}
