package io.residentid.core.pki;

import java.net.URI;

/**
 * Fetches revocation data over the network. Nothing in this package touches the network unless the integrator
 * installs a transport (for example {@link HttpPkiTransport}). Implementations must bound time and response size
 * and throw {@link PkiException} on failure.
 */
public interface PkiTransport {

    /**
     * HTTP GET.
     *
     * @param uri      an http or https URI
     * @param maxBytes the most body bytes accepted
     * @return the response body
     * @throws PkiException on any failure, a non-success status or a larger body
     */
    byte[] get(URI uri, int maxBytes);

    /**
     * HTTP POST.
     *
     * @param uri         an http or https URI
     * @param contentType the request's media type, e.g. {@code application/ocsp-request}
     * @param body        the request body
     * @param maxBytes    the most response body bytes accepted
     * @return the response body
     * @throws PkiException on any failure, a non-success status or a larger body
     */
    byte[] post(URI uri, String contentType, byte[] body, int maxBytes);
}
