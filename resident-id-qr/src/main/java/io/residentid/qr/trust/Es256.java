package io.residentid.qr.trust;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;

/**
 * ES256 verification of raw 64-byte signatures. Checks that r and s lie in [1, n-1] before any provider sees them
 * (CVE-2022-21449: "psychic signatures"), so a DER signature or an all-zero one never reaches the maths.
 * Two engines: SunEC through JCA (P1363 format) and Bouncy Castle's lightweight ECDSA; the faster one, measured
 * with JMH ({@code QrBenchmark}), is the default.
 * Thread-safe: the key parameters are immutable and each call uses its own signer.
 */
final class Es256 {

    /** Which implementation verifies. */
    enum Engine { SUN_EC, BOUNCY_CASTLE }

    /**
     * The engine the benchmark found faster on JDK 17: Bouncy Castle's lightweight ECDSA on its custom P-256 curve
     * (about 10x faster than SunEC there, and 2.5x faster than BC through JCA; see {@code QrBenchmark}).
     */
    static final Engine DEFAULT_ENGINE = Engine.BOUNCY_CASTLE;

    /** BC's optimized P-256 (fixed-width field arithmetic), not the generic curve of {@code ECNamedCurveTable}. */
    static final X9ECParameters P256 = CustomNamedCurves.getByName("secp256r1");
    static final ECDomainParameters DOMAIN = new ECDomainParameters(P256.getCurve(), P256.getG(), P256.getN(), P256.getH());
    private static final BigInteger N = P256.getN();

    private final ECPublicKey javaKey;
    private final ECPublicKeyParameters bcKey;
    private final Engine engine;

    Es256(ECPublicKey javaKey, Engine engine) {
        this.javaKey = javaKey;
        this.engine = engine;
        this.bcKey = new ECPublicKeyParameters(P256.getCurve().createPoint(
                javaKey.getW().getAffineX(), javaKey.getW().getAffineY()), DOMAIN);
    }

    boolean verify(byte[] input, byte[] signature) {
        if (signature.length != 64) {
            return false;
        }
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, 32));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
        if (r.signum() == 0 || s.signum() == 0 || r.compareTo(N) >= 0 || s.compareTo(N) >= 0) {
            return false;
        }
        if (engine == Engine.BOUNCY_CASTLE) {
            SHA256Digest digest = new SHA256Digest();
            digest.update(input, 0, input.length);
            byte[] hash = new byte[32];
            digest.doFinal(hash, 0);
            ECDSASigner signer = new ECDSASigner();
            signer.init(false, bcKey);
            return signer.verifySignature(hash, r, s);
        }
        try {
            Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
            verifier.initVerify(javaKey);
            verifier.update(input);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
