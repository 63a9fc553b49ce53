package io.residentid.qr.trust;

import io.residentid.qr.internal.KeyIds;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import io.residentid.qr.format.SignatureAlgorithm;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.text.ParseException;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.util.BigIntegers;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * An issuer's private signing key (ES256 or EdDSA/Ed25519) as a JWK, producing raw 64-byte JWS signatures.
 * Thread-safe. {@link #toString()} never shows key material.
 */
public final class SigningKey {

    private final JWK privateJwk;
    private final SignatureAlgorithm algorithm;
    private final String kid;
    private final ECPrivateKeyParameters ecKey;
    private final Ed25519PrivateKeyParameters edKey;

    private SigningKey(JWK privateJwk) throws TrustListException {
        if (!privateJwk.isPrivate()) {
            throw new TrustListException("Not a private key");
        }
        try {
            if (privateJwk instanceof ECKey && Curve.P_256.equals(((ECKey) privateJwk).getCurve())) {
                algorithm = SignatureAlgorithm.ES256;
                ECPrivateKey jcaKey = (ECPrivateKey) privateJwk.toECKey().toECPrivateKey();
                ecKey = new ECPrivateKeyParameters(jcaKey.getS(), Es256.DOMAIN);
                edKey = null;
            } else if (privateJwk instanceof OctetKeyPair && Curve.Ed25519.equals(((OctetKeyPair) privateJwk).getCurve())) {
                algorithm = SignatureAlgorithm.EDDSA;
                ecKey = null;
                edKey = new Ed25519PrivateKeyParameters(privateJwk.toOctetKeyPair().getDecodedD(), 0);
                if (!java.util.Arrays.equals(edKey.generatePublicKey().getEncoded(), privateJwk.toOctetKeyPair().getDecodedX())) {
                    throw new TrustListException("Ed25519 public part does not match the private key");
                }
            } else {
                throw new TrustListException("Only EC P-256 and Ed25519 signing keys are supported");
            }
        } catch (JOSEException | RuntimeException e) {
            throw new TrustListException("Unusable signing key", e);
        }
        this.kid = KeyIds.of(privateJwk);
        this.privateJwk = withKidAndAlg(privateJwk, kid, algorithm);
    }

    /**
     * {@return a new random key}
     *
     * @param algorithm the algorithm of the new key
     */
    public static SigningKey generate(SignatureAlgorithm algorithm) {
        try {
            if (algorithm == SignatureAlgorithm.ES256) {
                return new SigningKey(new ECKeyGenerator(Curve.P_256).generate());
            }
            Ed25519PrivateKeyParameters d = new Ed25519PrivateKeyParameters(new SecureRandom());
            return new SigningKey(new OctetKeyPair.Builder(Curve.Ed25519,
                    Base64URL.encode(d.generatePublicKey().getEncoded())).d(Base64URL.encode(d.getEncoded())).build());
        } catch (JOSEException | TrustListException e) {
            throw new IllegalStateException("Key generation failed", e);
        }
    }

    /** A key from a private Nimbus JWK (this package only; the API reads keys with {@link #parse}). */
    static SigningKey of(JWK privateJwk) throws TrustListException {
        if (privateJwk == null) {
            throw new TrustListException("No key given");
        }
        return new SigningKey(privateJwk);
    }

    /**
     * Reads a private JWK file's content.
     *
     * @param json the JSON text
     * @return the signing key
     * @throws TrustListException when it is {@code null} or not a private EC P-256 or Ed25519 JWK
     */
    public static SigningKey parse(String json) throws TrustListException {
        if (json == null) {
            throw new TrustListException("No key given");
        }
        if (json.length() > 4096) {
            throw new TrustListException("Key file too large");
        }
        try {
            return new SigningKey(JWK.parse(json));
        } catch (ParseException e) {
            throw new TrustListException("Not a JWK", e);
        } catch (TrustListException e) {
            throw e; // unchecked now: keep its message rather than wrapping it below
        } catch (RuntimeException e) {
            // Nimbus throws NullPointerException and others on some well-formed but incomplete JWKs.
            throw new TrustListException("Not a usable JWK (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static JWK withKidAndAlg(JWK jwk, String kid, SignatureAlgorithm alg) {
        com.nimbusds.jose.Algorithm a = new com.nimbusds.jose.Algorithm(alg.jwsName());
        if (jwk instanceof ECKey) {
            return new ECKey.Builder((ECKey) jwk).keyID(kid).algorithm(a).build();
        }
        return new OctetKeyPair.Builder((OctetKeyPair) jwk).keyID(kid).algorithm(a).build();
    }

    /**
     * Signs the JWS signing input: 64 raw bytes (R || S for ES256).
     *
     * @param signingInput the JWS signing input (header and payload, base64url, with the dot)
     * @return the 64-byte raw signature
     */
    public byte[] sign(byte[] signingInput) {
        if (edKey != null) {
            Ed25519Signer signer = new Ed25519Signer();
            signer.init(true, edKey);
            signer.update(signingInput, 0, signingInput.length);
            return signer.generateSignature();
        }
        // Deterministic ECDSA (RFC 6979) on BC's optimized P-256: no dependence on a good random source at
        // issuing time, and several times faster than SunEC on JDK 17 (QrBenchmark).
        SHA256Digest digest = new SHA256Digest();
        digest.update(signingInput, 0, signingInput.length);
        byte[] hash = new byte[32];
        digest.doFinal(hash, 0);
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, ecKey);
        BigInteger[] rs = signer.generateSignature(hash);
        byte[] out = new byte[64];
        System.arraycopy(BigIntegers.asUnsignedByteArray(32, rs[0]), 0, out, 0, 32);
        System.arraycopy(BigIntegers.asUnsignedByteArray(32, rs[1]), 0, out, 32, 32);
        return out;
    }

    /** {@return the algorithm} */
    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    /** {@return the {@code kid} (shortened RFC 7638 thumbprint)} */
    public String kid() {
        return kid;
    }

    /** {@return the public key as a read-only JWK view with {@code kid} and {@code alg}} */
    public PublicJwk publicJwk() {
        return PublicJwk.of(privateJwk.toPublicJWK());
    }

    /** {@return the public key as a trust-list key} */
    public IssuerKey issuerKey() {
        try {
            return IssuerKey.of(privateJwk.toPublicJWK(), KeyStatus.ACTIVE, null);
        } catch (TrustListException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@return the private JWK JSON, for a key file}. Handle with care. */
    public String toPrivateJson() {
        return privateJwk.toJSONString();
    }

    @Override
    public String toString() {
        return "SigningKey[kid=" + kid + ", alg=" + algorithm.jwsName() + "]";
    }
}
