package io.residentid.core.pki;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X962Parameters;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA224Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;
import org.bouncycastle.operator.ContentVerifier;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/**
 * Content verifiers per public key, decoded once. ECDSA on named curves with SHA-1/2 runs on Bouncy Castle's
 * lightweight API (optimised curve implementations; the decoded key point keeps its precomputed multiples across
 * calls); every other algorithm (RSA, RSASSA-PSS, DSA, explicit-parameter curves, algorithm identifiers with
 * parameters) goes through the BC JCA provider exactly as before. Both paths give the same answers: the ECDSA path
 * decodes signatures with the same strict DER rules the provider uses.
 *
 * <p>Only decoded public keys are cached (bounded LRU of 256 keys keyed by the key's DER encoding, a few megabytes at
 * most), never verification outcomes: a key seen again skips decoding, point validation and BC's precomputation for
 * that point, which is about as costly as a verification itself. Thread-safe (BC synchronises its precomputation).
 */
final class Verifiers {

    /** Bound on cached keys; a P-256 key with its precomputed multiples takes a few kilobytes. */
    private static final int MAX_KEYS = 256;

    private static final Map<ByteBuffer, KeyVerifiers> KEYS = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ByteBuffer, KeyVerifiers> eldest) {
            return size() > MAX_KEYS;
        }
    };

    private Verifiers() {
    }

    /** The verifier provider for {@code key}. */
    static ContentVerifierProvider forKey(SubjectPublicKeyInfo key) throws IOException {
        ByteBuffer id = ByteBuffer.wrap(key.getEncoded(ASN1Encoding.DER));
        synchronized (KEYS) {
            KeyVerifiers cached = KEYS.get(id);
            if (cached != null) {
                return cached;
            }
        }
        KeyVerifiers created = new KeyVerifiers(key);
        synchronized (KEYS) {
            KEYS.put(id, created);
        }
        return created;
    }

    /** Verifies a certificate's signature with {@code key} (same checks as BC's {@code isSignatureValid}). */
    static boolean certificate(X509CertificateHolder cert, SubjectPublicKeyInfo key) {
        try {
            return cert.isSignatureValid(forKey(key));
        } catch (Exception e) {
            return false;
        }
    }

    private static Digest digestFor(ASN1ObjectIdentifier signatureAlgorithm) {
        if (X9ObjectIdentifiers.ecdsa_with_SHA256.equals(signatureAlgorithm)) {
            return new SHA256Digest();
        }
        if (X9ObjectIdentifiers.ecdsa_with_SHA384.equals(signatureAlgorithm)) {
            return new SHA384Digest();
        }
        if (X9ObjectIdentifiers.ecdsa_with_SHA512.equals(signatureAlgorithm)) {
            return new SHA512Digest();
        }
        if (X9ObjectIdentifiers.ecdsa_with_SHA224.equals(signatureAlgorithm)) {
            return new SHA224Digest();
        }
        if (X9ObjectIdentifiers.ecdsa_with_SHA1.equals(signatureAlgorithm)) {
            return new SHA1Digest();
        }
        return null;
    }

    /** Decoded key: a lightweight EC key when possible, and the JCA provider built lazily for everything else. */
    private static final class KeyVerifiers implements ContentVerifierProvider {
        private final SubjectPublicKeyInfo key;
        private final ECPublicKeyParameters ecKey;
        private volatile ContentVerifierProvider jca;

        KeyVerifiers(SubjectPublicKeyInfo key) {
            this.key = key;
            this.ecKey = namedCurveKey(key);
        }

        private static ECPublicKeyParameters namedCurveKey(SubjectPublicKeyInfo key) {
            try {
                if (!X9ObjectIdentifiers.id_ecPublicKey.equals(key.getAlgorithm().getAlgorithm())
                        || key.getAlgorithm().getParameters() == null) {
                    return null;
                }
                X962Parameters params = X962Parameters.getInstance(key.getAlgorithm().getParameters());
                if (!params.isNamedCurve()) {
                    return null;
                }
                ASN1ObjectIdentifier oid = (ASN1ObjectIdentifier) params.getParameters();
                X9ECParameters curve = CustomNamedCurves.getByOID(oid);
                if (curve == null) {
                    curve = ECNamedCurveTable.getByOID(oid);
                }
                if (curve == null) {
                    return null;
                }
                ECNamedDomainParameters domain = new ECNamedDomainParameters(oid, curve);
                // decodePoint and the parameters' constructor reject points off the curve and the point at infinity
                return new ECPublicKeyParameters(curve.getCurve().decodePoint(key.getPublicKeyData().getOctets()),
                        domain);
            } catch (RuntimeException e) {
                return null; // the JCA path decides (and rejects) unusual or malformed keys
            }
        }

        @Override
        public boolean hasAssociatedCertificate() {
            return false;
        }

        @Override
        public X509CertificateHolder getAssociatedCertificate() {
            return null;
        }

        @Override
        public ContentVerifier get(AlgorithmIdentifier algorithm) throws OperatorCreationException {
            if (ecKey != null && algorithm.getParameters() == null) {
                Digest digest = digestFor(algorithm.getAlgorithm());
                if (digest != null) {
                    return new EcdsaVerifier(algorithm, digest, ecKey);
                }
            }
            return jca().get(algorithm);
        }

        private ContentVerifierProvider jca() throws OperatorCreationException {
            ContentVerifierProvider p = jca;
            if (p == null) {
                p = new JcaContentVerifierProviderBuilder().setProvider(Bc.PROVIDER).build(key);
                jca = p;
            }
            return p;
        }
    }

    /** One ECDSA verification: the signed bytes are streamed into the digest. Not thread-safe (one per use). */
    private static final class EcdsaVerifier extends OutputStream implements ContentVerifier {
        private final AlgorithmIdentifier algorithm;
        private final Digest digest;
        private final ECPublicKeyParameters key;

        EcdsaVerifier(AlgorithmIdentifier algorithm, Digest digest, ECPublicKeyParameters key) {
            this.algorithm = algorithm;
            this.digest = digest;
            this.key = key;
        }

        @Override
        public AlgorithmIdentifier getAlgorithmIdentifier() {
            return algorithm;
        }

        @Override
        public OutputStream getOutputStream() {
            return this;
        }

        @Override
        public void write(int b) {
            digest.update((byte) b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            digest.update(b, off, len);
        }

        @Override
        public boolean verify(byte[] signature) {
            byte[] hash = new byte[digest.getDigestSize()];
            digest.doFinal(hash, 0);
            BigInteger[] rs;
            try {
                rs = StandardDSAEncoding.INSTANCE.decode(key.getParameters().getN(), signature);
            } catch (Exception e) {
                return false;
            }
            ECDSASigner signer = new ECDSASigner();
            signer.init(false, key);
            return signer.verifySignature(hash, rs[0], rs[1]);
        }
    }
}
