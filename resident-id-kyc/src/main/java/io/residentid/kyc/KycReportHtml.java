package io.residentid.kyc;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Locale;
import java.util.Map;

/**
 * Renders a report's JSON (as verified from an evidence record) as one self-contained HTML page for auditors: no
 * scripts, no external resources, every value escaped. Arabic pages are {@code lang="ar" dir="rtl"} and use the
 * Arabic messages the report carries.
 */
public final class KycReportHtml {

    private static final Map<String, String[]> LABELS = Map.ofEntries(
            Map.entry("title", new String[] {"KYC verification report", "تقرير التحقق من هوية العميل"}),
            Map.entry("verdict", new String[] {"Decision", "القرار"}),
            Map.entry("caseId", new String[] {"Case", "الحالة"}),
            Map.entry("verifiedAt", new String[] {"Verified at", "وقت التحقق"}),
            Map.entry("policy", new String[] {"Policy", "السياسة"}),
            Map.entry("sdk", new String[] {"SDK version", "إصدار حزمة التطوير"}),
            Map.entry("subject", new String[] {"Document", "الوثيقة"}),
            Map.entry("checks", new String[] {"Checks", "عمليات الفحص"}),
            Map.entry("check", new String[] {"Check", "الفحص"}),
            Map.entry("result", new String[] {"Result", "النتيجة"}),
            Map.entry("findings", new String[] {"Findings", "النتائج المرصودة"}),
            Map.entry("anchors", new String[] {"Trust anchors used", "مراسي الثقة المستخدمة"}),
            Map.entry("evidence", new String[] {"Evidence (SHA-256)", "الأدلة (SHA-256)"}),
            Map.entry("signed", new String[] {"The evidence record's signature was verified with the bank's key.",
                "تم التحقق من توقيع سجل الإثبات بمفتاح البنك."}),
            Map.entry("PASS", new String[] {"PASS", "مقبول"}),
            Map.entry("REVIEW", new String[] {"REVIEW", "يحتاج إلى مراجعة"}),
            Map.entry("FAIL", new String[] {"FAIL", "مرفوض"}));

    private KycReportHtml() {
    }

    /**
     * {@return the HTML page}
     *
     * @param report the report's JSON ({@code kyc-report-v1})
     * @param locale English, or Arabic ({@code ar}) for a right-to-left page
     */
    public static String render(JsonNode report, Locale locale) {
        boolean ar = "ar".equals(locale.getLanguage());
        int l = ar ? 1 : 0;
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(ar ? "ar" : "en").append("\" dir=\"")
                .append(ar ? "rtl" : "ltr").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<title>").append(label("title", l)).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,'Segoe UI','Noto Naskh Arabic',sans-serif;margin:2em;color:#222}\n")
                .append("table{border-collapse:collapse;width:100%;margin-bottom:1.5em}\n")
                .append("td,th{border:1px solid #ccc;padding:.35em .6em;text-align:start;vertical-align:top}\n")
                .append(".PASS{color:#0a6b2d;font-weight:bold}.FAIL{color:#a00;font-weight:bold}")
                .append(".REVIEW,.WARN{color:#a65f00;font-weight:bold}.NOT_RUN{color:#666}\n")
                .append("code{font-size:.85em;word-break:break-all}\n</style>\n</head>\n<body>\n");
        String verdict = report.path("verdict").asText("");
        h.append("<h1>").append(label("title", l)).append("</h1>\n<p>").append(label("signed", l)).append("</p>\n");
        h.append("<table>\n");
        row(h, label("verdict", l), "<span class=\"" + esc(verdict) + "\">" + (LABELS.containsKey(verdict)
                ? label(verdict, l) : esc(verdict)) + "</span>");
        if (report.has("caseId")) {
            row(h, label("caseId", l), esc(report.path("caseId").asText()));
        }
        row(h, label("verifiedAt", l), "<bdi>" + esc(report.path("verifiedAt").asText()) + "</bdi>");
        row(h, label("policy", l), "<bdi>" + esc(report.path("policy").path("id").asText()) + " v"
                + esc(report.path("policy").path("version").asText()) + "</bdi>");
        row(h, label("sdk", l), "<bdi>" + esc(report.path("sdkVersion").asText()) + "</bdi>");
        row(h, label("subject", l), "<bdi>" + esc(report.path("subject").path("issuingState").asText("")) + " "
                + esc(report.path("subject").path("documentNumber").asText("")) + "</bdi>");
        h.append("</table>\n<h2>").append(label("checks", l)).append("</h2>\n<table>\n<tr><th>")
                .append(label("check", l)).append("</th><th>").append(label("result", l)).append("</th><th>")
                .append(label("findings", l)).append("</th></tr>\n");
        for (JsonNode c : report.path("checks")) {
            String result = c.path("result").asText();
            h.append("<tr><td><bdi>").append(esc(c.path("check").asText())).append("</bdi></td><td class=\"")
                    .append(esc(result)).append("\">").append(esc(result)).append("</td><td><ul>");
            for (JsonNode f : c.path("findings")) {
                String message = ar && f.has("messageAr") ? f.path("messageAr").asText() : f.path("message").asText();
                h.append("<li><code>").append(esc(f.path("code").asText())).append("</code> (")
                        .append(esc(f.path("severity").asText())).append(") ").append(esc(message)).append("</li>");
            }
            h.append("</ul></td></tr>\n");
        }
        h.append("</table>\n<h2>").append(label("anchors", l)).append("</h2>\n<table>\n");
        for (JsonNode a : report.path("anchors")) {
            row(h, "<bdi>" + esc(a.path("country").asText()) + "</bdi>", "<bdi>" + esc(a.path("subject").asText())
                    + "</bdi><br><code>" + esc(a.path("sha256").asText()) + "</code><br><bdi>"
                    + esc(a.path("source").asText()) + "</bdi>");
        }
        h.append("</table>\n<h2>").append(label("evidence", l)).append("</h2>\n<table>\n");
        for (JsonNode e : report.path("evidence")) {
            row(h, "<bdi>" + esc(e.path("item").asText()) + "</bdi>", "<code>" + esc(e.path("sha256").asText())
                    + "</code>");
        }
        h.append("</table>\n</body>\n</html>\n");
        return h.toString();
    }

    private static String label(String key, int language) {
        return LABELS.get(key)[language];
    }

    private static void row(StringBuilder h, String key, String valueHtml) {
        h.append("<tr><th>").append(key).append("</th><td>").append(valueHtml).append("</td></tr>\n");
    }

    /** HTML-escapes text (also quotes, so it is safe in attributes). */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
