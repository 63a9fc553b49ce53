package io.residentid.examples.cli.mdoc;

import io.residentid.core.model.Bytes;
import io.residentid.core.report.Finding;
import io.residentid.examples.cli.CliOutput;
import io.residentid.mdoc.engagement.DeviceEngagement;
import io.residentid.mdoc.engagement.RetrievalMethod;
import io.residentid.mdoc.response.DocumentReport;

import io.residentid.mdoc.response.MdocReport;
import io.residentid.mdoc.response.ValidityInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the mdoc commands. */
final class MdocJson {

    private MdocJson() {
    }

    static Map<String, Object> engagement(DeviceEngagement e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", e.version());
        m.put("cipherSuite", e.cipherSuite());
        m.put("deviceKey", Map.of("crv", e.eDeviceKey().curve().displayName()));
        List<Object> methods = new ArrayList<>();
        for (RetrievalMethod r : e.retrievalMethods()) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("type", r.typeName());
            rm.put("version", r.version());
            if (r.type() == RetrievalMethod.BLE) {
                rm.put("peripheralServerMode", r.blePeripheralServerMode());
                rm.put("centralClientMode", r.bleCentralClientMode());
                r.blePeripheralServerUuid().ifPresent(u -> rm.put("peripheralServerUuid", u.toString()));
                r.bleCentralClientUuid().ifPresent(u -> rm.put("centralClientUuid", u.toString()));
            } else if (r.type() == RetrievalMethod.NFC) {
                r.nfcMaxCommandLength().ifPresent(v -> rm.put("maxCommandLength", v));
                r.nfcMaxResponseLength().ifPresent(v -> rm.put("maxResponseLength", v));
            }
            methods.add(rm);
        }
        m.put("retrievalMethods", methods);
        return m;
    }

    static Map<String, Object> report(MdocReport report, CliOutput out) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("valid", report.isValid());
        m.put("verdict", report.verdict().name());
        m.put("status", report.status());
        List<Object> docs = new ArrayList<>();
        for (DocumentReport d : report.documents()) {
            docs.add(document(d, out));
        }
        m.put("documents", docs);
        m.put("findings", findings(report.responseFindings(), out));
        return m;
    }

    static Map<String, Object> document(DocumentReport d, CliOutput out) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("docType", d.docType());
        m.put("valid", d.isValid());
        Map<String, Object> issuer = new LinkedHashMap<>();
        issuer.put("valid", d.issuerAuthValid());
        issuer.put("signer", d.signer().orElse(null));
        m.put("issuerAuth", issuer);
        Map<String, Object> device = new LinkedHashMap<>();
        device.put("valid", d.deviceAuthValid());
        device.put("method", d.deviceAuthMethod().name());
        m.put("deviceAuth", device);
        m.put("validity", d.validity().map(MdocJson::validity).orElse(null));
        Map<String, Object> elements = new LinkedHashMap<>();
        d.elements().forEach((ns, ids) -> {
            Map<String, Object> values = new LinkedHashMap<>();
            ids.forEach((id, v) -> values.put(id, value(v.toJava())));
            elements.put(ns, values);
        });
        m.put("elements", elements);
        if (!d.requested().isEmpty()) {
            m.put("requested", d.requested());
            m.put("withheld", d.withheld());
        }
        m.put("findings", findings(d.findings(), out));
        return m;
    }

    static Map<String, Object> validity(ValidityInfo v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("signed", v.signed().toString());
        m.put("validFrom", v.validFrom().toString());
        m.put("validUntil", v.validUntil().toString());
        m.put("expectedUpdate", v.expectedUpdate().map(Instant::toString).orElse(null));
        return m;
    }

    /** Element values for JSON: dates as ISO text, bytes as base64 (a portrait), containers recursively. */
    static Object value(Object v) {
        if (v instanceof LocalDate || v instanceof Instant) {
            return v.toString();
        }
        if (v instanceof Bytes b) {
            return Base64.getEncoder().encodeToString(b.toByteArray());
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(i -> out.add(value(i)));
            return out;
        }
        if (v instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, x) -> out.put(String.valueOf(k), value(x)));
            return out;
        }
        return v;
    }

    static List<Object> findings(List<Finding> findings, CliOutput out) {
        List<Object> list = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", f.code());
            m.put("severity", f.severity().name());
            m.put("message", f.message(out.locale()));
            list.add(m);
        }
        return list;
    }

}
