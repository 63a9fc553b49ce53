package io.residentid.pcsc.icao;

import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.sm.SessionKeys;
import io.residentid.pcsc.tlv.Tlv;
import io.residentid.pcsc.tlv.TlvException;
import io.residentid.pcsc.transport.ApduChannel;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.math.ec.ECPoint;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;

/**
 * The terminal side of PACE with ECDH Generic or Integrated Mapping (ICAO 9303-11 §4.4): MSE:Set AT, then four
 * chained GENERAL AUTHENTICATE steps (encrypted nonce, mapping — our mapping key for GM, our nonce t for IM —,
 * key agreement, mutual authentication). One attempt per
 * call; a wrong password is reported, never retried.
 */
public final class Pace {

    private static final int INS_MSE = 0x22;
    private static final int INS_GENERAL_AUTHENTICATE = 0x86;
    private static final int TAG_DYNAMIC_AUTHENTICATION_DATA = 0x7C;

    private Pace() {
    }

    /**
     * Runs PACE.
     *
     * @param channel     the plain channel to the card (ICAO applet selected or not: PACE runs at MF level)
     * @param info        a supported PACEInfo from EF.CardAccess
     * @param password    MRZ or CAN password (not destroyed here)
     * @param random      source for the ephemeral keys
     * @return the session keys (SSC zero)
     * @throws AccessControlException when the card rejects a step or the tokens do not verify
     */
    public static AccessControlResult perform(ApduChannel channel, PaceInfo info, PacePassword password,
            SecureRandom random) throws AccessControlException {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(random, "random");
        PaceKeyAgreement pace;
        try {
            pace = new PaceKeyAgreement(info);
        } catch (IllegalArgumentException e) {
            throw new AccessControlException("PACE protocol not supported: " + info.protocol(), e);
        }
        byte[] kPi = pace.passwordKey(password);
        byte[] sharedSecret = null;
        byte[] nonce = null;
        try {
            Bac.expectOk(channel, CommandApdu.of(0x00, INS_MSE, 0xC1, 0xA4, mseSetAt(info, password.kind())),
                    "PACE MSE:Set AT");

            byte[] step1 = generalAuthenticate(channel, true, new byte[0], "PACE step 1 (encrypted nonce)");
            byte[] z = dynamicObject(step1, 0x80);
            nonce = pace.decryptNonce(kPi, z);

            ECPoint mapped;
            if (pace.isIntegratedMapping()) {
                byte[] t = pace.randomTerminalNonce(random);
                byte[] step2 = generalAuthenticate(channel, true, Tlv.encode(0x81, t), "PACE step 2 (mapping)");
                expectEmptyMappingData(step2);
                mapped = pace.mapGeneratorIntegrated(nonce, t);
            } else {
                BigInteger mappingPrivate = pace.randomPrivateKey(random);
                byte[] mappingPublic = pace.encode(pace.multiply(pace.generator(), mappingPrivate));
                byte[] step2 = generalAuthenticate(channel, true, Tlv.encode(0x81, mappingPublic),
                        "PACE step 2 (mapping)");
                mapped = pace.mapGenerator(nonce, mappingPrivate, dynamicObject(step2, 0x82));
            }

            BigInteger ephemeralPrivate = pace.randomPrivateKey(random);
            byte[] ephemeralPublic = pace.encode(pace.multiply(mapped, ephemeralPrivate));
            byte[] step3 = generalAuthenticate(channel, true, Tlv.encode(0x83, ephemeralPublic),
                    "PACE step 3 (key agreement)");
            byte[] chipEphemeral = dynamicObject(step3, 0x84);
            if (MessageDigest.isEqual(chipEphemeral, ephemeralPublic)) {
                throw new AccessControlException("PACE: chip echoed the terminal's ephemeral key");
            }
            sharedSecret = pace.sharedSecret(ephemeralPrivate, chipEphemeral);
            SessionKeys keys = SessionKeys.derive(pace.cipher(), sharedSecret);

            byte[] terminalToken = pace.authenticationToken(keys.macKey(), chipEphemeral);
            byte[] step4;
            try {
                step4 = generalAuthenticate(channel, false, Tlv.encode(0x85, terminalToken),
                        "PACE step 4 (mutual authentication)");
            } catch (AccessControlException e) {
                keys.destroy();
                throw new AccessControlException("PACE: the card rejected the authentication token "
                        + "(wrong MRZ or CAN?)", e);
            }
            byte[] chipToken = dynamicObject(step4, 0x86);
            byte[] expected = pace.authenticationToken(keys.macKey(), ephemeralPublic);
            if (!MessageDigest.isEqual(expected, chipToken)) {
                keys.destroy();
                throw new AccessControlException("PACE: the chip's authentication token does not verify");
            }
            return new AccessControlResult(AccessControlResult.Method.PACE, Optional.of(info), keys);
        } catch (IllegalArgumentException | LdsFormatException | TlvException e) {
            throw new AccessControlException("PACE: malformed answer from the card: " + e.getMessage(), e);
        } finally {
            PaceKeyAgreement.wipe(kPi);
            PaceKeyAgreement.wipe(nonce);
            PaceKeyAgreement.wipe(sharedSecret);
        }
    }

    static byte[] mseSetAt(PaceInfo info, PacePassword.Kind kind) {
        byte[] oid;
        try {
            oid = new ASN1ObjectIdentifier(info.protocol()).getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        Tlv.write(data, 0x80, oid, 2, oid.length - 2);
        Tlv.write(data, 0x83, new byte[] {(byte) kind.reference()});
        if (info.parameterId().isPresent()) {
            Tlv.write(data, 0x84, new byte[] {(byte) info.parameterId().getAsInt()});
        }
        return data.toByteArray();
    }

    private static byte[] generalAuthenticate(ApduChannel channel, boolean chained, byte[] content, String what)
            throws AccessControlException {
        byte[] data = Tlv.encode(TAG_DYNAMIC_AUTHENTICATION_DATA, content);
        return Bac.expectOk(channel, CommandApdu.of(chained ? 0x10 : 0x00, INS_GENERAL_AUTHENTICATE, 0, 0, data, 256),
                what);
    }

    /** Integrated Mapping: the chip answers {@code 7C} with no data object or an empty {@code 82} (§4.4.5.2.2). */
    private static void expectEmptyMappingData(byte[] response) {
        Optional<Tlv> child = template(response).find(0x82);
        if (child.isPresent() && child.get().valueLength() != 0) {
            throw new LdsFormatException("Integrated Mapping: mapping data from the chip must be empty");
        }
    }

    private static byte[] dynamicObject(byte[] response, int tag) {
        return template(response).find(tag).orElseThrow(() -> new LdsFormatException(
                String.format("dynamic authentication data without tag %02X", tag))).value();
    }

    private static Tlv template(byte[] response) {
        Tlv template = Tlv.parse(response);
        if (template.tag().value() != TAG_DYNAMIC_AUTHENTICATION_DATA) {
            throw new LdsFormatException("expected dynamic authentication data (7C)");
        }
        return template;
    }
}
