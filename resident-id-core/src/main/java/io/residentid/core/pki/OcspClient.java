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

    /** The status of {@code certificate}, issued by {@code issuer}, at {@code time}. */
    Status status(X509CertificateHolder certificate, X509CertificateHolder issuer, Instant time);
}
