package io.residentid.core.renewal;

import io.residentid.core.report.FindingCode;
import io.residentid.core.report.Severity;
import java.util.Locale;

/**
 * The stable codes of {@link RenewalNote}s. The {@link #name()} is the code that appears in JSON and is the message
 * key in the renewal bundle ({@code io/residentid/core/renewal/messages*.properties}); codes never change. Notes
 * explain an assessment and never decide it, so every code has {@link Severity#WARNING}.
 */
public enum RenewalNoteCode implements FindingCode {
    /** Note: a rule rests only on unofficial sources; check it with the issuing authority before relying on it. */
    LOW_CONFIDENCE,
    /** Note: "No rule pack was in force on …; the earliest version (…, from …) was used." */
    PACK_NOT_IN_FORCE,
    /** Note: "The card expires in …, on …." */
    EXPIRES_IN_DAYS,
    /** Note: "The card expired … ago, on …." */
    EXPIRED_DAYS_AGO,
    /** Note: "Renew by … (recommended lead time)." */
    RENEW_BY,
    /** Note: "The renewal window opens on …." */
    WINDOW_OPENS,
    /** Note: "The grace period ends on …; fines start on …." */
    GRACE_ENDS,
    /** Note: "The legal deadline (…) has passed." */
    DEADLINE_PASSED,
    /** Note: "Late fines have accrued since …." */
    FINES_ACCRUING,
    /** Note: "Fine … reached its cap of …." */
    FINE_CAPPED,
    /** Note: "The number of earlier offences is unknown: assessed as a first offence." */
    OFFENCE_COUNT_ASSUMED,
    /** Note: "Assessed as offence number …." */
    OFFENCE_NUMBER,
    /** Note: "Consequence: …." */
    CONSEQUENCE,
    /** Note: "The fee depends on the sponsorship category (…), which is not known: no fee computed." */
    FEE_CATEGORY_UNKNOWN,
    /** Note: "The pack has no fee for sponsorship category … (offered: …)." */
    FEE_CATEGORY_NOT_OFFERED,
    /** Note: "The pack does not record the renewal fee." */
    RENEWAL_FEE_UNKNOWN,
    /** Note: "The pack lists no validity options." */
    NO_VALIDITY_OPTIONS,
    /** Note: "A …% discount applies to this validity." */
    DISCOUNT_APPLIED,
    /** Note: "A card is required from age …; the holder is …." */
    CARD_NOT_REQUIRED_YET,
    /** Note: "The ID is compulsory from age …; the holder is …." */
    ID_NOT_COMPULSORY_YET,
    /** Note: "The card must be obtained within … of turning … (fine …)." */
    CARD_REQUIRED_WITHIN,
    /** Note: "A biometrics appointment is required before submission." */
    BIOMETRICS_REQUIRED,
    /** Note: "The pack records no late fine for this country." */
    NO_FINE_RULE,
    /** Note: "Report the loss by …." */
    REPORT_BY,
    /** Note: "The reporting deadline (…) has passed." */
    REPORT_OVERDUE,
    /** Note: "The pack records no reporting deadline for a lost card." */
    NO_REPORTING_RULE,
    /** Note: "The pack records no replacement fee." */
    REPLACEMENT_FEE_UNKNOWN;

    /** {@return always {@link Severity#WARNING}: a note informs, it never makes an assessment fail} */
    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    /**
     * {@return the note text; numbers and dates as plain text, the same digits in every language, no grouping}
     *
     * @param locale the language wanted
     * @param arguments the message arguments, already masked
     */
    @Override
    public String message(Locale locale, Object... arguments) {
        Object[] args = arguments.clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Number || args[i] instanceof java.time.temporal.TemporalAccessor) {
                args[i] = args[i].toString();
            }
        }
        return messages().get(locale, code(), args);
    }
}
