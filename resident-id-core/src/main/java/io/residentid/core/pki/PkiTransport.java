package io.residentid.core.pki;

import java.net.URI;

/**
 * Fetches revocation data over the network. Nothing in this package touches the network unless the integrator
 * installs a transport (for example {@link HttpPkiTransport}). Implementations must bound time and response size
 * and throw {@link PkiException} on failure.
 */
public interface PkiTransport {

    /** HTTP GET of {@code uri}, at most {@code maxBytes} bytes of body. */
    byte[] get(URI uri, int maxBytes);

    /** HTTP POST of {@code body} with {@code contentType}, at most {@code maxBytes} bytes of response body. */
    byte[] post(URI uri, String contentType, byte[] body, int maxBytes);
}
