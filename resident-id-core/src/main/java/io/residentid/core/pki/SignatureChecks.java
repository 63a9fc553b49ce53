package io.residentid.core.pki;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.ContentVerifierProvider;

/**
 * Signature verification with Bouncy Castle and a bounded cache of outcomes. Verifying the same certificate or CRL
 * signature with the same key always gives the same answer, so the outcome is cached by the SHA-256 of the signed
 * object and of the key; repeated validations of the same chain then cost hashing instead of public-key operations.
 */
final class SignatureChecks {

    private static final int CACHE_SIZE = 4096;

    private final Map<ByteBuffer, Boolean> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ByteBuffer, Boolean> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    boolean certificate(CertificateInfo cert, CertificateInfo issuer) {
        ByteBuffer key = key(cert.fingerprint(), issuer.keyFingerprint());
        Boolean cached = lookup(key);
        if (cached != null) {
            return cached;
        }
        boolean ok = verify(cert.holder, issuer.holder.getSubjectPublicKeyInfo());
        store(key, ok);
        return ok;
    }

    /** Whether the outcome of {@code cert} under {@code issuer}'s key is already known (no public-key operation). */
    boolean known(CertificateInfo cert, CertificateInfo issuer) {
        return lookup(key(cert.fingerprint(), issuer.keyFingerprint())) != null;
    }

    /** Verifies with an explicitly given issuer key (DSA keys whose parameters are inherited, RFC 5280 6.1.4 f). */
    boolean certificate(CertificateInfo cert, SubjectPublicKeyInfo issuerKey) {
        byte[] keyHash;
        try {
            keyHash = CertificateInfo.sha256(issuerKey.getEncoded());
        } catch (java.io.IOException e) {
            return false;
        }
        ByteBuffer key = key(cert.fingerprint(), keyHash);
        Boolean cached = lookup(key);
        if (cached != null) {
            return cached;
        }
        boolean ok = verify(cert.holder, issuerKey);
        store(key, ok);
        return ok;
    }

    /**
     * The key that verifies signatures made by {@code path.get(issuerIndex)}: its own, or for a DSA key without
     * parameters, the key completed with the parameters of the nearest DSA key above it on the path.
     */
    static SubjectPublicKeyInfo effectiveKey(java.util.List<CertificateInfo> path, int issuerIndex) {
        SubjectPublicKeyInfo spki = path.get(issuerIndex).holder.getSubjectPublicKeyInfo();
        if (!isDsaWithoutParameters(spki)) {
            return spki;
        }
        for (int j = issuerIndex + 1; j < path.size(); j++) {
            SubjectPublicKeyInfo above = path.get(j).holder.getSubjectPublicKeyInfo();
            if (!above.getAlgorithm().getAlgorithm().equals(org.bouncycastle.asn1.x9.X9ObjectIdentifiers.id_dsa)) {
                break;
            }
            if (!isDsaWithoutParameters(above)) {
                return new SubjectPublicKeyInfo(new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                        org.bouncycastle.asn1.x9.X9ObjectIdentifiers.id_dsa, above.getAlgorithm().getParameters()),
                        spki.getPublicKeyData().getBytes());
            }
        }
        return spki;
    }

    static boolean isDsaWithoutParameters(SubjectPublicKeyInfo spki) {
        return spki.getAlgorithm().getAlgorithm().equals(org.bouncycastle.asn1.x9.X9ObjectIdentifiers.id_dsa)
                && (spki.getAlgorithm().getParameters() == null
                || spki.getAlgorithm().getParameters() instanceof org.bouncycastle.asn1.ASN1Null);
    }

    boolean crl(CrlInfo crl, CertificateInfo issuer) {
        return crl(crl, issuer.holder.getSubjectPublicKeyInfo(), issuer.keyFingerprint());
    }

    boolean crl(CrlInfo crl, SubjectPublicKeyInfo issuerKey) {
        try {
            return crl(crl, issuerKey, CertificateInfo.sha256(issuerKey.getEncoded()));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private boolean crl(CrlInfo crl, SubjectPublicKeyInfo issuerKey, byte[] keyFingerprint) {
        ByteBuffer key = key(crl.fingerprint, keyFingerprint);
        Boolean cached = lookup(key);
        if (cached != null) {
            return cached;
        }
        boolean ok;
        try {
            ok = crl.holder.isSignatureValid(provider(issuerKey));
        } catch (Exception e) {
            ok = false;
        }
        store(key, ok);
        return ok;
    }

    static boolean verify(X509CertificateHolder cert, SubjectPublicKeyInfo key) {
        try {
            return cert.isSignatureValid(provider(key));
        } catch (Exception e) {
            return false;
        }
    }

    static ContentVerifierProvider provider(SubjectPublicKeyInfo key) throws Exception {
        return Verifiers.forKey(key);
    }

    private synchronized Boolean lookup(ByteBuffer key) {
        return cache.get(key);
    }

    private synchronized void store(ByteBuffer key, boolean ok) {
        cache.put(key, ok);
    }

    private static ByteBuffer key(byte[] a, byte[] b) {
        byte[] k = new byte[a.length + b.length];
        System.arraycopy(a, 0, k, 0, a.length);
        System.arraycopy(b, 0, k, a.length, b.length);
        return ByteBuffer.wrap(k);
    }
}
