package io.residentid.core.pki;

import java.time.Instant;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Asks an OCSP responder about one certificate. The validator calls this only when the revocation policy includes
 * OCSP; a client that cannot get a fresh, authorised answer returns {@link Status#UNKNOWN}.
 */
@FunctionalInterface
public interface OcspClient {

    /** The revocation status an OCSP answer established. */
    enum Status {
        /** Not revoked at the validation time. */
        GOOD,
        /** Revoked. */
        REVOKED,
        /** No fresh, authorised answer. */
        UNKNOWN
    }

    /**
     * Asks about one certificate.
     *
     * @param certificate the certificate whose status is wanted
     * @param issuer      its issuer (for the request's issuer name and key hashes)
     * @param time        the validation time the answer must be fresh at
     * @return the status; {@link Status#UNKNOWN} without a fresh, authorised answer
     * @throws PkiException when the responder cannot be reached or answers garbage (treated as unknown)
     */
    Status status(X509CertificateHolder certificate, X509CertificateHolder issuer, Instant time);
}
