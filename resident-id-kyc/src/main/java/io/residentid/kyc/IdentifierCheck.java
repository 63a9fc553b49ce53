package io.residentid.kyc;

import io.residentid.core.model.IdentityDocument;
import io.residentid.core.id.IdNumberValidator;
import io.residentid.core.id.IdValidationResult;
import io.residentid.core.model.IssuingCountry;
import io.residentid.core.mrz.Mrz;
import io.residentid.core.report.Finding;
import io.residentid.core.report.Severity;
import io.residentid.pcsc.icao.Dg11;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The identity number: the issuing country's validator on every source that gives one (DG11, QR, declared), and
 * the facts the number itself encodes (Qatar: birth year and nationality; Kuwait: birth date; UAE: birth year)
 * against the chip's MRZ and the declared data.
 */
final class IdentifierCheck extends KycCheck {

    IdentifierCheck() {
        super("identifier");
    }

    @Override
    public CheckOutcome run(KycContext c) {
        Map<String, String> numbers = new LinkedHashMap<>();
        c.dg11().map(Dg11::personalNumber).filter(n -> n != null && !n.isBlank()).ifPresent(n -> numbers.put("DG11", n));
        c.qrDocument().map(IdentityDocument::personalNumber).ifPresent(n -> numbers.put("QR", n));
        c.evidence.declared().map(DeclaredData::idNumber).ifPresent(n -> numbers.put("declared", n));
        if (numbers.isEmpty()) {
            return notRun(KycCode.ID_NUMBER_ABSENT.finding());
        }
        Optional<String> state = c.dg1().map(Mrz::issuingState).or(() -> c.ocrMrz().map(Mrz::issuingState))
                .or(() -> c.qrDocument().map(r -> r.issuingCountry().alpha3()));
        Optional<IssuingCountry> country = state.flatMap(IssuingCountry::fromCode);
        if (country.isEmpty()) {
            return notRun(KycCode.ID_COUNTRY_UNSUPPORTED.finding(state.map(KycJson::safe)
                    .orElse("?")));
        }
        List<Finding> findings = new ArrayList<>();
        IdNumberValidator validator = IdNumberValidator.forCountry(country.get());
        for (Map.Entry<String, String> e : numbers.entrySet()) {
            IdValidationResult r = validator.validate(e.getValue());
            if (!r.isValid()) {
                findings.add(KycCode.ID_NUMBER_INVALID.finding(e.getKey(), country.get().alpha2()));
                continue;
            }
            findings.add(KycCode.ID_NUMBER_VALID.finding(e.getKey(), country.get().alpha2()));
            r.findings().stream().filter(f -> f.severity() != Severity.ERROR).forEach(findings::add);
            crossCheck(c, r, findings);
        }
        return outcome(findings);
    }

    private static void crossCheck(KycContext c, IdValidationResult r, List<Finding> findings) {
        Map<String, LocalDate> births = new LinkedHashMap<>();
        c.dg1().map(Mrz::dateOfBirth).ifPresent(d -> births.put("DG1", d));
        c.evidence.declared().map(DeclaredData::dateOfBirth).ifPresent(d -> births.put("declared", d));
        for (Map.Entry<String, LocalDate> b : births.entrySet()) {
            if (r.birthDate().isPresent()) {
                if (!r.birthDate().get().equals(b.getValue())) {
                    findings.add(KycCode.ID_BIRTH_DATE_MISMATCH.finding(b.getKey()));
                }
            } else if (r.birthYear().isPresent() && r.birthYear().getAsInt() != b.getValue().getYear()) {
                findings.add(KycCode.ID_BIRTH_YEAR_MISMATCH.finding(b.getKey()));
            }
        }
        if (r.nationality().isPresent()) {
            Map<String, String> nationalities = new LinkedHashMap<>();
            c.dg1().map(Mrz::nationality).ifPresent(n -> nationalities.put("DG1", n));
            c.evidence.declared().map(DeclaredData::nationality).ifPresent(n -> nationalities.put("declared", n));
            String encoded = r.nationality().get().code();
            nationalities.forEach((source, n) -> {
                if (!ConsistencyCheck.normalise(n).equals(ConsistencyCheck.normalise(encoded))) {
                    findings.add(KycCode.ID_NATIONALITY_MISMATCH.finding(source));
                }
            });
        }
    }
}
