package io.residentid.pcsc.icao;

import io.residentid.pcsc.sm.Kdf;
import io.residentid.pcsc.sm.SmCipher;
import io.residentid.pcsc.sm.SmPrimitives;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * The mathematics of PACE with ECDH Generic Mapping (ICAO 9303-11 §4.4, §9.5), shared by the terminal
 * ({@link Pace}) and the emulated chip: nonce encryption under K_π, the mapping {@code Ĝ = s·G + H}, the
 * ephemeral key agreement and the authentication tokens. Immutable and thread-safe.
 */
public final class PaceKeyAgreement {

    private final PaceInfo info;
    private final SmCipher cipher;
    private final X9ECParameters curve;

    /**
     * @throws IllegalArgumentException when {@code info} is not a supported ECDH-GM PACEInfo
     */
    public PaceKeyAgreement(PaceInfo info) {
        this.info = Objects.requireNonNull(info, "info");
        if (!info.isSupported()) {
            throw new IllegalArgumentException("unsupported PACE protocol " + info.protocol());
        }
        this.cipher = info.cipher().orElseThrow();
        this.curve = StandardDomainParameters.curve(info.parameterId().getAsInt());
    }

    /** The PACEInfo this agreement follows. */
    public PaceInfo info() {
        return info;
    }

    /** The secure-messaging cipher. */
    public SmCipher cipher() {
        return cipher;
    }

    /** K_π = KDF(password, 3). */
    public byte[] passwordKey(PacePassword password) {
        return Kdf.derive(password.secret(), Kdf.PACE_PASSWORD, cipher);
    }

    /** The nonce {@code s} from its encryption {@code z = E(K_π, s)} (CBC, zero IV). */
    public byte[] decryptNonce(byte[] passwordKey, byte[] encryptedNonce) {
        if (encryptedNonce.length == 0 || encryptedNonce.length % cipher.blockSize() != 0) {
            throw new IllegalArgumentException("encrypted nonce is not a whole number of blocks");
        }
        return SmPrimitives.decrypt(cipher, passwordKey, null, encryptedNonce);
    }

    /** The encrypted nonce {@code z = E(K_π, s)} (chip side). */
    public byte[] encryptNonce(byte[] passwordKey, byte[] nonce) {
        return SmPrimitives.encrypt(cipher, passwordKey, null, nonce);
    }

    /** A fresh random nonce of one block (chip side). */
    public byte[] randomNonce(SecureRandom random) {
        byte[] s = new byte[cipher.blockSize()];
        random.nextBytes(s);
        return s;
    }

    /** A random private key in [1, n-1] for the given generator's group. */
    public BigInteger randomPrivateKey(SecureRandom random) {
        return BigIntegers.createRandomInRange(BigInteger.ONE, curve.getN().subtract(BigInteger.ONE), random);
    }

    /** The standard generator G. */
    public ECPoint generator() {
        return curve.getG();
    }

    /** {@code k·P}, normalised. */
    public ECPoint multiply(ECPoint point, BigInteger k) {
        return point.multiply(k).normalize();
    }

    /**
     * Generic Mapping: {@code Ĝ = s·G + H} where {@code H = own private · other's mapping public key}.
     *
     * @throws IllegalArgumentException when the other's key is not a valid point
     */
    public ECPoint mapGenerator(byte[] nonce, BigInteger ownMappingPrivate, byte[] otherMappingPublic) {
        ECPoint other = decodePoint(otherMappingPublic);
        ECPoint h = other.multiply(ownMappingPrivate).normalize();
        if (h.isInfinity()) {
            throw new IllegalArgumentException("mapping produced the point at infinity");
        }
        ECPoint mapped = curve.getG().multiply(new BigInteger(1, nonce)).add(h).normalize();
        if (mapped.isInfinity()) {
            throw new IllegalArgumentException("mapped generator is the point at infinity");
        }
        return mapped;
    }

    /** The shared secret {@code K}: the x-coordinate of {@code own private · other's ephemeral public key}. */
    public byte[] sharedSecret(BigInteger ownEphemeralPrivate, byte[] otherEphemeralPublic) {
        ECPoint shared = decodePoint(otherEphemeralPublic).multiply(ownEphemeralPrivate).normalize();
        if (shared.isInfinity()) {
            throw new IllegalArgumentException("key agreement produced the point at infinity");
        }
        return shared.getAffineXCoord().getEncoded();
    }

    /** Uncompressed encoding {@code 04 ‖ X ‖ Y}. */
    public byte[] encode(ECPoint point) {
        return point.getEncoded(false);
    }

    /**
     * Decodes and validates a public point on the curve.
     *
     * @throws IllegalArgumentException when the bytes are not a valid point of the curve
     */
    public ECPoint decodePoint(byte[] encoded) {
        ECCurve c = curve.getCurve();
        try {
            ECPoint p = c.decodePoint(encoded).normalize();
            if (p.isInfinity() || !p.isValid()) {
                throw new IllegalArgumentException("public key is not a valid curve point");
            }
            return p;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("public key is not a valid curve point", e);
        }
    }

    /**
     * The authentication token {@code T = MAC(K_mac, 7F49 { 06 OID, 86 public point })} over the other side's
     * ephemeral public key: CMAC for AES, retail MAC over padded input for 3DES.
     */
    public byte[] authenticationToken(byte[] macKey, byte[] otherEphemeralPublic) {
        byte[] input = publicKeyDataObject(info.protocol(), otherEphemeralPublic);
        if (!cipher.isAes()) {
            input = SmPrimitives.pad(input, cipher.blockSize());
        }
        return SmPrimitives.mac(cipher, macKey, input);
    }

    static byte[] publicKeyDataObject(String protocol, byte[] point) {
        try {
            byte[] oid = new ASN1ObjectIdentifier(protocol).getEncoded();
            ByteArrayOutputStream inner = new ByteArrayOutputStream();
            inner.write(oid);
            Tlv.write(inner, 0x86, point);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Tlv.write(out, 0x7F49, inner.toByteArray());
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Wipes a byte array (convenience for callers holding K_π or K). */
    static void wipe(byte[] secret) {
        if (secret != null) {
            Arrays.fill(secret, (byte) 0);
        }
    }
}
