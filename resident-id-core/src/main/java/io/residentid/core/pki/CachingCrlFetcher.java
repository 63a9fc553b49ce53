package io.residentid.core.pki;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link CrlFetcher} that downloads the http(s) distribution points of a certificate through a
 * {@link PkiTransport} and caches each CRL until its {@code nextUpdate} (or for {@code maxAge} when it has none).
 * CRLs are capped at {@link Crls#MAX_CRL_BYTES}; at most {@value #MAX_URLS} URLs are tried per certificate.
 * Thread-safe.
 */
public final class CachingCrlFetcher implements CrlFetcher {

    static final int MAX_URLS = 4;
    private static final int CACHE_ENTRIES = 256;
    private static final Logger LOG = LoggerFactory.getLogger(CachingCrlFetcher.class);

    private final PkiTransport transport;
    private final Duration maxAge;
    private final Clock clock;
    private final Map<URI, CachedCrl> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<URI, CachedCrl> eldest) {
            return size() > CACHE_ENTRIES;
        }
    };

    private record CachedCrl(X509CRLHolder crl, Instant expires) {
    }

    /**
     * A fetcher that keeps each CRL until its nextUpdate.
     *
     * @param transport how to download
     * @param maxAge    how long a CRL without nextUpdate is kept
     * @param clock     the clock that decides expiry
     */
    public CachingCrlFetcher(PkiTransport transport, Duration maxAge, Clock clock) {
        this.transport = Objects.requireNonNull(transport);
        this.maxAge = Objects.requireNonNull(maxAge);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public List<X509CRLHolder> fetch(X509CertificateHolder certificate, List<String> distributionPointUrls) {
        List<X509CRLHolder> out = new ArrayList<>();
        int tried = 0;
        for (String url : distributionPointUrls) {
            if (!url.regionMatches(true, 0, "http", 0, 4) || tried++ >= MAX_URLS) {
                continue;
            }
            URI uri;
            try {
                uri = URI.create(url);
            } catch (IllegalArgumentException e) {
                continue;
            }
            X509CRLHolder crl = cached(uri);
            if (crl == null) {
                try {
                    crl = Crls.parseDer(transport.get(uri, Crls.MAX_CRL_BYTES));
                } catch (PkiException e) {
                    LOG.debug("CRL download from {} failed: {}", uri.getHost(), e.getMessage());
                    continue;
                }
                Instant expires = crl.getNextUpdate() != null ? crl.getNextUpdate().toInstant()
                        : clock.instant().plus(maxAge);
                synchronized (cache) {
                    cache.put(uri, new CachedCrl(crl, expires));
                }
            }
            out.add(crl);
        }
        return out;
    }

    private X509CRLHolder cached(URI uri) {
        synchronized (cache) {
            CachedCrl entry = cache.get(uri);
            if (entry == null) {
                return null;
            }
            if (clock.instant().isAfter(entry.expires())) {
                cache.remove(uri);
                return null;
            }
            return entry.crl();
        }
    }
}
