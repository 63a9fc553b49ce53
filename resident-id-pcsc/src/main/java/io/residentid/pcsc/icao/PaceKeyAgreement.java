package io.residentid.pcsc.icao;

import io.residentid.pcsc.internal.SmPrimitives;
import io.residentid.pcsc.internal.Kdf;
import io.residentid.pcsc.tlv.Tlv;

import io.residentid.pcsc.sm.SmCipher;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;
import org.bouncycastle.util.encoders.Hex;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * The mathematics of PACE with ECDH (ICAO 9303-11 §4.4, §9.5), shared by the terminal ({@link Pace}) and the
 * emulated chip: nonce encryption under K_π, the Generic Mapping {@code Ĝ = s·G + H} or the Integrated Mapping
 * {@code Ĝ = f_G(R_p(s, t))} (§4.4.3.3.2, Appendix B.2), the ephemeral key agreement and the authentication
 * tokens. Immutable and thread-safe.
 */
public final class PaceKeyAgreement {

    private final PaceInfo info;
    private final SmCipher cipher;
    private final X9ECParameters curve;
    private final boolean integrated;

    // R(s,t) constants of ICAO 9303-11 §4.4.3.3.2: l = 128 (3DES, AES-128) and l = 256 (AES-192, AES-256)
    private static final byte[] C0_128 = Hex.decode("a668892a7c41e3ca739f40b057d85904");
    private static final byte[] C1_128 = Hex.decode("a4e136ac725f738b01c1f60217c188ad");
    private static final byte[] C0_256 = Hex.decode(
            "d463d65234124ef7897054986dca0a174e28df758cbaa03f240616414d5a1676");
    private static final byte[] C1_256 = Hex.decode(
            "54bd7255f0aaf831bec3423fcf39d69b6cbf066677d0faae5aadd99df8e53517");

    /**
     * The key agreement for the mapping and curve that {@code info} names.
     *
     * @throws IllegalArgumentException when {@code info} is not a supported ECDH-GM or ECDH-IM PACEInfo
     * @param info the PACEInfo the chip offers
     */
    public PaceKeyAgreement(PaceInfo info) {
        this.info = Objects.requireNonNull(info, "info");
        if (!info.isSupported()) {
            throw new IllegalArgumentException("unsupported PACE protocol " + info.protocol());
        }
        this.cipher = info.cipher().orElseThrow();
        this.curve = StandardDomainParameters.curve(info.parameterId().getAsInt());
        this.integrated = info.mapping().orElseThrow() == PaceInfo.Mapping.INTEGRATED;
    }

    /**
     * {@return whether this run uses the Integrated Mapping (the terminal sends a nonce t instead of a mapping key)}
     */
    public boolean isIntegratedMapping() {
        return integrated;
    }

    /**
     * Length in bytes of the chip's nonce s: one block for the Generic Mapping; for the Integrated Mapping the
     * smallest multiple of the block size not shorter than the key (ICAO 9303-11 §4.4.3.3).
     *
     * @return the nonce length in bytes
     */
    public int nonceLength() {
        if (!integrated) {
            return cipher.blockSize();
        }
        int k = cipher.keyLength();
        return (k + cipher.blockSize() - 1) / cipher.blockSize() * cipher.blockSize();
    }

    /**
     * {@return length in bytes of the terminal's Integrated-Mapping nonce t: the key size (3DES counts as 128 bits)}
     */
    public int terminalNonceLength() {
        return cipher.keyLength();
    }

    /**
     * A fresh random Integrated-Mapping nonce t (terminal side).
     *
     * @param random the randomness source
     * @return the nonce t
     */
    public byte[] randomTerminalNonce(SecureRandom random) {
        byte[] t = new byte[terminalNonceLength()];
        random.nextBytes(t);
        return t;
    }

    /**
     * The pseudo-random function R(s,t) of ICAO 9303-11 §4.4.3.3.2 before reduction: {@code x_1 ‖ … ‖ x_n}
     * with {@code key_1 = E(t, s)}, {@code x_i = E(key_i, c1)}, {@code key_(i+1) = E(key_i, c0)} (CBC, zero IV,
     * keys truncated to the key size) and n the smallest number with {@code n·l ≥ log2 p + 64}.
     *
     * @throws IllegalArgumentException when s or t has the wrong length
     * @param s the chip's nonce
     * @param t the terminal's nonce
     * @return {@code R(s,t)}
     */
    public byte[] pseudoRandom(byte[] s, byte[] t) {
        if (s.length != nonceLength() || t.length != terminalNonceLength()) {
            throw new IllegalArgumentException("Integrated Mapping nonces of the wrong length");
        }
        int l = s.length * 8;
        byte[] c0 = l == 128 ? C0_128 : C0_256;
        byte[] c1 = l == 128 ? C1_128 : C1_256;
        int pBits = curve.getCurve().getField().getCharacteristic().bitLength();
        int n = (pBits + 64 + l - 1) / l;
        ByteArrayOutputStream x = new ByteArrayOutputStream(n * s.length);
        byte[] key = truncate(SmPrimitives.encrypt(cipher, t, null, s));
        for (int i = 0; i < n; i++) {
            byte[] xi = SmPrimitives.encrypt(cipher, key, null, c1);
            x.writeBytes(xi);
            byte[] next = truncate(SmPrimitives.encrypt(cipher, key, null, c0));
            wipe(key);
            key = next;
        }
        wipe(key);
        return x.toByteArray();
    }

    /**
     * {@code R_p(s,t) = int(R(s,t)) mod p}.
     *
     * @param s the chip's nonce
     * @param t the terminal's nonce
     * @return {@code R(s,t)} reduced modulo the field prime
     */
    public BigInteger pseudoRandomModP(byte[] s, byte[] t) {
        byte[] r = pseudoRandom(s, t);
        BigInteger value = new BigInteger(1, r).mod(curve.getCurve().getField().getCharacteristic());
        wipe(r);
        return value;
    }

    /**
     * Integrated Mapping: {@code Ĝ = f_G(R_p(s, t))}.
     *
     * @throws IllegalArgumentException when the nonces have the wrong length or the encoding degenerates
     * @param s the chip's nonce
     * @param t the terminal's nonce
     * @return the mapped generator {@code Ĝ}
     */
    public ECPoint mapGeneratorIntegrated(byte[] s, byte[] t) {
        return encodePoint(pseudoRandomModP(s, t));
    }

    /**
     * The point encoding f_G of ICAO 9303-11 Appendix B.2 (affine coordinates; Brier et al., CRYPTO 2010) for
     * {@code 0 < t < p}, p ≡ 3 mod 4, followed by the cofactor multiplication.
     *
     * @throws IllegalArgumentException when t is out of range or the result is not a valid point
     * @param t a field element, {@code 0 < t < p}
     * @return the point {@code f_G(t)}
     */
    public ECPoint encodePoint(BigInteger t) {
        ECCurve c = curve.getCurve();
        BigInteger p = c.getField().getCharacteristic();
        if (t.signum() <= 0 || t.compareTo(p) >= 0) {
            throw new IllegalArgumentException("point-encoding input out of range");
        }
        BigInteger a = c.getA().toBigInteger();
        BigInteger b = c.getB().toBigInteger();
        BigInteger alpha = t.multiply(t).negate().mod(p);
        BigInteger alphaSum = alpha.add(alpha.multiply(alpha)).mod(p);
        if (alphaSum.signum() == 0) {
            throw new IllegalArgumentException("point encoding degenerates for this input");
        }
        BigInteger x2 = b.negate().multiply(a.modInverse(p)).multiply(BigInteger.ONE.add(alphaSum.modInverse(p)))
                .mod(p);
        BigInteger x3 = alpha.multiply(x2).mod(p);
        BigInteger h2 = x2.pow(3).add(a.multiply(x2)).add(b).mod(p);
        BigInteger u = t.pow(3).multiply(h2).mod(p);
        BigInteger exponent = p.subtract(BigInteger.ONE).subtract(p.add(BigInteger.ONE).shiftRight(2));
        BigInteger aa = h2.modPow(exponent, p);
        ECPoint point;
        if (aa.multiply(aa).multiply(h2).mod(p).equals(BigInteger.ONE)) {
            point = c.createPoint(x2, aa.multiply(h2).mod(p));
        } else {
            point = c.createPoint(x3, aa.multiply(u).mod(p));
        }
        BigInteger cofactor = curve.getH() == null ? BigInteger.ONE : curve.getH();
        ECPoint result = (cofactor.equals(BigInteger.ONE) ? point : point.multiply(cofactor)).normalize();
        if (result.isInfinity() || !result.isValid()) {
            throw new IllegalArgumentException("point encoding did not give a valid point");
        }
        return result;
    }

    private byte[] truncate(byte[] key) {
        if (key.length == cipher.keyLength()) {
            return key;
        }
        byte[] k = Arrays.copyOf(key, cipher.keyLength());
        wipe(key);
        return k;
    }

    /** {@return the PACEInfo this agreement follows} */
    public PaceInfo info() {
        return info;
    }

    /** {@return the secure-messaging cipher} */
    public SmCipher cipher() {
        return cipher;
    }

    /**
     * K_π = KDF(password, 3).
     *
     * @param password the CAN or MRZ password
     * @return {@code K_π}; wipe it after use
     */
    public byte[] passwordKey(PacePassword password) {
        return Kdf.derive(password.secret(), Kdf.PACE_PASSWORD, cipher);
    }

    /**
     * The nonce {@code s} from its encryption {@code z = E(K_π, s)} (CBC, zero IV).
     *
     * @param passwordKey {@code K_π}
     * @param encryptedNonce {@code z} as the chip sent it
     * @return the nonce {@code s}
     */
    public byte[] decryptNonce(byte[] passwordKey, byte[] encryptedNonce) {
        if (encryptedNonce.length == 0 || encryptedNonce.length % cipher.blockSize() != 0) {
            throw new IllegalArgumentException("encrypted nonce is not a whole number of blocks");
        }
        return SmPrimitives.decrypt(cipher, passwordKey, null, encryptedNonce);
    }

    /**
     * The encrypted nonce {@code z = E(K_π, s)} (chip side).
     *
     * @param passwordKey {@code K_π}
     * @param nonce the nonce {@code s}
     * @return {@code z}
     */
    public byte[] encryptNonce(byte[] passwordKey, byte[] nonce) {
        return SmPrimitives.encrypt(cipher, passwordKey, null, nonce);
    }

    /**
     * A fresh random nonce s of {@link #nonceLength()} bytes (chip side).
     *
     * @param random the randomness source
     * @return the nonce {@code s}
     */
    public byte[] randomNonce(SecureRandom random) {
        byte[] s = new byte[nonceLength()];
        random.nextBytes(s);
        return s;
    }

    /**
     * A random private key in [1, n-1] for the given generator's group.
     *
     * @param random the randomness source
     * @return the private key
     */
    public BigInteger randomPrivateKey(SecureRandom random) {
        return BigIntegers.createRandomInRange(BigInteger.ONE, curve.getN().subtract(BigInteger.ONE), random);
    }

    /** {@return the standard generator G} */
    public ECPoint generator() {
        return curve.getG();
    }

    /**
     * {@code k·P}, normalised.
     *
     * @param point the point {@code P}
     * @param k the scalar
     * @return {@code k·P}
     */
    public ECPoint multiply(ECPoint point, BigInteger k) {
        return point.multiply(k).normalize();
    }

    /**
     * Generic Mapping: {@code Ĝ = s·G + H} where {@code H = own private · other's mapping public key}.
     *
     * @throws IllegalArgumentException when the other's key is not a valid point
     * @param nonce the decrypted nonce {@code s}
     * @param ownMappingPrivate this side's mapping private key
     * @param otherMappingPublic the other side's mapping public key, encoded
     * @return the mapped generator {@code Ĝ}
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

    /**
     * The shared secret {@code K}: the x-coordinate of {@code own private · other's ephemeral public key}.
     *
     * @param ownEphemeralPrivate this side's ephemeral private key
     * @param otherEphemeralPublic the other side's ephemeral public key, encoded
     * @return {@code K}; wipe it after use
     */
    public byte[] sharedSecret(BigInteger ownEphemeralPrivate, byte[] otherEphemeralPublic) {
        ECPoint shared = decodePoint(otherEphemeralPublic).multiply(ownEphemeralPrivate).normalize();
        if (shared.isInfinity()) {
            throw new IllegalArgumentException("key agreement produced the point at infinity");
        }
        return shared.getAffineXCoord().getEncoded();
    }

    /**
     * Uncompressed encoding {@code 04 ‖ X ‖ Y}.
     *
     * @param point the point
     * @return its uncompressed encoding
     */
    public byte[] encode(ECPoint point) {
        return point.getEncoded(false);
    }

    /**
     * Decodes and validates a public point on the curve.
     *
     * @throws IllegalArgumentException when the bytes are not a valid point of the curve
     * @param encoded an encoded point
     * @return the point, checked to be on the curve
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
     *
     * @param macKey the session's {@code K_mac}
     * @param otherEphemeralPublic the other side's ephemeral public key, encoded
     * @return the token {@code T}
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
