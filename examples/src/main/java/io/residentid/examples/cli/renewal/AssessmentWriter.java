package io.residentid.examples.cli.renewal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
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

    private static final SerializedString F_AMOUNT = new SerializedString("amount");
    private static final SerializedString F_ASSESSED_ON = new SerializedString("assessedOn");
    private static final SerializedString F_BIOMETRICS_REQUIRED = new SerializedString("biometricsRequired");
    private static final SerializedString F_CODE = new SerializedString("code");
    private static final SerializedString F_CONDITION = new SerializedString("condition");
    private static final SerializedString F_CONSEQUENCES = new SerializedString("consequences");
    private static final SerializedString F_COUNTRY = new SerializedString("country");
    private static final SerializedString F_CURRENCY = new SerializedString("currency");
    private static final SerializedString F_DOCUMENT = new SerializedString("document");
    private static final SerializedString F_DOCUMENTS = new SerializedString("documents");
    private static final SerializedString F_ELIGIBILITY = new SerializedString("eligibility");
    private static final SerializedString F_ELIGIBLE = new SerializedString("eligible");
    private static final SerializedString F_EXPIRY = new SerializedString("expiry");
    private static final SerializedString F_FEES = new SerializedString("fees");
    private static final SerializedString F_FINES = new SerializedString("fines");
    private static final SerializedString F_FINES_START = new SerializedString("finesStart");
    private static final SerializedString F_GRACE_ENDS = new SerializedString("graceEnds");
    private static final SerializedString F_ITEM = new SerializedString("item");
    private static final SerializedString F_KEY_DATES = new SerializedString("keyDates");
    private static final SerializedString F_KEY_DATES_HIJRI = new SerializedString("keyDatesHijri");
    private static final SerializedString F_LEGAL_DEADLINE = new SerializedString("legalDeadline");
    private static final SerializedString F_LOST_ON = new SerializedString("lostOn");
    private static final SerializedString F_NOTES = new SerializedString("notes");
    private static final SerializedString F_PACK_VERSION = new SerializedString("packVersion");
    private static final SerializedString F_PROCESS = new SerializedString("process");
    private static final SerializedString F_RECOMMENDED_RENEW_BY = new SerializedString("recommendedRenewBy");
    private static final SerializedString F_REPORT_BY = new SerializedString("reportBy");
    private static final SerializedString F_REPORT_OVERDUE = new SerializedString("reportOverdue");
    private static final SerializedString F_RESULT = new SerializedString("result");
    private static final SerializedString F_RULE_ID = new SerializedString("ruleId");
    private static final SerializedString F_SOURCE_ID = new SerializedString("sourceId");
    private static final SerializedString F_STATUS = new SerializedString("status");
    private static final SerializedString F_STATUS_TEXT = new SerializedString("statusText");
    private static final SerializedString F_TEXT = new SerializedString("text");
    private static final SerializedString F_LEVEL = new SerializedString("level");
    private static final SerializedString F_TOTAL = new SerializedString("total");
    private static final SerializedString F_UNITS = new SerializedString("units");
    private static final SerializedString F_VALIDITY = new SerializedString("validity");
    private static final SerializedString F_WINDOW_OPENS = new SerializedString("windowOpens");

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
        str(g, F_COUNTRY, a.country().alpha2());
        str(g, F_PACK_VERSION, a.packVersion());
        if (withText) {
            str(g, F_ASSESSED_ON, a.assessedOn().toString());
        }
        str(g, F_STATUS, a.status().name());
        if (withText) {
            str(g, F_STATUS_TEXT, RenewalText.status(a.status(), locale));
        }
        KeyDates d = a.keyDates();
        g.writeFieldName(F_KEY_DATES);
        g.writeStartObject();
        date(g, F_EXPIRY, d.expiry());
        date(g, F_WINDOW_OPENS, d.windowOpens());
        date(g, F_RECOMMENDED_RENEW_BY, d.recommendedRenewBy());
        date(g, F_LEGAL_DEADLINE, d.legalDeadline());
        date(g, F_FINES_START, d.finesStart());
        date(g, F_GRACE_ENDS, d.graceEnds());
        g.writeEndObject();
        if (a.calendar() == CalendarSystem.HIJRI_UMM_AL_QURA) {
            g.writeFieldName(F_KEY_DATES_HIJRI);
            g.writeStartObject();
            hijri(g, F_EXPIRY, d.expiry());
            hijri(g, F_WINDOW_OPENS, d.windowOpens());
            hijri(g, F_RECOMMENDED_RENEW_BY, d.recommendedRenewBy());
            hijri(g, F_LEGAL_DEADLINE, d.legalDeadline());
            hijri(g, F_FINES_START, d.finesStart());
            hijri(g, F_GRACE_ENDS, d.graceEnds());
            g.writeEndObject();
        }
        if (a.validity() != null) {
            str(g, F_VALIDITY, a.validity().toString());
        }
        lines(g, F_FEES, a.fees());
        lines(g, F_FINES, a.fines());
        if (!a.consequences().isEmpty()) {
            g.writeFieldName(F_CONSEQUENCES);
            g.writeStartArray();
            for (Consequence c : a.consequences()) {
                g.writeStartObject();
                str(g, F_CODE, c.code());
                if (withText) {
                    str(g, F_TEXT, RenewalText.consequence(c.code(), locale));
                }
                str(g, F_RULE_ID, c.ruleId());
                str(g, F_SOURCE_ID, c.sourceId());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        money(g, F_TOTAL, a.total(), a.totalComplete());
        if (withText) {
            eligibility(g, a.eligibility());
        }
        str(g, F_ELIGIBLE, a.eligible().name());
        g.writeFieldName(F_BIOMETRICS_REQUIRED);
        g.writeBoolean(a.biometricsRequired());
        if (withText) {
            // The batch leaves out the per-pack document checklist (the same on every row).
            documents(g, a.documents());
        }
        notes(g, a.notes());
    }

    void fields(JsonGenerator g, LostCardAssessment a) throws IOException {
        str(g, F_COUNTRY, a.country().alpha2());
        str(g, F_PACK_VERSION, a.packVersion());
        str(g, F_PROCESS, a.process().name());
        date(g, F_LOST_ON, a.lostOn());
        date(g, F_ASSESSED_ON, a.assessedOn());
        date(g, F_REPORT_BY, a.reportBy());
        g.writeFieldName(F_REPORT_OVERDUE);
        g.writeBoolean(a.reportOverdue());
        lines(g, F_FEES, a.fees());
        money(g, F_TOTAL, a.total());
        eligibility(g, a.eligibility());
        documents(g, a.documents());
        notes(g, a.notes());
    }

    private void lines(JsonGenerator g, SerializedString name, List<ChargeLine> lines) throws IOException {
        g.writeFieldName(name);
        g.writeStartArray();
        for (ChargeLine l : lines) {
            g.writeStartObject();
            str(g, F_ITEM, l.item());
            if (withText) {
                str(g, F_TEXT, RenewalText.item(l.item(), locale));
            }
            str(g, F_AMOUNT, l.amount().toPlainString());
            str(g, F_CURRENCY, l.currency());
            if (l.units() != 1) {
                g.writeFieldName(F_UNITS);
                g.writeNumber(l.units());
            }
            str(g, F_RULE_ID, l.ruleId());
            str(g, F_SOURCE_ID, l.sourceId());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void money(JsonGenerator g, SerializedString name, Money m) throws IOException {
        money(g, name, m, true);
    }

    /** A total that may leave out a fee the data did not allow to price: {@code "complete": false} says so. */
    private static void money(JsonGenerator g, SerializedString name, Money m, boolean complete) throws IOException {
        g.writeFieldName(name);
        g.writeStartObject();
        str(g, F_AMOUNT, m.plain());
        str(g, F_CURRENCY, m.currency());
        if (!complete) {
            g.writeBooleanField("complete", false);
        }
        g.writeEndObject();
    }

    private void eligibility(JsonGenerator g, List<ConditionCheck> checks) throws IOException {
        g.writeFieldName(F_ELIGIBILITY);
        g.writeStartArray();
        for (ConditionCheck c : checks) {
            g.writeStartObject();
            str(g, F_CONDITION, c.condition().name());
            str(g, F_RESULT, c.result().name());
            if (withText) {
                str(g, F_TEXT, RenewalText.condition(c.condition(), locale));
            }
            str(g, F_RULE_ID, c.ruleId());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void documents(JsonGenerator g, List<RequiredDocument> docs) throws IOException {
        g.writeFieldName(F_DOCUMENTS);
        g.writeStartArray();
        for (RequiredDocument d : docs) {
            g.writeStartObject();
            str(g, F_DOCUMENT, d.document());
            if (withText) {
                str(g, F_TEXT, RenewalText.document(d.document(), locale));
            }
            str(g, F_RULE_ID, d.ruleId());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void notes(JsonGenerator g, List<RenewalNote> notes) throws IOException {
        g.writeFieldName(F_NOTES);
        g.writeStartArray();
        for (RenewalNote n : notes) {
            if (withText) {
                g.writeStartObject();
                str(g, F_CODE, n.code().code());
                str(g, F_LEVEL, n.level().name());
                str(g, F_TEXT, n.message(locale));
                g.writeEndObject();
            } else {
                g.writeString(n.code().code());
            }
        }
        g.writeEndArray();
    }

    private static void date(JsonGenerator g, SerializedString name, LocalDate d) throws IOException {
        if (d != null) {
            str(g, name, d.toString());
        }
    }

    private static void hijri(JsonGenerator g, SerializedString name, LocalDate d) throws IOException {
        if (d != null) {
            try {
                str(g, name, HijriDates.formatGregorianAsHijri(d));
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                // Outside the JDK's Umm al-Qura table (1300-1600 AH): the ISO date stays authoritative.
            }
        }
    }

    /** A string field with a pre-encoded name (the batch writes the same names millions of times). */
    private static void str(JsonGenerator g, SerializedString name, String value) throws IOException {
        g.writeFieldName(name);
        g.writeString(value);
    }
}
