package io.residentid.core.renewal;

import io.residentid.core.model.IssuingCountry;
import io.residentid.core.model.Masking;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * One resident of a batch.
 *
 * @param reference caller's reference for the row (e.g. a line number or a masked id)
 * @param country   issuing country
 * @param expiry    card expiry
 * @param facts     facts, {@link ResidentFacts#none()} when unknown
 * @param validity  requested validity, null for the pack's default
 */
public record RenewalRequest(String reference, IssuingCountry country, LocalDate expiry, ResidentFacts facts,
                             Period validity) {

    /**
     * Checks and copies the components.
     *
     * @param reference caller's reference for the row (e.g. a line number or a masked id)
     * @param country issuing country
     * @param expiry card expiry
     * @param facts facts, {@link ResidentFacts#none()} when unknown
     * @param validity requested validity, null for the pack's default
     */
    public RenewalRequest {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(expiry, "expiry");
        facts = facts == null ? ResidentFacts.none() : facts;
    }

    /** {@return the request with the reference (often a person's identifier) masked; the facts mask themselves} */
    @Override
    public String toString() {
        return "RenewalRequest[reference=" + (reference == null ? "none" : Masking.identifier(reference))
                + ", country=" + country + ", expiry=" + expiry + ", facts=" + facts + ", validity=" + validity + "]";
    }
}
