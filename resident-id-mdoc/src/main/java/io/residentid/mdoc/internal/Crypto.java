package io.residentid.mdoc.internal;

import io.residentid.core.model.Bytes;
import io.residentid.mdoc.MdocCode;
import io.residentid.mdoc.MdocFormatException;
import io.residentid.mdoc.cose.CoseAlgorithm;
import io.residentid.mdoc.cose.CoseCurve;
import io.residentid.mdoc.cose.CoseKey;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.CipherParameters;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.agreement.ECDHBasicAgreement;
import org.bouncycastle.crypto.agreement.X25519Agreement;
import org.bouncycastle.crypto.agreement.X448Agreement;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.Ed448PublicKeyParameters;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;
import org.bouncycastle.crypto.params.X448PrivateKeyParameters;
import org.bouncycastle.crypto.params.X448PublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.signers.Ed448Signer;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The module's cryptography on the Bouncy Castle lightweight API (the fastest ECDSA P-256 on the JVM): ECDH,
 * HKDF, HMAC, AES-256-GCM, ECDSA/EdDSA with COSE's raw signature form. Not part of the API.
 */
public final class Crypto {

    private static final ConcurrentHashMap<CoseCurve, ECDomainParameters> DOMAINS = new ConcurrentHashMap<>();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Crypto() {
    }

    /** The shared secure random source. */
    public static SecureRandom random() {
        return RANDOM;
    }

    /** Domain parameters of an EC2 curve. */
    public static ECDomainParameters domain(CoseCurve curve) {
        return DOMAINS.computeIfAbsent(curve, c -> {
            // The custom (special-form) implementations of the NIST curves are several times faster than the
            // generic ones ECNamedCurveTable returns; brainpool curves have none and fall back.
            X9ECParameters p = org.bouncycastle.crypto.ec.CustomNamedCurves.getByName(c.ecName());
            if (p == null) {
                p = ECNamedCurveTable.getByName(c.ecName());
            }
            return new ECDomainParameters(p.getCurve(), p.getG(), p.getN(), p.getH(), p.getSeed());
        });
    }

    /** The BC public key of a COSE key; the point is validated (on the curve, not infinity). */
    public static AsymmetricKeyParameter publicKey(CoseKey key) {
        CoseCurve curve = key.curve();
        try {
            switch (curve) {
                case X25519: return new X25519PublicKeyParameters(key.x().toByteArray(), 0);
                case X448: return new X448PublicKeyParameters(key.x().toByteArray(), 0);
                case ED25519: return new Ed25519PublicKeyParameters(key.x().toByteArray(), 0);
                case ED448: return new Ed448PublicKeyParameters(key.x().toByteArray(), 0);
                default:
                    ECDomainParameters d = domain(curve);
                    ECPoint point = d.getCurve().createPoint(new BigInteger(1, key.x().toByteArray()),
                            new BigInteger(1, key.y().orElseThrow().toByteArray()));
                    return new ECPublicKeyParameters(point, d); // validates the point
            }
        } catch (RuntimeException e) {
            throw new MdocFormatException(MdocCode.STRUCTURE_INVALID, -1, "COSE_Key", e, "COSE_Key",
                    "a point on " + curve.displayName());
        }
    }

    /**
     * A certificate's EC public key moved onto the fast custom implementation of its curve when there is one (a
     * key read by {@code PublicKeyFactory} may use the generic implementation); other keys are returned as they are.
     */
    public static AsymmetricKeyParameter fastKey(AsymmetricKeyParameter key) {
        if (key instanceof ECPublicKeyParameters ec) {
            for (CoseCurve c : CoseCurve.values()) {
                if (c.isEc2()) {
                    ECDomainParameters d = domain(c);
                    if (d.getCurve().equals(ec.getParameters().getCurve()) && d.getCurve() != ec.getParameters()
                            .getCurve() && d.getG().equals(ec.getParameters().getG())) {
                        return new ECPublicKeyParameters(d.getCurve().decodePoint(ec.getQ().getEncoded(false)), d);
                    }
                }
            }
        }
        return key;
    }

    /** The COSE key of a BC EC public key on {@code curve}. */
    public static CoseKey coseKey(CoseCurve curve, AsymmetricKeyParameter publicKey) {
        if (publicKey instanceof ECPublicKeyParameters ec) {
            ECPoint q = ec.getQ().normalize();
            int len = curve.coordinateLength();
            return CoseKey.ec2(curve, Bytes.of(unsigned(q.getAffineXCoord().toBigInteger(), len)),
                    Bytes.of(unsigned(q.getAffineYCoord().toBigInteger(), len)));
        }
        if (publicKey instanceof X25519PublicKeyParameters x) {
            return CoseKey.okp(curve, Bytes.of(x.getEncoded()));
        }
        if (publicKey instanceof X448PublicKeyParameters x) {
            return CoseKey.okp(curve, Bytes.of(x.getEncoded()));
        }
        if (publicKey instanceof Ed25519PublicKeyParameters x) {
            return CoseKey.okp(curve, Bytes.of(x.getEncoded()));
        }
        if (publicKey instanceof Ed448PublicKeyParameters x) {
            return CoseKey.okp(curve, Bytes.of(x.getEncoded()));
        }
        throw new MdocFormatException(MdocCode.UNSUPPORTED_ALGORITHM, -1, null, null, "key type");
    }

    /** {@code value} as exactly {@code length} unsigned big-endian bytes. */
    public static byte[] unsigned(BigInteger value, int length) {
        byte[] raw = value.toByteArray();
        if (raw.length == length) {
            return raw;
        }
        byte[] out = new byte[length];
        if (raw.length > length) {
            System.arraycopy(raw, raw.length - length, out, 0, length);
        } else {
            System.arraycopy(raw, 0, out, length - raw.length, raw.length);
        }
        return out;
    }

    /** ECDH shared secret (the x coordinate for EC2 curves, RFC 7748 output for X25519/X448). */
    public static byte[] ecdh(CipherParameters privateKey, CoseKey peer) {
        AsymmetricKeyParameter pub = publicKey(peer);
        if (privateKey instanceof ECPrivateKeyParameters ec && pub instanceof ECPublicKeyParameters ecPub) {
            if (!ec.getParameters().getCurve().equals(ecPub.getParameters().getCurve())) {
                throw new MdocFormatException(MdocCode.UNSUPPORTED_ALGORITHM, -1, null, null, "curve mismatch");
            }
            ECDHBasicAgreement agreement = new ECDHBasicAgreement();
            agreement.init(ec);
            return unsigned(agreement.calculateAgreement(ecPub), peer.curve().coordinateLength());
        }
        if (privateKey instanceof X25519PrivateKeyParameters x && pub instanceof X25519PublicKeyParameters p) {
            X25519Agreement a = new X25519Agreement();
            a.init(x);
            byte[] out = new byte[a.getAgreementSize()];
            a.calculateAgreement(p, out, 0);
            return out;
        }
        if (privateKey instanceof X448PrivateKeyParameters x && pub instanceof X448PublicKeyParameters p) {
            X448Agreement a = new X448Agreement();
            a.init(x);
            byte[] out = new byte[a.getAgreementSize()];
            a.calculateAgreement(p, out, 0);
            return out;
        }
        throw new MdocFormatException(MdocCode.UNSUPPORTED_ALGORITHM, -1, null, null, "key agreement curve");
    }

    /** HKDF-SHA-256. */
    public static byte[] hkdf(byte[] ikm, byte[] salt, byte[] info, int length) {
        HKDFBytesGenerator g = new HKDFBytesGenerator(new SHA256Digest());
        g.init(new HKDFParameters(ikm, salt, info));
        byte[] out = new byte[length];
        g.generateBytes(out, 0, length);
        return out;
    }

    /** HMAC-SHA-256. */
    public static byte[] hmacSha256(byte[] key, byte[] message) {
        HMac mac = new HMac(new SHA256Digest());
        mac.init(new KeyParameter(key));
        mac.update(message, 0, message.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return out;
    }

    /** A digest by name (SHA-256, SHA-384, SHA-512). */
    public static Digest digest(String name) {
        switch (name) {
            case "SHA-256": return new SHA256Digest();
            case "SHA-384": return new SHA384Digest();
            case "SHA-512": return new SHA512Digest();
            default: throw new MdocFormatException(MdocCode.UNSUPPORTED_ALGORITHM, -1, null, null, name);
        }
    }

    /** The digest of {@code data}. */
    public static byte[] hash(String name, byte[] data) {
        Digest d = digest(name);
        d.update(data, 0, data.length);
        byte[] out = new byte[d.getDigestSize()];
        d.doFinal(out, 0);
        return out;
    }

    /** AES-GCM with a 128-bit tag; decryption failures (wrong key, IV, truncated tag) throw the coded exception. */
    public static byte[] aesGcm(boolean encrypt, byte[] key, byte[] iv, byte[] input) {
        GCMBlockCipher gcm = (GCMBlockCipher) GCMBlockCipher.newInstance(AESEngine.newInstance());
        gcm.init(encrypt, new AEADParameters(new KeyParameter(key), 128, iv));
        byte[] out = new byte[gcm.getOutputSize(input.length)];
        try {
            int n = gcm.processBytes(input, 0, input.length, out, 0);
            n += gcm.doFinal(out, n);
            return n == out.length ? out : Arrays.copyOf(out, n);
        } catch (InvalidCipherTextException | IllegalStateException | org.bouncycastle.crypto.DataLengthException e) {
            throw new MdocFormatException(MdocCode.SESSION_DECRYPTION_FAILED, -1, null, e);
        }
    }

    /** Signs with ECDSA (deterministic k, RFC 6979) or EdDSA; COSE raw form (r||s). */
    public static byte[] sign(CoseAlgorithm alg, CipherParameters privateKey, CoseCurve curve, byte[] message) {
        if (alg == CoseAlgorithm.EDDSA) {
            org.bouncycastle.crypto.Signer s = curve == CoseCurve.ED448 ? new Ed448Signer(new byte[0])
                    : new Ed25519Signer();
            s.init(true, privateKey);
            s.update(message, 0, message.length);
            try {
                return s.generateSignature();
            } catch (org.bouncycastle.crypto.CryptoException e) {
                throw new IllegalStateException(e);
            }
        }
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(digest(alg.digest())));
        signer.init(true, privateKey);
        BigInteger[] rs = signer.generateSignature(hash(alg.digest(), message));
        int len = curve.coordinateLength();
        byte[] out = new byte[2 * len];
        System.arraycopy(unsigned(rs[0], len), 0, out, 0, len);
        System.arraycopy(unsigned(rs[1], len), 0, out, len, len);
        return out;
    }

    /** Verifies a COSE raw signature; false for any wrong or malformed signature. */
    public static boolean verify(CoseAlgorithm alg, AsymmetricKeyParameter publicKey, byte[] message, byte[] sig) {
        if (alg == CoseAlgorithm.EDDSA) {
            org.bouncycastle.crypto.Signer s;
            if (publicKey instanceof Ed25519PublicKeyParameters) {
                s = new Ed25519Signer();
            } else if (publicKey instanceof Ed448PublicKeyParameters) {
                s = new Ed448Signer(new byte[0]);
            } else {
                return false;
            }
            s.init(false, publicKey);
            s.update(message, 0, message.length);
            return s.verifySignature(sig);
        }
        if (!(publicKey instanceof ECPublicKeyParameters ec) || alg.digest() == null || alg == CoseAlgorithm.HMAC_256_256) {
            return false;
        }
        int len = (ec.getParameters().getN().bitLength() + 7) / 8;
        if (sig.length != 2 * len) {
            return false;
        }
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(sig, 0, len));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(sig, len, 2 * len));
        ECDSASigner signer = new ECDSASigner();
        signer.init(false, ec);
        return signer.verifySignature(hash(alg.digest(), message), r, s);
    }

    /** Constant-time comparison. */
    public static boolean constantTimeEquals(byte[] a, byte[] b) {
        return java.security.MessageDigest.isEqual(a, b);
    }

    /**
     * Parses a certificate received in a COSE {@code x5chain} and requires it to be DER, byte for byte. Bouncy Castle
     * checks a certificate's signature over the DER re-encoding of its contents, so a BER variant of a genuine
     * certificate (say a BOOLEAN true written {@code 0x01} instead of {@code 0xFF}) would verify although its bytes
     * differ; an mdoc reader refuses it instead.
     *
     * @param encoded the certificate as received
     * @return the certificate
     * @throws java.io.IOException when it is not a certificate or not DER encoded
     */
    public static org.bouncycastle.cert.X509CertificateHolder derCertificate(byte[] encoded) throws java.io.IOException {
        org.bouncycastle.cert.X509CertificateHolder holder = new org.bouncycastle.cert.X509CertificateHolder(encoded);
        if (!Arrays.equals(holder.toASN1Structure().getEncoded(org.bouncycastle.asn1.ASN1Encoding.DER), encoded)) {
            throw new java.io.IOException("certificate is not DER encoded");
        }
        return holder;
    }
}
