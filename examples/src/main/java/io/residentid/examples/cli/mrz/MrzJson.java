package io.residentid.examples.cli.mrz;

import io.residentid.core.model.Masking;
import io.residentid.core.mrz.Mrz;
import io.residentid.core.mrz.MrzCheckDigits;
import io.residentid.core.mrz.MrzCorrection;
import io.residentid.core.report.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON printed by {@code resident-id mrz parse}: every field with full values (the user's own terminal), dates
 * ISO-8601, absent values omitted.
 */
record MrzJson(String format, String documentCode, String issuingState, String documentNumber, String optionalData1,
               LocalDate dateOfBirth, String sex, LocalDate dateOfExpiry, String nationality, String optionalData2,
               String primaryIdentifier, String secondaryIdentifier, CheckDigits checkDigits, boolean valid,
               List<Correction> corrections, List<String> findings) {

    /** Which check digits hold; {@code personalNumber} only for TD3. */
    record CheckDigits(boolean documentNumber, boolean dateOfBirth, boolean dateOfExpiry, Boolean personalNumber,
                       boolean composite) {
    }

    /** One OCR repair: 1-based line and position, the character read and the one it became. */
    record Correction(int line, int position, String from, String to) {
    }

    static MrzJson of(Mrz mrz) {
        MrzCheckDigits c = mrz.checkDigits();
        List<Correction> corrections = new ArrayList<>();
        for (MrzCorrection k : mrz.corrections()) {
            corrections.add(new Correction(k.line(), k.position(), String.valueOf(k.from()), String.valueOf(k.to())));
        }
        List<String> findings = new ArrayList<>();
        for (Finding f : mrz.findings()) {
            findings.add(f.code());
        }
        return new MrzJson(mrz.format().name(), mrz.documentCode(), mrz.issuingState(), mrz.documentNumber(),
                mrz.optionalData1(), mrz.dateOfBirth(), mrz.sex() == null ? null : String.valueOf(mrz.sex().mrzCode()),
                mrz.dateOfExpiry(), mrz.nationality(), mrz.optionalData2(), mrz.primaryIdentifier(),
                mrz.secondaryIdentifier(),
                new CheckDigits(c.documentNumber(), c.dateOfBirth(), c.dateOfExpiry(), c.personalNumber(),
                        c.composite()),
                mrz.valid(), corrections, findings);
    }

    /** Personal data: only the format, the masked document number and the validity show. */
    @Override
    public String toString() {
        return "MrzJson[" + format + ", documentNumber=" + Masking.identifier(documentNumber) + ", valid=" + valid
                + ", findings=" + findings + "]";
    }
}
