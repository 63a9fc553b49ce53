package io.residentid.emulator;

import io.residentid.pcsc.icao.PaceInfo;
import io.residentid.pcsc.icao.PaceKeyAgreement;
import io.residentid.pcsc.icao.PacePassword;
import io.residentid.pcsc.sm.SessionKeys;
import io.residentid.pcsc.tlv.Tlv;
import io.residentid.pcsc.tlv.TlvException;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.math.ec.ECPoint;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * The chip side of PACE ECDH (Generic or Integrated Mapping, as the PACEInfo says) for the emulated card: answers
 * MSE:Set AT and the four GENERAL
 * AUTHENTICATE steps, and hands over the session keys once the terminal's token verified. Any error resets the
 * protocol. Not thread-safe (one card, one reader).
 */
public final class PaceResponder {

    private final PaceKeyAgreement pace;
    private final PacePassword mrz;
    private final PacePassword can;
    private final SecureRandom random;

    private int step;
    private PacePassword selected;
    private byte[] nonce;
    private BigInteger mappingPrivate;
    private ECPoint mapped;
    private BigInteger ephemeralPrivate;
    private byte[] ephemeralPublic;
    private byte[] terminalEphemeral;
    private SessionKeys pending;
    private SessionKeys established;

    /**
     * The chip side of PACE with the given password and domain parameters.
     *
     * @param info   the PACEInfo the card announces in EF.CardAccess
     * @param mrz    the MRZ password, or {@code null} if the card refuses MRZ
     * @param can    the CAN password, or {@code null}
     * @param random randomness for nonces and keys
     */
    public PaceResponder(PaceInfo info, PacePassword mrz, PacePassword can, SecureRandom random) {
        this.pace = new PaceKeyAgreement(info);
        this.mrz = mrz;
        this.can = can;
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * Whether {@code apdu} is a PACE command (MSE:Set AT for PACE or GENERAL AUTHENTICATE).
     *
     * @param apdu an encoded command APDU
     * @return whether it belongs to PACE (MSE:Set AT, GENERAL AUTHENTICATE)
     */
    public static boolean handles(byte[] apdu) {
        if (apdu.length < 4) {
            return false;
        }
        int ins = apdu[1] & 0xFF;
        return (ins == 0x22 && (apdu[2] & 0xFF) == 0xC1 && (apdu[3] & 0xFF) == 0xA4) || ins == 0x86;
    }

    /**
     * Processes one plain PACE command and returns the response APDU.
     *
     * @param apdu an encoded PACE command APDU
     * @return the encoded response APDU
     */
    public byte[] process(byte[] apdu) {
        try {
            int ins = apdu[1] & 0xFF;
            byte[] data = commandData(apdu);
            if (ins == 0x22) {
                return setAuthenticationTemplate(data);
            }
            return generalAuthenticate(apdu[0] & 0x10, data);
        } catch (RuntimeException e) {
            reset();
            return sw(0x6A80);
        }
    }

    /** {@return the session keys of a completed PACE run, once; {@code null} otherwise} */
    public SessionKeys takeSession() {
        SessionKeys keys = established;
        established = null;
        return keys;
    }

    private byte[] setAuthenticationTemplate(byte[] data) {
        reset();
        byte[] oid = dataObject(data, 0x80);
        byte[] ref = dataObject(data, 0x83);
        byte[] expectedOid = oidContent(pace.info().protocol());
        if (oid == null || !Arrays.equals(oid, expectedOid) || ref == null || ref.length != 1) {
            return sw(0x6A80);
        }
        selected = ref[0] == 1 ? mrz : ref[0] == 2 ? can : null;
        if (selected == null) {
            return sw(0x6A88);
        }
        step = 1;
        return sw(0x9000);
    }

    private byte[] generalAuthenticate(int chaining, byte[] data) {
        byte[] inner = dataObject(data, 0x7C);
        if (inner == null || step == 0) {
            reset();
            return sw(0x6985);
        }
        switch (step) {
            case 1 -> {
                byte[] kPi = pace.passwordKey(selected);
                nonce = pace.randomNonce(random);
                byte[] z = pace.encryptNonce(kPi, nonce);
                Arrays.fill(kPi, (byte) 0);
                step = 2;
                return ok(0x80, z);
            }
            case 2 -> {
                byte[] terminalMapping = dataObject(inner, 0x81);
                if (pace.isIntegratedMapping()) {
                    if (terminalMapping == null || terminalMapping.length != pace.terminalNonceLength()) {
                        reset();
                        return sw(0x6A80);
                    }
                    mapped = pace.mapGeneratorIntegrated(nonce, terminalMapping);
                    step = 3;
                    return ok(0x82, new byte[0]);
                }
                mappingPrivate = pace.randomPrivateKey(random);
                byte[] chipMapping = pace.encode(pace.multiply(pace.generator(), mappingPrivate));
                mapped = pace.mapGenerator(nonce, mappingPrivate, terminalMapping);
                step = 3;
                return ok(0x82, chipMapping);
            }
            case 3 -> {
                terminalEphemeral = dataObject(inner, 0x83);
                pace.decodePoint(terminalEphemeral);
                ephemeralPrivate = pace.randomPrivateKey(random);
                ephemeralPublic = pace.encode(pace.multiply(mapped, ephemeralPrivate));
                byte[] k = pace.sharedSecret(ephemeralPrivate, terminalEphemeral);
                pending = SessionKeys.derive(pace.cipher(), k);
                Arrays.fill(k, (byte) 0);
                step = 4;
                return ok(0x84, ephemeralPublic);
            }
            case 4 -> {
                if (chaining != 0) {
                    reset();
                    return sw(0x6985);
                }
                byte[] token = dataObject(inner, 0x85);
                byte[] expected = pace.authenticationToken(pending.macKey(), ephemeralPublic);
                if (token == null || !MessageDigest.isEqual(expected, token)) {
                    reset();
                    return sw(0x6300);
                }
                byte[] chipToken = pace.authenticationToken(pending.macKey(), terminalEphemeral);
                established = pending;
                pending = null;
                step = 0;
                return ok(0x86, chipToken);
            }
            default -> {
                reset();
                return sw(0x6985);
            }
        }
    }

    private void reset() {
        step = 0;
        nonce = null;
        mapped = null;
        if (pending != null) {
            pending.destroy();
            pending = null;
        }
    }

    private static byte[] ok(int tag, byte[] value) {
        byte[] template = dynamicAuthenticationData(tag, value);
        byte[] response = Arrays.copyOf(template, template.length + 2);
        response[template.length] = (byte) 0x90;
        return response;
    }

    static byte[] sw(int sw) {
        return new byte[] {(byte) (sw >>> 8), (byte) sw};
    }

    static byte[] oidContent(String oid) {
        try {
            byte[] der = new ASN1ObjectIdentifier(oid).getEncoded();
            return Arrays.copyOfRange(der, 2, der.length);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Command data of a short or extended APDU (no validation beyond bounds). */
    /** {@code 7C { tag: value }}: a dynamic authentication data template with one data object. */
    static byte[] dynamicAuthenticationData(int tag, byte[] value) {
        return Tlv.constructed(0x7C, Tlv.primitive(tag, value)).encoded();
    }

    /**
     * The value of the first top-level data object with {@code tag} in command data; {@code null} if absent or
     * malformed.
     */
    static byte[] dataObject(byte[] data, int tag) {
        try {
            return Tlv.find(Tlv.parseAll(data), tag).map(Tlv::value).orElse(null);
        } catch (TlvException e) {
            return null;
        }
    }

    static byte[] commandData(byte[] apdu) {
        if (apdu.length <= 5) {
            return new byte[0];
        }
        int b4 = apdu[4] & 0xFF;
        if (b4 != 0) {
            return Arrays.copyOfRange(apdu, 5, Math.min(apdu.length, 5 + b4));
        }
        if (apdu.length < 7) {
            return new byte[0];
        }
        int lc = ((apdu[5] & 0xFF) << 8) | (apdu[6] & 0xFF);
        if (apdu.length <= 9 && apdu.length - 7 < lc) {
            return new byte[0];
        }
        return Arrays.copyOfRange(apdu, 7, Math.min(apdu.length, 7 + lc));
    }
}
