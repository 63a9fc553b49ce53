package io.residentid.qr.trust;

import io.residentid.qr.internal.KeyIds;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import io.residentid.qr.format.SignatureAlgorithm;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * A public issuer key from a trust list: its {@code kid} (the shortened thumbprint), the one algorithm it is pinned
 * to, and its status. Immutable and thread-safe; {@link #verify} checks a raw JWS signature.
 */
public final class IssuerKey {

    private static final byte[] ED25519_SPKI_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private final JWK publicJwk;
    private final String kid;
    private final SignatureAlgorithm algorithm;
    private final KeyStatus status;
    private final Instant statusSince;
    private final Es256 es256;
    private final Ed25519PublicKeyParameters ed25519;

    private IssuerKey(JWK publicJwk, SignatureAlgorithm algorithm, KeyStatus status, Instant statusSince) throws TrustListException {
        this.publicJwk = publicJwk;
        this.kid = KeyIds.of(publicJwk);
        this.algorithm = algorithm;
        this.status = status;
        this.statusSince = statusSince;
        try {
            if (algorithm == SignatureAlgorithm.ES256) {
                this.es256 = new Es256(publicJwk.toECKey().toECPublicKey(), Es256.DEFAULT_ENGINE);
                this.ed25519 = null;
            } else {
                this.es256 = null;
                this.ed25519 = new Ed25519PublicKeyParameters(publicJwk.toOctetKeyPair().getDecodedX(), 0);
            }
        } catch (JOSEException | RuntimeException e) {
            throw new TrustListException("Unusable public key", e);
        }
    }

    /**
     * A key from a public JWK: EC P-256 ({@code alg} ES256) or OKP Ed25519 ({@code alg} EdDSA). The JWK's
     * {@code alg}, when present, must match the key type; a {@code kid}, when present, must be the thumbprint kid.
     *
     * @param jwk         the public key
     * @param status      the key's status
     * @param statusSince when a retired or revoked status took effect (null for active keys)
     * @throws TrustListException for private, unsupported or inconsistent keys
     */
    static IssuerKey of(JWK jwk, KeyStatus status, Instant statusSince) throws TrustListException {
        Objects.requireNonNull(jwk, "jwk");
        Objects.requireNonNull(status, "status");
        if (jwk.isPrivate()) {
            throw new TrustListException("A trust list holds public keys only");
        }
        if (status != KeyStatus.ACTIVE && statusSince == null) {
            throw new TrustListException("A retired or revoked key needs the date of its status");
        }
        SignatureAlgorithm algorithm;
        if (jwk instanceof ECKey && Curve.P_256.equals(((ECKey) jwk).getCurve())) {
            algorithm = SignatureAlgorithm.ES256;
        } else if (jwk instanceof OctetKeyPair && Curve.Ed25519.equals(((OctetKeyPair) jwk).getCurve())) {
            algorithm = SignatureAlgorithm.EDDSA;
        } else {
            throw new TrustListException("Only EC P-256 and Ed25519 keys are supported");
        }
        if (jwk.getAlgorithm() != null && !algorithm.jwsName().equals(jwk.getAlgorithm().getName())) {
            throw new TrustListException("Key alg does not match its key type");
        }
        if (jwk.getKeyID() != null && !jwk.getKeyID().equals(KeyIds.of(jwk))) {
            throw new TrustListException("Key kid is not its thumbprint kid");
        }
        return new IssuerKey(jwk, algorithm, status, status == KeyStatus.ACTIVE ? null : statusSince);
    }

    /**
     * Reads a public JWK (at most 4096 characters of JSON): EC P-256 ({@code alg} ES256) or OKP Ed25519
     * ({@code alg} EdDSA). The JWK's {@code alg}, when present, must match the key type; a {@code kid}, when
     * present, must be the thumbprint kid.
     *
     * @param jwkJson     the JWK's JSON
     * @param status      the key's status
     * @param statusSince when a retired or revoked status took effect (null for active keys)
     * @return the key
     * @throws TrustListException when it is {@code null}, not a JWK, private, unsupported or inconsistent
     */
    public static IssuerKey parse(String jwkJson, KeyStatus status, Instant statusSince) throws TrustListException {
        if (jwkJson == null) {
            throw new TrustListException("No key given");
        }
        if (jwkJson.length() > 4096) {
            throw new TrustListException("Key too large");
        }
        JWK jwk;
        try {
            jwk = JWK.parse(jwkJson);
        } catch (java.text.ParseException e) {
            throw new TrustListException("Not a JWK", e);
        } catch (RuntimeException e) {
            // Nimbus throws unchecked exceptions on some well-formed but incomplete JWKs.
            throw new TrustListException("Not a usable JWK (" + e.getClass().getSimpleName() + ")");
        }
        return of(jwk, status, statusSince);
    }

    /**
     * {@return the same key with another status (key rotation: retire the old key when a new one becomes active)}
     *
     * @param newStatus the new status
     * @param since when the status took effect
     */
    public IssuerKey withStatus(KeyStatus newStatus, Instant since) throws TrustListException {
        return of(publicJwk, newStatus, since);
    }

    /** {@return the {@code kid}} */
    public String kid() {
        return kid;
    }

    /** {@return the algorithm this key is pinned to} */
    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    /** {@return the public key as a read-only JWK view (as read; a trust list writes it with {@code kid} and {@code alg})} */
    public PublicJwk publicJwk() {
        return PublicJwk.of(publicJwk);
    }

    /** The Nimbus JWK, for this package's JSON writing. */
    JWK jwk() {
        return publicJwk;
    }

    /**
     * {@return the public key as a JDK key: an {@code ECPublicKey} for ES256, an {@code EdECPublicKey} for EdDSA}
     */
    public PublicKey publicKey() {
        try {
            if (algorithm == SignatureAlgorithm.ES256) {
                return publicJwk.toECKey().toECPublicKey();
            }
            // SubjectPublicKeyInfo of an Ed25519 key (RFC 8410): fixed 12-byte prefix, then the 32 raw bytes.
            byte[] raw = ed25519.getEncoded();
            byte[] spki = new byte[44];
            System.arraycopy(ED25519_SPKI_PREFIX, 0, spki, 0, 12);
            System.arraycopy(raw, 0, spki, 12, 32);
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
        } catch (JOSEException | GeneralSecurityException e) {
            throw new IllegalStateException("A checked key converts to a JDK key", e);
        }
    }

    /** {@return the status} */
    public KeyStatus status() {
        return status;
    }

    /** {@return when a retired or revoked status took effect} */
    public Optional<Instant> statusSince() {
        return Optional.ofNullable(statusSince);
    }

    /**
     * Whether a credential issued at {@code issuedAt} verifies at {@code at} under this key's status: active keys
     * always, retired keys for credentials issued before retirement, revoked keys only when verifying a moment
     * before the revocation.
     *
     * @param issuedAt when it was issued ({@code iat})
     * @param at the verification time
     * @return true when the credential is acceptable under the key's status
     */
    public boolean acceptsCredential(Instant issuedAt, Instant at) {
        switch (status) {
            case ACTIVE:
                return true;
            case RETIRED:
                return issuedAt.isBefore(statusSince);
            default:
                return at.isBefore(statusSince);
        }
    }

    /**
     * Verifies a raw JWS signature (64 bytes for both algorithms; never DER) over the signing input.
     * Returns false for any malformed signature rather than throwing.
     *
     * @param signingInput the JWS signing input (header and payload, base64url, with the dot)
     * @param signature the raw 64-byte signature
     * @return true when the signature verifies; false for any malformed or wrong signature
     */
    public boolean verify(byte[] signingInput, byte[] signature) {
        if (signature == null || signature.length != 64) {
            return false;
        }
        if (es256 != null) {
            return es256.verify(signingInput, signature);
        }
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, ed25519);
        verifier.update(signingInput, 0, signingInput.length);
        return verifier.verifySignature(signature);
    }

    @Override
    public String toString() {
        return "IssuerKey[kid=" + kid + ", alg=" + algorithm.jwsName() + ", status=" + status
                + (statusSince == null ? "" : " since " + statusSince) + "]";
    }
}
