package io.residentid.qr.status;

import java.io.IOException;
import java.util.Optional;

/**
 * Supplies status list tokens by URI: from files, a cache, or (in an application) HTTP. Implementations must be
 * thread-safe; {@link StatusChecker} verifies whatever they return.
 */
@FunctionalInterface
public interface StatusListProvider {

    /**
     * The compact token for a list URI, or empty when the provider has none.
     *
     * @param uri the status list URI from the credential
     * @return the token text, or empty when the provider has none for this URI
     * @throws IOException when the source cannot be read
     */
    Optional<String> fetch(String uri) throws IOException;
}
