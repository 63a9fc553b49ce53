package io.residentid.examples.cli.chip;

import io.residentid.core.mrz.Mrz;
import io.residentid.core.report.Finding;
import io.residentid.core.report.Verdict;
import io.residentid.pcsc.icao.ChipReadResult;
import io.residentid.pcsc.icao.Dg11;
import io.residentid.pcsc.icao.Dg12;
import io.residentid.pcsc.icao.Dg13Profile;
import io.residentid.pcsc.icao.FaceImage;
import io.residentid.pcsc.pkiapplet.HolderAuthenticationResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The JSON shape of {@code card read}. */
final class ChipJson {

    private ChipJson() {
    }

    static Map<String, Object> of(ChipReadResult r, HolderAuthenticationResult holder, Locale locale) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("verdict", r.verdict().name());
        out.put("accessControl", r.accessControl());
        r.dg1().ifPresent(dg1 -> {
            Map<String, Object> mrz = new LinkedHashMap<>();
            mrz.put("lines", dg1.lines());
            try {
                Mrz parsed = Mrz.parse(String.join("\n", dg1.lines()));
                mrz.put("documentCode", parsed.documentCode());
                mrz.put("issuingState", parsed.issuingState());
                mrz.put("documentNumber", parsed.documentNumber());
                mrz.put("surname", parsed.primaryIdentifier());
                mrz.put("givenNames", parsed.secondaryIdentifier());
                mrz.put("nationality", parsed.nationality());
                mrz.put("dateOfBirth", String.valueOf(parsed.dateOfBirth()));
                mrz.put("sex", String.valueOf(parsed.sex()));
                mrz.put("dateOfExpiry", String.valueOf(parsed.dateOfExpiry()));
                mrz.put("valid", parsed.valid());
            } catch (RuntimeException e) {
                mrz.put("valid", false);
            }
            out.put("mrz", mrz);
        });
        Map<String, Object> personal = new LinkedHashMap<>();
        r.dg11().ifPresent(d -> personal(d, personal));
        r.dg13().ifPresent(d -> personal.put("optional", d.interpret(Dg13Profile.emulatedResidentCard())));
        out.put("personal", personal);
        Map<String, Object> document = new LinkedHashMap<>();
        r.dg12().ifPresent(d -> document(d, document));
        r.com().ifPresent(c -> document.put("ldsVersion", c.ldsVersion()));
        out.put("document", document);
        r.dg2().ifPresent(d -> {
            FaceImage f = d.faces().get(0);
            Map<String, Object> face = new LinkedHashMap<>();
            face.put("format", f.format().name());
            face.put("mimeType", f.format().mimeType());
            face.put("bytes", f.image().length());
            face.put("width", f.width());
            face.put("height", f.height());
            out.put("face", face);
        });
        Map<String, Object> pa = new LinkedHashMap<>();
        pa.put("status", r.passiveAuthentication().name());
        r.documentSigner().ifPresent(s -> pa.put("documentSigner", s));
        pa.put("findings", findings(r.findings(), locale));
        out.put("passiveAuthentication", pa);
        out.put("activeAuthentication", Map.of("status", status(r.activeAuthentication())));
        out.put("chipAuthentication", Map.of("status", status(r.chipAuthentication())));
        if (holder != null) {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("status", holder.status().name());
            holder.subject().ifPresent(s -> h.put("subject", s));
            if (holder.triesLeft() >= 0) {
                h.put("triesLeft", holder.triesLeft());
            }
            out.put("holderAuthentication", h);
        }
        Map<String, Object> transfer = new LinkedHashMap<>();
        transfer.put("apdus", r.transfer().apdus());
        transfer.put("readBinary", r.transfer().readBinary());
        transfer.put("bytes", r.transfer().bytes());
        transfer.put("millis", r.transfer().millis());
        out.put("transfer", transfer);
        return out;
    }

    /** A verdict's name, or {@code NOT_OFFERED} when the chip does not offer (or the SDK not run) the check. */
    static String status(Optional<Verdict> verdict) {
        return verdict.map(Verdict::name).orElse("NOT_OFFERED");
    }

    private static void personal(Dg11 d, Map<String, Object> m) {
        put(m, "fullName", d.fullName());
        put(m, "personalNumber", d.personalNumber());
        put(m, "dateOfBirth", isoDate(d.fullDateOfBirth()));
        put(m, "placeOfBirth", d.placeOfBirth());
        if (!d.address().isEmpty()) {
            m.put("address", d.address());
        }
        put(m, "telephone", d.telephone());
        put(m, "profession", d.profession());
    }

    private static void document(Dg12 d, Map<String, Object> m) {
        put(m, "issuingAuthority", d.issuingAuthority());
        put(m, "dateOfIssue", isoDate(d.dateOfIssue()));
    }

    /**
     * ICAO data groups write full dates as {@code yyyyMMdd}; the CLI prints ISO dates. Anything else (a partial date
     * such as {@code 1988----}) is printed as the chip holds it.
     */
    static String isoDate(String yyyyMMdd) {
        if (yyyyMMdd == null || yyyyMMdd.length() != 8) {
            return yyyyMMdd;
        }
        try {
            return java.time.LocalDate.parse(yyyyMMdd, java.time.format.DateTimeFormatter.BASIC_ISO_DATE).toString();
        } catch (java.time.format.DateTimeParseException e) {
            return yyyyMMdd;
        }
    }

    private static void put(Map<String, Object> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    static List<Map<String, Object>> findings(List<Finding> findings, Locale locale) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", f.code());
            m.put("severity", f.severity().name());
            m.put("message", f.message(locale));
            out.add(m);
        }
        return out;
    }
}
