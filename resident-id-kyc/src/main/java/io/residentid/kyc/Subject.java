package io.residentid.kyc;

import io.residentid.core.model.Masking;
import io.residentid.core.mrz.Mrz;

import java.util.Optional;

/**
 * Who the report is about, as little as proves it: the issuing state and the masked document number, from the chip
 * MRZ, else the OCR MRZ.
 *
 * @param issuingState   ICAO code of the issuing state, or {@code null}
 * @param documentNumber masked document number (e.g. {@code R*******7}), or {@code null}
 */
public record Subject(String issuingState, String documentNumber) {

    static Subject of(KycContext c) {
        Optional<Mrz> mrz = c.dg1().or(c::ocrMrz);
        return new Subject(mrz.map(Mrz::issuingState).orElse(null),
                mrz.map(m -> Masking.identifier(m.documentNumber())).orElse(null));
    }
}
