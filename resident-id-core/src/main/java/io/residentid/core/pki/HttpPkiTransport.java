package io.residentid.core.pki;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A {@link PkiTransport} over {@link HttpClient}: http and https only, connect and request timeouts, a cap on the
 * response size, no redirects to other schemes. Thread-safe.
 */
public final class HttpPkiTransport implements PkiTransport {

    private final HttpClient client;
    private final Duration timeout;

    /**
     * A transport over the JDK HTTP client that follows no redirects.
     *
     * @param timeout the connect and request timeout
     */
    public HttpPkiTransport(Duration timeout) {
        this.timeout = Objects.requireNonNull(timeout);
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public byte[] get(URI uri, int maxBytes) {
        return send(HttpRequest.newBuilder(check(uri)).timeout(timeout).GET().build(), maxBytes);
    }

    @Override
    public byte[] post(URI uri, String contentType, byte[] body, int maxBytes) {
        return send(HttpRequest.newBuilder(check(uri)).timeout(timeout).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), maxBytes);
    }

    private static URI check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new PkiException("unsupported URL scheme: " + scheme);
        }
        return uri;
    }

    private byte[] send(HttpRequest request, int maxBytes) {
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new PkiException(request.uri().getHost() + ": HTTP " + response.statusCode());
                }
                byte[] data = in.readNBytes(maxBytes + 1);
                if (data.length > maxBytes) {
                    throw new PkiException(request.uri().getHost() + ": response larger than " + maxBytes + " bytes");
                }
                return data;
            }
        } catch (IOException e) {
            throw new PkiException(request.uri().getHost() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PkiException("interrupted", e);
        }
    }
}
