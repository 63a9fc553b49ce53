package io.residentid.core.pki;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

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

    boolean crl(CrlInfo crl, CertificateInfo issuer) {
        ByteBuffer key = key(crl.fingerprint, issuer.keyFingerprint());
        Boolean cached = lookup(key);
        if (cached != null) {
            return cached;
        }
        boolean ok;
        try {
            ok = crl.holder.isSignatureValid(provider(issuer.holder.getSubjectPublicKeyInfo()));
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
        return new JcaContentVerifierProviderBuilder().setProvider(Bc.PROVIDER).build(key);
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
