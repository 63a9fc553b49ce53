package io.residentid.kyc;

import java.time.Instant;
import java.util.Objects;

/**
 * A trust anchor as a report names it: enough to identify the certificate (SHA-256 of its DER) and where it came
 * from, without the certificate itself.
 *
 * @param subject   the subject DN
 * @param country   ISO 3166 alpha-2 country of the subject ({@code ??} when absent)
 * @param sha256    SHA-256 fingerprint of the DER encoding, lower-case hex
 * @param source    where it was loaded from, e.g. {@code masterlist:DE_masterlist_2025-08-14.ml}
 * @param notBefore start of validity
 * @param notAfter  end of validity
 */
public record TrustAnchor(String subject, String country, String sha256, String source, Instant notBefore,
        Instant notAfter) {

    /**
     * Checks presence.
     *
     * @param subject the certificate's subject
     * @param country the ISO 3166 alpha-2 country
     * @param sha256 the SHA-256 fingerprint in hex
     * @param source where it came from (shown in reports)
     * @param notBefore the start of validity
     * @param notAfter the end of validity
     */
    public TrustAnchor {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
    }

    /**
     * {@return whether the certificate is within its validity at {@code at}}
     *
     * @param at the time the verification is made for
     */
    public boolean validAt(Instant at) {
        return !at.isBefore(notBefore) && !at.isAfter(notAfter);
    }
}
