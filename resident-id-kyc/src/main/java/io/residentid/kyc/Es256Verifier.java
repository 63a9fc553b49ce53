package io.residentid.kyc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.ECKey;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.math.ec.ECPoint;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * ES256 (ECDSA P-256 with SHA-256, JOSE's r‖s signature) verified with the Bouncy Castle lightweight API, which is
 * several times faster than the JCA default; re-verification checks one signature per stored record. Immutable
 * and thread-safe; the point is decoded once per key.
 */
final class Es256Verifier {

    // The custom (special-form) P-256 implementation is several times faster than the generic curve that
    // ECNamedCurveTable returns; the arithmetic and the results are the same.
    private static final X9ECParameters P256 = CustomNamedCurves.getByName("secp256r1");
    private static final ECDomainParameters DOMAIN = new ECDomainParameters(P256.getCurve(), P256.getG(),
            P256.getN(), P256.getH());

    private final ECPublicKeyParameters key;

    private Es256Verifier(ECPublicKeyParameters key) {
        this.key = key;
    }

    /** A verifier for a public P-256 JWK. */
    static Es256Verifier of(ECKey jwk) {
        try {
            java.security.interfaces.ECPublicKey pub = jwk.toECPublicKey();
            ECPoint q = DOMAIN.getCurve().validatePoint(pub.getW().getAffineX(), pub.getW().getAffineY());
            return new Es256Verifier(new ECPublicKeyParameters(q, DOMAIN));
        } catch (JOSEException | IllegalArgumentException e) {
            throw new KycException(KycCode.KEY_MALFORMED, "$", e, "not a P-256 public key");
        }
    }

    /** Whether {@code signature} (64 bytes r‖s) is valid over {@code input}. */
    boolean verify(byte[] input, byte[] signature) {
        if (signature == null || signature.length != 64) {
            return false;
        }
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, 32));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
        SHA256Digest digest = new SHA256Digest();
        byte[] hash = new byte[32];
        digest.update(input, 0, input.length);
        digest.doFinal(hash, 0);
        ECDSASigner signer = new ECDSASigner();
        signer.init(false, key);
        return signer.verifySignature(hash, r, s);
    }
}
