package io.residentid.mdoc.response;

import java.time.Instant;
import java.util.Optional;

/**
 * The MSO's validityInfo.
 *
 * @param signed         when the MSO was signed
 * @param validFrom      start of validity
 * @param validUntil     end of validity
 * @param expectedUpdate when the issuer expects to re-issue, if given
 */
public record ValidityInfo(Instant signed, Instant validFrom, Instant validUntil, Optional<Instant> expectedUpdate) {
    /**
     * Requires the three mandatory instants.
     *
     * @param signed when the MSO was signed
     * @param validFrom the start of validity
     * @param validUntil the end of validity
     * @param expectedUpdate when an update is expected, or {@code null}
     */
    public ValidityInfo {
        java.util.Objects.requireNonNull(signed, "signed");
        java.util.Objects.requireNonNull(validFrom, "validFrom");
        java.util.Objects.requireNonNull(validUntil, "validUntil");
        expectedUpdate = expectedUpdate == null ? Optional.empty() : expectedUpdate;
    }
}
