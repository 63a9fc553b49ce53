package io.residentid.qr.format;

/**
 * The credential's entry in an IETF Token Status List: {@code {"status_list":{"idx":N,"uri":"…"}}}.
 *
 * @param index the credential's index in the list, 0..2^31-1
 * @param uri   the list's URI ({@code https}, at most 256 characters)
 */
public record StatusReference(long index, String uri) {

    /**
     * Checks the limits.
     *
     * @param index the credential's index in the list, 0..2^31-1
     * @param uri the list's URI ({@code https}, at most 256 characters)
     */
    public StatusReference {
        if (index < 0 || index > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Status index out of range");
        }
        if (uri == null || uri.length() > ClaimsCodec.MAX_URI || !uri.startsWith("https://")) {
            throw new IllegalArgumentException("Status list URI must be an https URI of at most 256 characters");
        }
    }
}
