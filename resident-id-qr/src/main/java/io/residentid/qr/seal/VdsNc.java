package io.residentid.qr.seal;

import com.fasterxml.jackson.databind.JsonNode;
import io.residentid.core.json.StrictJson;
import io.residentid.core.model.Bytes;
import io.residentid.core.report.ResidentIdException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * VDS-NC (ICAO visible digital seal for non-electronic documents): the JSON reading, kept in this one class. The
 * signed data is the RFC 8785 canonical form of {@code data}; {@code sig.sigvl} is r&#8214;s and {@code sig.cer} the
 * signer certificate, both base64url.
 */
final class VdsNc {

    private VdsNc() {
    }

    static Seal decode(String json, boolean interpret) {
        JsonNode root;
        try {
            root = StrictJson.parse(json);
        } catch (ResidentIdException e) {
            throw new SealException(SealCode.BAD_VDS_NC, e.offset().orElse(-1), e, e.path().orElse("$"));
        }
        JsonNode data = object(root, "data", "$.data");
        JsonNode hdr = object(data, "hdr", "$.data.hdr");
        JsonNode msg = object(data, "msg", "$.data.msg");
        JsonNode sig = object(root, "sig", "$.sig");
        String type = text(hdr, "t", "$.data.hdr.t");
        String country = text(hdr, "is", "$.data.hdr.is");
        int version = hdr.path("v").isIntegralNumber() ? hdr.path("v").intValue() : -1;
        String alg = text(sig, "alg", "$.sig.alg");
        byte[] signature = base64url(text(sig, "sigvl", "$.sig.sigvl"), "$.sig.sigvl");
        byte[] certificate = base64url(text(sig, "cer", "$.sig.cer"), "$.sig.cer");
        Optional<String> digest = switch (alg) {
            case "ES256" -> Optional.of("SHA-256");
            case "ES384" -> Optional.of("SHA-384");
            case "ES512" -> Optional.of("SHA-512");
            default -> throw new SealException(SealCode.BAD_VDS_NC, -1, "$.sig.alg");
        };
        StringBuilder canonical = new StringBuilder(json.length());
        canonicalize(data, canonical, 0);
        String documentType = switch (type) {
            case "icao.vacc" -> "PROOF_OF_VACCINATION";
            case "icao.test" -> "PROOF_OF_TESTING";
            case "icao.rcvy" -> "PROOF_OF_RECOVERY";
            default -> "UNKNOWN";
        };
        List<SealFeature> features = new ArrayList<>();
        if (interpret) {
            flatten(msg, features);
        }
        return new Seal(SealFormat.VDS_NC, documentType, Optional.empty(), version, country, "", "",
                Optional.empty(), Optional.empty(), -1, -1, features,
                Bytes.of(canonical.toString().getBytes(StandardCharsets.UTF_8)), Bytes.of(signature), digest,
                Optional.of(Bytes.of(certificate)), List.of(), Bytes.of(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** Field names for the ICAO proof-of-vaccination and proof-of-testing messages, by JSON key path. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("uvci", "UVCI"), Map.entry("utci", "UTCI"),
            Map.entry("pid.n", "NAME"), Map.entry("pid.i", "DOCUMENT_NUMBER"), Map.entry("pid.dob", "DATE_OF_BIRTH"),
            Map.entry("pid.sex", "SEX"), Map.entry("pid.ai", "ADDITIONAL_IDENTIFIER"),
            Map.entry("ve.nam", "VACCINE_BRAND"), Map.entry("ve.des", "VACCINE_OR_PROPHYLAXIS"),
            Map.entry("ve.dis", "TARGETED_DISEASE"), Map.entry("ve.vd.seq", "DOSE_NUMBER"),
            Map.entry("ve.vd.dvc", "DATE_OF_VACCINATION"), Map.entry("ve.vd.ctr", "COUNTRY_OF_VACCINATION"),
            Map.entry("ve.vd.lot", "VACCINE_BATCH_NUMBER"), Map.entry("ve.vd.adm", "ADMINISTERING_CENTER"),
            Map.entry("ve.vd.dvn", "DUE_DATE_OF_NEXT_DOSE"),
            Map.entry("sp.spn", "SERVICE_PROVIDER"), Map.entry("sp.ctr", "COUNTRY_OF_TEST"),
            Map.entry("sp.cd.p", "PHONE"), Map.entry("sp.cd.e", "EMAIL"), Map.entry("sp.cd.a", "ADDRESS"),
            Map.entry("dat.sc", "SPECIMEN_COLLECTION_TIME"), Map.entry("dat.ri", "REPORT_ISSUANCE_TIME"),
            Map.entry("tr.tc", "TEST_TYPE"), Map.entry("tr.r", "TEST_RESULT"), Map.entry("tr.m", "SAMPLING_METHOD"));

    /** Order of keys within an object: the ICAO field order; other keys follow in document order. */
    private static final List<String> ORDER = List.of("uvci", "utci", "pid", "n", "i", "ve", "nam", "des", "dis",
            "vd", "seq", "dvc", "ctr", "lot", "adm", "sp", "spn", "cd", "p", "e", "a", "dat", "sc", "ri", "tr", "tc",
            "r", "m");

    /** Person details listed after the message proper (other implementations list them there or not at all). */
    private static final java.util.Set<String> SECONDARY = java.util.Set.of("pid.dob", "pid.sex", "pid.ai",
            "ve.vd.dvn");

    private static void flatten(JsonNode msg, List<SealFeature> out) {
        List<SealFeature> primary = new ArrayList<>();
        List<SealFeature> secondary = new ArrayList<>();
        walk(msg, "", primary, secondary);
        out.addAll(primary);
        out.addAll(secondary);
    }

    private static void walk(JsonNode node, String path, List<SealFeature> primary, List<SealFeature> secondary) {
        if (primary.size() + secondary.size() >= SealDecoder.MAX_FEATURES) {
            throw new SealException(SealCode.TOO_MANY, -1, SealDecoder.MAX_FEATURES);
        }
        if (node.isObject()) {
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            keys.sort(java.util.Comparator.comparingInt(k -> ORDER.contains(k) ? ORDER.indexOf(k) : ORDER.size()));
            for (String k : keys) {
                walk(node.get(k), path.isEmpty() ? k : path + "." + k, primary, secondary);
            }
        } else if (node.isArray()) {
            for (JsonNode e : node) {
                walk(e, path, primary, secondary);
            }
        } else if (!node.isNull()) {
            String text = node.asText();
            String name = LABELS.getOrDefault(path, path.toUpperCase(java.util.Locale.ROOT).replace('.', '_'));
            SealFeature f = new SealFeature(name, -1, FeatureCoding.UTF8,
                    Bytes.personal(text.getBytes(StandardCharsets.UTF_8)), text, false);
            (SECONDARY.contains(path) || !LABELS.containsKey(path) ? secondary : primary).add(f);
        }
    }

    /** RFC 8785 (JCS): sorted keys (UTF-16 order), no whitespace, minimal string escapes, ES6 numbers. */
    static void canonicalize(JsonNode node, StringBuilder out, int depth) {
        if (depth > 64) {
            throw new SealException(SealCode.TOO_MANY, -1, 64);
        }
        if (node.isObject()) {
            TreeMap<String, JsonNode> sorted = new TreeMap<>();
            node.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue()));
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonNode> e : sorted.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(e.getKey(), out);
                out.append(':');
                canonicalize(e.getValue(), out, depth + 1);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                canonicalize(node.get(i), out, depth + 1);
            }
            out.append(']');
        } else if (node.isTextual()) {
            string(node.asText(), out);
        } else if (node.isNumber()) {
            out.append(number(node.decimalValue()));
        } else if (node.isBoolean()) {
            out.append(node.booleanValue());
        } else {
            out.append("null");
        }
    }

    private static String number(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.signum() == 0) {
            return "0";
        }
        double abs = Math.abs(v.doubleValue());
        if (abs >= 1e21 || abs < 1e-6) {
            // ES6 switches to exponent notation here; seals never carry such numbers.
            throw new SealException(SealCode.BAD_VDS_NC, -1, "number");
        }
        return new BigDecimal(Double.toString(v.doubleValue())).stripTrailingZeros().toPlainString();
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static JsonNode object(JsonNode parent, String field, String path) {
        JsonNode n = parent.get(field);
        if (n == null || !n.isObject()) {
            throw new SealException(SealCode.BAD_VDS_NC, -1, path);
        }
        return n;
    }

    private static String text(JsonNode parent, String field, String path) {
        JsonNode n = parent.get(field);
        if (n == null || !n.isTextual()) {
            throw new SealException(SealCode.BAD_VDS_NC, -1, path);
        }
        return n.asText();
    }

    private static byte[] base64url(String text, String path) {
        try {
            return Base64.getUrlDecoder().decode(text.replace('+', '-').replace('/', '_'));
        } catch (IllegalArgumentException e) {
            throw new SealException(SealCode.BAD_VDS_NC, -1, path);
        }
    }
}
