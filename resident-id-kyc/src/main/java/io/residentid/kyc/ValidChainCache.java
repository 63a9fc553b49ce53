package io.residentid.kyc;

import io.residentid.core.model.Bytes;
import io.residentid.core.pki.CertificatePathValidator;
import io.residentid.core.pki.ValidationReport;
import org.bouncycastle.cert.X509CertificateHolder;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Valid document signer paths, reused while the time asked about stays within the validity of every certificate on
 * the path: one document signer signs many documents, and validating its path again gives the same answer. Only
 * valid results are kept, keyed by the SHA-256 of the signer's and the offered certificates' encodings. Used only
 * when no CRLs are configured (a revocation answer is never reused). Bounded; thread-safe.
 */
final class ValidChainCache {

    private static final int MAX_ENTRIES = 256;

    private final CertificatePathValidator validator;
    private final ConcurrentHashMap<Bytes, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(ValidationReport report, Instant from, Instant to) {
    }

    ValidChainCache(CertificatePathValidator validator) {
        this.validator = validator;
    }

    /** The validator's report for {@code signer} at {@code at}, from the cache when a valid one covers {@code at}. */
    ValidationReport validate(X509CertificateHolder signer, Collection<X509CertificateHolder> offered, Instant at) {
        Bytes key = key(signer, offered);
        if (key == null) {
            return validator.validate(signer, offered, at);
        }
        Entry e = entries.get(key);
        if (e != null && !at.isBefore(e.from()) && !at.isAfter(e.to())) {
            return e.report();
        }
        ValidationReport report = validator.validate(signer, offered, at);
        if (report.isValid() && !report.chain().isEmpty()) {
            Instant from = report.chainValidFrom();
            Instant to = report.chainValidTo();
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear(); // bounded: a full cache simply starts again
            }
            entries.put(key, new Entry(report, from, to));
        }
        return report;
    }

    /** The cache key, or {@code null} when a certificate cannot be encoded. */
    private static Bytes key(X509CertificateHolder signer, Collection<X509CertificateHolder> offered) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(signer.getEncoded());
            for (X509CertificateHolder c : offered) {
                sha.update((byte) 0x2C); // separator: the key covers the set offered, not just the signer
                sha.update(c.getEncoded());
            }
            return Bytes.of(sha.digest());
        } catch (IOException e) {
            return null; // not encodable again: validate without the cache
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
