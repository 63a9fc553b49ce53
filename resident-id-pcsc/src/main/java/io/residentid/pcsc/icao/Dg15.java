package io.residentid.pcsc.icao;

import io.residentid.pcsc.tlv.TlvSlice;
import io.residentid.pcsc.tlv.TlvException;
import io.residentid.pcsc.tlv.Tlv;

import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;

/**
 * DG15, the active-authentication public key (ICAO 9303-10 §4.7.15): {@code 6F { SubjectPublicKeyInfo }}, RSA or
 * EC (explicit curve parameters allowed, parsed with Bouncy Castle).
 *
 * @param publicKey the key
 */
public record Dg15(PublicKey publicKey) {

    /** Upper bound on DG15's size. */
    public static final int MAX_LENGTH = 4096;

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    /**
     * Parses Dg15 from the bytes read from the chip.
     *
     * @throws LdsFormatException when malformed or not an RSA/EC key
     * @param encoded DG15 as read from the chip (template 6F)
     * @return the active-authentication public key
     */
    public static Dg15 parse(byte[] encoded) {
        try {
            return decode(encoded);
        } catch (TlvException e) {
            throw Lds.malformed(e);
        }
    }

    private static Dg15 decode(byte[] encoded) {
        Lds.requireSize(encoded, MAX_LENGTH, "DG15");
        TlvSlice root = Lds.root(encoded, LdsFile.DG15);
        try {
            byte[] spkiBytes = root.value();
            SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(spkiBytes);
            String oid = spki.getAlgorithm().getAlgorithm().getId();
            String algorithm = switch (oid) {
                case "1.2.840.113549.1.1.1" -> "RSA";
                case "1.2.840.10045.2.1" -> "EC";
                default -> throw new LdsFormatException("DG15 key algorithm " + oid + " is not RSA or EC");
            };
            return new Dg15(KeyFactory.getInstance(algorithm, BC).generatePublic(new X509EncodedKeySpec(spkiBytes)));
        } catch (LdsFormatException e) {
            throw e;
        } catch (Exception e) {
            throw new LdsFormatException("malformed DG15 public key", e);
        }
    }

    /**
     * Encodes DG15 for a public key (used by the emulator).
     *
     * @param key the chip's active-authentication public key
     * @return DG15's bytes
     */
    public static byte[] encode(PublicKey key) {
        return Tlv.encode(LdsFile.DG15.tag(), key.getEncoded());
    }
}
