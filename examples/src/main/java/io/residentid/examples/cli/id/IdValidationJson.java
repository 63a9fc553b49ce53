package io.residentid.examples.cli.id;

import io.residentid.core.id.HolderType;
import io.residentid.core.id.IdValidationResult;
import io.residentid.core.model.Masking;
import io.residentid.core.model.Nationality;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON that {@code resident-id id validate} prints. Absent facts are {@code null} and left out by the shared
 * mapper; {@code input} echoes the user's own argument on their own terminal.
 */
record IdValidationJson(String country, String input, String normalized, boolean valid, List<String> findings,
                        HolderType holderType, Integer birthYear, LocalDate birthDate, String nationality) {

    static IdValidationJson of(IdValidationResult r) {
        return new IdValidationJson(r.country().alpha2(), r.input(), r.normalized().orElse(null), r.isValid(),
                r.findingCodes(), r.holderType().orElse(null),
                r.birthYear().isPresent() ? r.birthYear().getAsInt() : null,
                r.birthDate().orElse(null), r.nationality().map(Nationality::code).orElse(null));
    }

    /** The identifier and the facts it encodes are personal data: mask or hide them. */
    @Override
    public String toString() {
        return "IdValidationJson[" + country + ", input=" + Masking.identifier(input) + ", valid=" + valid
                + ", findings=" + findings + ", birthDate=" + Masking.hidden(birthDate) + "]";
    }
}
