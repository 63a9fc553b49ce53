package io.residentid.mdoc.cose;

import io.residentid.core.model.Bytes;
import io.residentid.mdoc.MdocCode;
import io.residentid.mdoc.MdocFormatException;
import io.residentid.mdoc.internal.Crypto;
import java.math.BigInteger;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.CipherParameters;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed448PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X448PrivateKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;

/**
 * A private key with its public COSE key: the reader's or the device's ephemeral key (session establishment, device
 * MAC) or a device or document signing key. {@code toString()} never prints the private key.
 */
public final class MdocKeyPair {
    private final CoseCurve curve;
    private final CipherParameters privateKey;
    private final CoseKey publicKey;

    private MdocKeyPair(CoseCurve curve, CipherParameters privateKey, CoseKey publicKey) {
        this.curve = curve;
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /**
     * {@return a fresh key pair on {@code curve}}
     *
     * @param curve the COSE curve
     */
    public static MdocKeyPair generate(CoseCurve curve) {
        switch (curve) {
            case X25519: {
                X25519PrivateKeyParameters k = new X25519PrivateKeyParameters(Crypto.random());
                return new MdocKeyPair(curve, k, Crypto.coseKey(curve, k.generatePublicKey()));
            }
            case X448: {
                X448PrivateKeyParameters k = new X448PrivateKeyParameters(Crypto.random());
                return new MdocKeyPair(curve, k, Crypto.coseKey(curve, k.generatePublicKey()));
            }
            case ED25519: {
                Ed25519PrivateKeyParameters k = new Ed25519PrivateKeyParameters(Crypto.random());
                return new MdocKeyPair(curve, k, Crypto.coseKey(curve, k.generatePublicKey()));
            }
            case ED448: {
                Ed448PrivateKeyParameters k = new Ed448PrivateKeyParameters(Crypto.random());
                return new MdocKeyPair(curve, k, Crypto.coseKey(curve, k.generatePublicKey()));
            }
            default: {
                ECKeyPairGenerator g = new ECKeyPairGenerator();
                g.init(new ECKeyGenerationParameters(Crypto.domain(curve), Crypto.random()));
                AsymmetricCipherKeyPair kp = g.generateKeyPair();
                return new MdocKeyPair(curve, kp.getPrivate(), Crypto.coseKey(curve, kp.getPublic()));
            }
        }
    }

    /**
     * {@return an EC2 key pair from its private scalar {@code d} (unsigned big-endian)} The array is not kept.
     *
     * @param curve the COSE curve
     * @param d the private scalar
     */
    public static MdocKeyPair ofPrivateScalar(CoseCurve curve, byte[] d) {
        if (!curve.isEc2()) {
            throw new IllegalArgumentException(curve + " is not an EC2 curve");
        }
        ECDomainParameters domain = Crypto.domain(curve);
        BigInteger scalar = new BigInteger(1, d);
        if (scalar.signum() <= 0 || scalar.compareTo(domain.getN()) >= 0) {
            throw new MdocFormatException(MdocCode.STRUCTURE_INVALID, -1, "d", null, "d", "a scalar below n");
        }
        ECPrivateKeyParameters priv = new ECPrivateKeyParameters(scalar, domain);
        ECPublicKeyParameters pub = new ECPublicKeyParameters(domain.getG().multiply(scalar).normalize(), domain);
        return new MdocKeyPair(curve, priv, Crypto.coseKey(curve, pub));
    }

    /**
     * {@return a key pair from a PKCS#8 DER private key (EC on a listed curve, X25519, X448, Ed25519, Ed448)}
     *
     * @param der the PKCS#8 encoding
     * @throws MdocFormatException when the key is unreadable or on another curve
     */
    public static MdocKeyPair fromPkcs8(byte[] der) {
        AsymmetricKeyParameter key;
        try {
            key = PrivateKeyFactory.createKey(der);
        } catch (java.io.IOException | RuntimeException e) {
            throw new MdocFormatException(MdocCode.STRUCTURE_INVALID, -1, "PKCS#8", e, "PKCS#8", "a private key");
        }
        if (key instanceof ECPrivateKeyParameters ec) {
            for (CoseCurve c : CoseCurve.values()) {
                if (c.isEc2() && Crypto.domain(c).getCurve().equals(ec.getParameters().getCurve())) {
                    return ofPrivateScalar(c, Crypto.unsigned(ec.getD(), c.coordinateLength()));
                }
            }
            throw new MdocFormatException(MdocCode.UNSUPPORTED_ALGORITHM, -1, null, null, "EC curve");
        }
        if (key instanceof X25519PrivateKeyParameters k) {
            return new MdocKeyPair(CoseCurve.X25519, k, Crypto.coseKey(CoseCurve.X25519, k.generatePublicKey()));
        }
        if (key instanceof X448PrivateKeyParameters k) {
            return new MdocKeyPair(CoseCurve.X448, k, Crypto.coseKey(CoseCurve.X448, k.generatePublicKey()));
        }
        if (key instanceof Ed25519PrivateKeyParameters k) {
            return new MdocKeyPair(CoseCurve.ED25519, k, Crypto.coseKey(CoseCurve.ED25519, k.generatePublicKey()));
        }
        if (key instanceof Ed448PrivateKeyParameters k) {
            return new MdocKeyPair(CoseCurve.ED448, k, Crypto.coseKey(CoseCurve.ED448, k.generatePublicKey()));
        }
        throw new MdocFormatException(MdocCode.UNSUPPORTED_ALGORITHM, -1, null, null, "private key type");
    }

    /** {@return the curve} */
    public CoseCurve curve() {
        return curve;
    }

    /** {@return the public key} */
    public CoseKey publicKey() {
        return publicKey;
    }

    /**
     * ECDH with {@code peer}: the shared secret. Callers wipe it after use.
     *
     * @param peer the other side's public key
     * @return the shared secret
     */
    public byte[] agree(CoseKey peer) {
        if (peer.curve() != curve) {
            throw new MdocFormatException(MdocCode.UNSUPPORTED_ALGORITHM, -1, null, null, "curve mismatch");
        }
        return Crypto.ecdh(privateKey, peer);
    }

    /**
     * {@return a COSE raw signature over {@code message}}
     *
     * @param alg the COSE algorithm
     * @param message the bytes signed or authenticated
     */
    public Bytes sign(CoseAlgorithm alg, byte[] message) {
        return Bytes.of(Crypto.sign(alg, privateKey, curve, message));
    }

    /** {@return the PKCS#8 DER encoding of the private key (for writing key files owner-only)} */
    public byte[] toPkcs8() {
        try {
            return org.bouncycastle.crypto.util.PrivateKeyInfoFactory
                    .createPrivateKeyInfo((AsymmetricKeyParameter) privateKey).getEncoded();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@return the DER SubjectPublicKeyInfo of the public key (to put it into a certificate)} */
    public Bytes subjectPublicKeyInfo() {
        try {
            return Bytes.of(org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(
                    Crypto.publicKey(publicKey)).getEncoded());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@return the COSE signature algorithm for this key's curve (ES256/ES384/ES512, EdDSA)} */
    public CoseAlgorithm signatureAlgorithm() {
        switch (curve) {
            case P_384: case BRAINPOOL_P384R1: return CoseAlgorithm.ES384;
            case P_521: case BRAINPOOL_P512R1: return CoseAlgorithm.ES512;
            case ED25519: case ED448: return CoseAlgorithm.EDDSA;
            default: return CoseAlgorithm.ES256;
        }
    }

    @Override
    public String toString() {
        return "MdocKeyPair[" + curve.displayName() + "]";
    }
}
