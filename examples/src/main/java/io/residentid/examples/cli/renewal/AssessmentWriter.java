package io.residentid.examples.cli.renewal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.residentid.core.model.CalendarSystem;
import io.residentid.core.model.HijriDates;
import io.residentid.core.renewal.ChargeLine;
import io.residentid.core.renewal.ConditionCheck;
import io.residentid.core.renewal.Consequence;
import io.residentid.core.renewal.KeyDates;
import io.residentid.core.renewal.LostCardAssessment;
import io.residentid.core.renewal.Money;
import io.residentid.core.renewal.RenewalAssessment;
import io.residentid.core.renewal.RenewalNote;
import io.residentid.core.renewal.RenewalText;
import io.residentid.core.renewal.RequiredDocument;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Writes assessments in the CLI's JSON shape with a streaming generator (the batch writes millions of them):
 * ISO dates, absent dates omitted, amounts as decimal strings at the currency's scale.
 */
final class AssessmentWriter {

    private final Locale locale;
    private final boolean withText;

    /**
     * @param withText whether to add localized text next to codes and the full eligibility and document
     *                 lists (off in batch output, which stays language-free and compact: one summary
     *                 {@code eligible} value, no checklist, no assessment date)
     */
    AssessmentWriter(Locale locale, boolean withText) {
        this.locale = locale;
        this.withText = withText;
    }

    /** Writes the fields of an assessment into the current object (the caller opens and closes it). */
    void fields(JsonGenerator g, RenewalAssessment a) throws IOException {
        g.writeStringField("country", a.country().alpha2());
        g.writeStringField("packVersion", a.packVersion());
        if (withText) {
            g.writeStringField("assessedOn", a.assessedOn().toString());
        }
        g.writeStringField("status", a.status().name());
        if (withText) {
            g.writeStringField("statusText", RenewalText.status(a.status(), locale));
        }
        KeyDates d = a.keyDates();
        g.writeObjectFieldStart("keyDates");
        date(g, "expiry", d.expiry());
        date(g, "windowOpens", d.windowOpens());
        date(g, "recommendedRenewBy", d.recommendedRenewBy());
        date(g, "legalDeadline", d.legalDeadline());
        date(g, "finesStart", d.finesStart());
        date(g, "graceEnds", d.graceEnds());
        g.writeEndObject();
        if (a.calendar() == CalendarSystem.HIJRI_UMM_AL_QURA) {
            g.writeObjectFieldStart("keyDatesHijri");
            hijri(g, "expiry", d.expiry());
            hijri(g, "windowOpens", d.windowOpens());
            hijri(g, "recommendedRenewBy", d.recommendedRenewBy());
            hijri(g, "legalDeadline", d.legalDeadline());
            hijri(g, "finesStart", d.finesStart());
            hijri(g, "graceEnds", d.graceEnds());
            g.writeEndObject();
        }
        if (a.validity() != null) {
            g.writeStringField("validity", a.validity().toString());
        }
        lines(g, "fees", a.fees());
        lines(g, "fines", a.fines());
        if (!a.consequences().isEmpty()) {
            g.writeArrayFieldStart("consequences");
            for (Consequence c : a.consequences()) {
                g.writeStartObject();
                g.writeStringField("code", c.code());
                if (withText) {
                    g.writeStringField("text", RenewalText.consequence(c.code(), locale));
                }
                g.writeStringField("ruleId", c.ruleId());
                g.writeStringField("sourceId", c.sourceId());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        money(g, "total", a.total());
        if (withText) {
            eligibility(g, a.eligibility());
        }
        g.writeStringField("eligible", a.eligible().name());
        g.writeBooleanField("biometricsRequired", a.biometricsRequired());
        if (withText) {
            // The batch leaves out the per-pack document checklist (the same on every row).
            documents(g, a.documents());
        }
        notes(g, a.notes());
    }

    void fields(JsonGenerator g, LostCardAssessment a) throws IOException {
        g.writeStringField("country", a.country().alpha2());
        g.writeStringField("packVersion", a.packVersion());
        g.writeStringField("process", a.process().name());
        date(g, "lostOn", a.lostOn());
        date(g, "assessedOn", a.assessedOn());
        date(g, "reportBy", a.reportBy());
        g.writeBooleanField("reportOverdue", a.reportOverdue());
        lines(g, "fees", a.fees());
        money(g, "total", a.total());
        eligibility(g, a.eligibility());
        documents(g, a.documents());
        notes(g, a.notes());
    }

    private void lines(JsonGenerator g, String name, List<ChargeLine> lines) throws IOException {
        g.writeArrayFieldStart(name);
        for (ChargeLine l : lines) {
            g.writeStartObject();
            g.writeStringField("item", l.item());
            if (withText) {
                g.writeStringField("text", RenewalText.item(l.item(), locale));
            }
            g.writeStringField("amount", l.amount().toPlainString());
            g.writeStringField("currency", l.currency());
            if (l.units() != 1) {
                g.writeNumberField("units", l.units());
            }
            g.writeStringField("ruleId", l.ruleId());
            g.writeStringField("sourceId", l.sourceId());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void money(JsonGenerator g, String name, Money m) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("amount", m.plain());
        g.writeStringField("currency", m.currency());
        g.writeEndObject();
    }

    private void eligibility(JsonGenerator g, List<ConditionCheck> checks) throws IOException {
        g.writeArrayFieldStart("eligibility");
        for (ConditionCheck c : checks) {
            g.writeStartObject();
            g.writeStringField("condition", c.condition().name());
            g.writeStringField("result", c.result().name());
            if (withText) {
                g.writeStringField("text", RenewalText.condition(c.condition(), locale));
            }
            g.writeStringField("ruleId", c.ruleId());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void documents(JsonGenerator g, List<RequiredDocument> docs) throws IOException {
        g.writeArrayFieldStart("documents");
        for (RequiredDocument d : docs) {
            g.writeStartObject();
            g.writeStringField("document", d.document());
            if (withText) {
                g.writeStringField("text", RenewalText.document(d.document(), locale));
            }
            g.writeStringField("ruleId", d.ruleId());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void notes(JsonGenerator g, List<RenewalNote> notes) throws IOException {
        g.writeArrayFieldStart("notes");
        for (RenewalNote n : notes) {
            if (withText) {
                g.writeStartObject();
                g.writeStringField("code", n.code());
                g.writeStringField("text", n.message(locale));
                g.writeEndObject();
            } else {
                g.writeString(n.code());
            }
        }
        g.writeEndArray();
    }

    private static void date(JsonGenerator g, String name, LocalDate d) throws IOException {
        if (d != null) {
            g.writeStringField(name, d.toString());
        }
    }

    private static void hijri(JsonGenerator g, String name, LocalDate d) throws IOException {
        if (d != null) {
            try {
                g.writeStringField(name, HijriDates.formatGregorianAsHijri(d));
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                // Outside the JDK's Umm al-Qura table (1300-1600 AH): the ISO date stays authoritative.
            }
        }
    }
}
