package io.residentid.core.pki;

import java.util.List;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Supplies CRLs for a certificate (typically from its CRL distribution points). Nothing is fetched unless the
 * integrator installs a fetcher. Implementations must bound time and size and may cache; they report unreachable
 * sources by returning an empty list or throwing {@link PkiException}, which the validator turns into
 * {@link PathCode#REVOCATION_UNKNOWN}.
 */
@FunctionalInterface
public interface CrlFetcher {

    /**
     * The CRLs that may cover {@code certificate}; never {@code null}.
     *
     * @param certificate           the certificate whose revocation status is wanted
     * @param distributionPointUrls URLs from its cRLDistributionPoints extension (may be empty)
     * @return the CRLs found, possibly none
     * @throws PkiException when a source fails (treated as revocation data unavailable)
     */
    List<X509CRLHolder> fetch(X509CertificateHolder certificate, List<String> distributionPointUrls);
}
