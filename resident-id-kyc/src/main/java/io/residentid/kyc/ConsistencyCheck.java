package io.residentid.kyc;

import io.residentid.core.model.IdentityDocument;
import io.residentid.core.mrz.Mrz;
import io.residentid.core.report.Finding;
import io.residentid.pcsc.icao.Dg11;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Consistency of every field present in two or more sources (chip MRZ, OCR MRZ, DG11, QR claims, declared data):
 * document number, dates of birth and expiry, nationality, sex, identity number and names. Each source is compared
 * with the first (most authoritative) one; names only within one script when possible, across scripts otherwise.
 * Findings name fields and sources, never values.
 */
final class ConsistencyCheck extends KycCheck {
    private static final java.util.Set<String> CHIP = java.util.Set.of("DG1", "DG11");

    ConsistencyCheck() {
        super("consistency");
    }

    @Override
    public CheckOutcome run(KycContext c) {
        List<Finding> findings = new ArrayList<>();
        Optional<Mrz> dg1 = c.dg1();
        Optional<Mrz> ocr = c.ocrMrz();
        Optional<Dg11> dg11 = c.dg11();
        Optional<IdentityDocument> qr = c.qrDocument();
        Optional<DeclaredData> declared = c.evidence.declared();

        Map<String, String> number = new LinkedHashMap<>();
        dg1.ifPresent(m -> number.put("DG1", normalise(m.documentNumber())));
        ocr.ifPresent(m -> number.put("OCR MRZ", normalise(m.documentNumber())));
        qr.ifPresent(r -> number.put("QR", normalise(r.documentNumber())));
        declared.map(DeclaredData::documentNumber).ifPresent(n -> number.put("declared", normalise(n)));
        compare("documentNumber", number, findings);

        Map<String, Object> birth = new LinkedHashMap<>();
        dg1.ifPresent(m -> birth.put("DG1", m.dateOfBirth()));
        ocr.ifPresent(m -> birth.put("OCR MRZ", m.dateOfBirth()));
        dg11.flatMap(d -> date(d.fullDateOfBirth())).ifPresent(d -> birth.put("DG11", d));
        qr.map(r -> r.holder().dateOfBirth()).ifPresent(d -> birth.put("QR", d));
        declared.map(DeclaredData::dateOfBirth).ifPresent(d -> birth.put("declared", d));
        compare("dateOfBirth", birth, findings);

        Map<String, Object> expiry = new LinkedHashMap<>();
        dg1.ifPresent(m -> expiry.put("DG1", m.dateOfExpiry()));
        ocr.ifPresent(m -> expiry.put("OCR MRZ", m.dateOfExpiry()));
        qr.map(IdentityDocument::dateOfExpiry).ifPresent(d -> expiry.put("QR", d));
        compare("dateOfExpiry", expiry, findings);

        Map<String, String> nationality = new LinkedHashMap<>();
        dg1.ifPresent(m -> nationality.put("DG1", normalise(m.nationality())));
        ocr.ifPresent(m -> nationality.put("OCR MRZ", normalise(m.nationality())));
        qr.ifPresent(r -> nationality.put("QR", normalise(r.holder().nationality().code())));
        declared.map(DeclaredData::nationality).ifPresent(n -> nationality.put("declared", normalise(n)));
        compare("nationality", nationality, findings);

        Map<String, String> sex = new LinkedHashMap<>();
        dg1.filter(m -> m.sex() != null).ifPresent(m -> sex.put("DG1", String.valueOf(m.sex().mrzCode())));
        ocr.filter(m -> m.sex() != null).ifPresent(m -> sex.put("OCR MRZ", String.valueOf(m.sex().mrzCode())));
        qr.ifPresent(r -> sex.put("QR", String.valueOf(r.holder().sex().mrzCode())));
        declared.map(DeclaredData::sex).ifPresent(s -> sex.put("declared", s));
        sex.replaceAll((k, v) -> v.equals("<") ? "X" : v);
        compare("sex", sex, findings);

        Map<String, String> idNumber = new LinkedHashMap<>();
        dg11.map(Dg11::personalNumber).filter(n -> n != null && !n.isBlank())
                .ifPresent(n -> idNumber.put("DG11", digits(n)));
        qr.map(IdentityDocument::personalNumber).ifPresent(n -> idNumber.put("QR", digits(n)));
        declared.map(DeclaredData::idNumber).ifPresent(n -> idNumber.put("declared", digits(n)));
        compare("idNumber", idNumber, findings);

        names(c, dg1, ocr, dg11, qr, declared, findings);
        if (findings.isEmpty()) {
            return notRun(KycCode.TOO_FEW_SOURCES.finding());
        }
        return outcome(findings);
    }

    private static void names(KycContext c, Optional<Mrz> dg1, Optional<Mrz> ocr, Optional<Dg11> dg11,
            Optional<IdentityDocument> qr, Optional<DeclaredData> declared, List<Finding> findings) {
        Map<String, String> latin = new LinkedHashMap<>();
        Map<String, String> arabic = new LinkedHashMap<>();
        dg1.ifPresent(m -> latin.put("DG1", mrzName(m)));
        ocr.ifPresent(m -> latin.put("OCR MRZ", mrzName(m)));
        dg11.map(Dg11::fullName).filter(n -> n != null && !n.isBlank())
                .ifPresent(n -> (Scripts.isArabic(n) ? arabic : latin).put("DG11", n));
        qr.ifPresent(r -> latin.put("QR", r.holder().latinName()));
        qr.map(r -> r.holder().arabicName()).ifPresent(n -> arabic.put("QR", n));
        declared.flatMap(DeclaredData::latinName).ifPresent(n -> latin.put("declared", n));
        declared.flatMap(DeclaredData::arabicName).ifPresent(n -> arabic.put("declared", n));
        compareNames(c, latin, findings);
        compareNames(c, arabic, findings);
        // A script with a single source is compared across scripts with the other script's reference.
        if (latin.size() == 1 && !arabic.isEmpty()) {
            crossScript(c, arabic, latin, findings);
        } else if (arabic.size() == 1 && !latin.isEmpty()) {
            crossScript(c, latin, arabic, findings);
        }
    }

    private static void crossScript(KycContext c, Map<String, String> reference, Map<String, String> single,
            List<Finding> findings) {
        Map.Entry<String, String> ref = reference.entrySet().iterator().next();
        Map.Entry<String, String> one = single.entrySet().iterator().next();
        if (CHIP.contains(ref.getKey()) && CHIP.contains(one.getKey())) {
            return; // both signed by the issuer: the chip's two names are not the customer's claim
        }
        nameFinding(c, ref.getKey(), ref.getValue(), one.getKey(), one.getValue(), findings);
    }

    private static void compareNames(KycContext c, Map<String, String> names, List<Finding> findings) {
        if (names.size() < 2) {
            return;
        }
        Map.Entry<String, String> ref = names.entrySet().iterator().next();
        names.entrySet().stream().skip(1).forEach(e -> nameFinding(c, ref.getKey(), ref.getValue(), e.getKey(),
                e.getValue(), findings));
    }

    private static void nameFinding(KycContext c, String sourceA, String a, String sourceB, String b,
            List<Finding> findings) {
        NameComparison.Result r;
        try {
            r = c.names.compare(a, b);
        } catch (RuntimeException e) {
            r = new NameComparison.Result(NameComparison.Outcome.PARTIAL, 0.0, "the name comparison failed");
        }
        String score = Decimals.two(r.score());
        switch (r.outcome()) {
            case MATCH -> findings.add(KycCode.NAME_MATCH.finding(sourceA, sourceB, score));
            case PARTIAL -> findings.add(KycCode.NAME_PARTIAL.finding(sourceA, sourceB, score, r.explanation()));
            default -> findings.add(KycCode.NAME_MISMATCH.finding(sourceA, sourceB, score, r.explanation()));
        }
    }

    private static String mrzName(Mrz m) {
        return (m.secondaryIdentifier() + " " + m.primaryIdentifier()).replace('<', ' ').trim();
    }

    private static void compare(String field, Map<String, ?> values, List<Finding> findings) {
        if (values.size() < 2) {
            return;
        }
        Map.Entry<String, ?> ref = values.entrySet().iterator().next();
        boolean allEqual = true;
        for (Map.Entry<String, ?> e : values.entrySet()) {
            if (e != ref && !e.getValue().equals(ref.getValue())) {
                findings.add(KycCode.FIELD_MISMATCH.finding(field, ref.getKey(), e.getKey()));
                allEqual = false;
            }
        }
        if (allEqual) {
            findings.add(KycCode.FIELD_CONSISTENT.finding(field, String.join(", ", values.keySet())));
        }
    }

    static String normalise(String s) {
        return s == null ? "" : s.replace("<", "").replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
    }

    static String digits(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isDigit(ch)) {
                b.append(Character.forDigit(Character.digit(ch, 10), 10));
            } else if (Character.isLetter(ch)) {
                b.append(Character.toUpperCase(ch));
            }
        }
        return b.toString();
    }

    private static boolean eightDigits(String s) {
        if (s.length() != 8) {
            return false;
        }
        for (int i = 0; i < 8; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static Optional<LocalDate> date(String yyyymmdd) {
        if (yyyymmdd == null || !eightDigits(yyyymmdd)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(yyyymmdd, DateTimeFormatter.BASIC_ISO_DATE));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
