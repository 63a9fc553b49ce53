package io.residentid.core.pki;

import java.math.BigInteger;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA224Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.engines.RSAEngine;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.signers.ISO9796d2Signer;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * Raw signature checks for card challenge-response (chip/active authentication, BSI TR-03110/03111, ICAO 9303-11):
 * ECDSA with DER or plain (r&#8214;s, TR-03111) signatures, RSA PKCS#1 v1.5, RSASSA-PSS, and ISO/IEC 9796-2
 * scheme 1 with message recovery. Every method returns {@code false}/empty for a wrong or malformed signature and
 * throws {@link PkiException} only for unusable keys or unknown digest names. Digest names: SHA-1, SHA-224,
 * SHA-256, SHA-384, SHA-512.
 */
public final class RawSignatures {

    /** Largest encoded public key accepted (a 16384-bit RSA key needs about 2 KB). */
    private static final int MAX_PUBLIC_KEY_BYTES = 16 * 1024;

    /** Largest message accepted (challenge-response messages are tiny). */
    public static final int MAX_MESSAGE_BYTES = 1 << 20;

    /** How an ECDSA signature is encoded. */
    public enum EcdsaFormat {
        /** ASN.1 SEQUENCE { r INTEGER, s INTEGER } (X9.62). */
        DER,
        /** Plain r&#8214;s, each the size of the group order (BSI TR-03111). */
        PLAIN
    }

    private RawSignatures() {
    }

    /**
     * The Java public key of a DER SubjectPublicKeyInfo, as found in a certificate or a card's DG15 (explicit EC
     * parameters supported).
     *
     * @param subjectPublicKeyInfo the DER encoding
     * @return the key
     * @throws PkiException when the encoding is malformed, larger than 16 KB, or the key unusable
     */
    public static PublicKey publicKey(byte[] subjectPublicKeyInfo) {
        if (subjectPublicKeyInfo == null || subjectPublicKeyInfo.length == 0) {
            throw new PkiException("empty public key");
        }
        if (subjectPublicKeyInfo.length > MAX_PUBLIC_KEY_BYTES) {
            throw new PkiException("public key larger than " + MAX_PUBLIC_KEY_BYTES + " bytes");
        }
        try {
            SubjectPublicKeyInfo info = Asn1.parse(subjectPublicKeyInfo, "public key", SubjectPublicKeyInfo::getInstance);
            return new JcaPEMKeyConverter().setProvider(Bc.PROVIDER).getPublicKey(info);
        } catch (PkiException e) {
            throw e;
        } catch (Exception e) {
            throw new PkiException("unusable public key: " + e.getMessage(), e);
        }
    }

    /**
     * Verifies an ECDSA signature over {@code message} hashed with {@code digest}.
     *
     * @param key       the EC public key
     * @param digest    the digest name, e.g. {@code SHA-256}
     * @param message   the signed bytes
     * @param signature the signature
     * @param format    how the signature is encoded
     * @return whether the signature is valid ({@code false} for a malformed one)
     * @throws PkiException when the key is not an EC key or the digest is unknown
     */
    public static boolean verifyEcdsa(PublicKey key, String digest, byte[] message, byte[] signature,
                                      EcdsaFormat format) {
        if (!(key instanceof ECPublicKey ec)) {
            throw new PkiException("not an EC public key");
        }
        byte[] der = signature;
        if (format == EcdsaFormat.PLAIN) {
            int size = (ec.getParams().getOrder().bitLength() + 7) / 8;
            if (signature == null || signature.length != 2 * size) {
                return false;
            }
            der = plainToDer(signature);
        }
        return verify(jcaDigest(digest) + "withECDSA", null, key, message, der);
    }

    /**
     * Verifies an RSA PKCS#1 v1.5 signature.
     *
     * @param key       the RSA public key
     * @param digest    the digest name, e.g. {@code SHA-256}
     * @param message   the signed bytes
     * @param signature the signature
     * @return whether the signature is valid ({@code false} for a malformed one)
     * @throws PkiException when the key is not an RSA key or the digest is unknown
     */
    public static boolean verifyRsaPkcs1(PublicKey key, String digest, byte[] message, byte[] signature) {
        requireRsa(key);
        return verify(jcaDigest(digest) + "withRSA", null, key, message, signature);
    }

    /**
     * Verifies an RSASSA-PSS signature (MGF1 with the same digest, trailer field 1).
     *
     * @param key        the RSA public key
     * @param digest     the digest name, e.g. {@code SHA-256}, also used by MGF1
     * @param saltLength the salt length in bytes
     * @param message    the signed bytes
     * @param signature  the signature
     * @return whether the signature is valid ({@code false} for a malformed one)
     * @throws PkiException when the key is not an RSA key or the digest is unknown
     */
    public static boolean verifyRsaPss(PublicKey key, String digest, int saltLength, byte[] message,
                                       byte[] signature) {
        requireRsa(key);
        String name = canonical(digest);
        PSSParameterSpec spec = new PSSParameterSpec(name, "MGF1", new MGF1ParameterSpec(name), saltLength, 1);
        return verify("RSASSA-PSS", spec, key, message, signature);
    }

    /**
     * Verifies an ISO/IEC 9796-2 digital signature scheme 1 signature with partial message recovery, as in ICAO
     * active authentication: the signer signed M1&#8214;M2 where {@code nonRecoverable} (M2, the challenge) is known
     * to the verifier. The digest comes from the trailer (0xBC: SHA-1; 0x33CC/0x34CC/0x35CC/0x36CC/0x38CC:
     * SHA-1/256/512/384/224).
     *
     * @param key            the RSA public key (from DG15)
     * @param signature      the signature returned by the chip
     * @param nonRecoverable M2, the challenge the terminal sent
     * @return the recovered part M1 when the signature is valid, empty otherwise
     */
    public static Optional<byte[]> verifyIso9796d2(PublicKey key, byte[] signature, byte[] nonRecoverable) {
        RSAPublicKey rsa = requireRsa(key);
        if (signature == null || signature.length == 0 || signature.length > rsa.getModulus().bitLength() / 8 + 1
                || nonRecoverable == null || nonRecoverable.length > MAX_MESSAGE_BYTES) {
            return Optional.empty();
        }
        BigInteger s = new BigInteger(1, signature);
        if (s.compareTo(rsa.getModulus()) >= 0) {
            return Optional.empty();
        }
        BigInteger m = s.modPow(rsa.getPublicExponent(), rsa.getModulus());
        // ISO 9796-2 allows the signer to send min(s, n - s); either representative may carry the trailer.
        int trailer = trailer(m);
        if (trailer < 0) {
            trailer = trailer(rsa.getModulus().subtract(m));
        }
        Digest digest = switch (trailer) {
            case 0xBC, 0x33CC -> new SHA1Digest();
            case 0x34CC -> new SHA256Digest();
            case 0x35CC -> new SHA512Digest();
            case 0x36CC -> new SHA384Digest();
            case 0x38CC -> new SHA224Digest();
            default -> null;
        };
        if (digest == null) {
            return Optional.empty();
        }
        try {
            ISO9796d2Signer verifier = new ISO9796d2Signer(new RSAEngine(), digest, trailer == 0xBC);
            verifier.init(false, new RSAKeyParameters(false, rsa.getModulus(), rsa.getPublicExponent()));
            verifier.updateWithRecoveredMessage(signature);
            verifier.update(nonRecoverable, 0, nonRecoverable.length);
            if (!verifier.verifySignature(signature)) {
                return Optional.empty();
            }
            byte[] recovered = verifier.getRecoveredMessage();
            return Optional.of(recovered == null ? new byte[0] : recovered.clone());
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static int trailer(BigInteger m) {
        int last = m.intValue() & 0xff;
        if (last == 0xBC) {
            return 0xBC;
        }
        if (last == 0xCC) {
            return m.intValue() & 0xffff;
        }
        return -1;
    }

    static byte[] plainToDer(byte[] plain) {
        int half = plain.length / 2;
        ASN1EncodableVector v = new ASN1EncodableVector();
        v.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(plain, 0, half))));
        v.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(plain, half, plain.length))));
        try {
            return new DERSequence(v).getEncoded(ASN1Encoding.DER);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAPublicKey requireRsa(PublicKey key) {
        if (!(key instanceof RSAPublicKey rsa)) {
            throw new PkiException("not an RSA public key");
        }
        return rsa;
    }

    private static boolean verify(String algorithm, PSSParameterSpec spec, PublicKey key, byte[] message,
                                  byte[] signature) {
        if (message == null || message.length > MAX_MESSAGE_BYTES || signature == null || signature.length == 0
                || signature.length > 16 * 1024) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(algorithm, Bc.PROVIDER);
            if (spec != null) {
                verifier.setParameter(spec);
            }
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (java.security.InvalidKeyException e) {
            throw new PkiException("key unusable for " + algorithm, e);
        } catch (Exception e) {
            return false;
        }
    }

    private static String canonical(String digest) {
        String d = digest == null ? "" : digest.toUpperCase(Locale.ROOT).replace("_", "-");
        return switch (d) {
            case "SHA-1", "SHA1" -> "SHA-1";
            case "SHA-224", "SHA224" -> "SHA-224";
            case "SHA-256", "SHA256" -> "SHA-256";
            case "SHA-384", "SHA384" -> "SHA-384";
            case "SHA-512", "SHA512" -> "SHA-512";
            default -> throw new PkiException("unsupported digest " + digest);
        };
    }

    private static String jcaDigest(String digest) {
        return canonical(digest).replace("-", "");
    }
}
