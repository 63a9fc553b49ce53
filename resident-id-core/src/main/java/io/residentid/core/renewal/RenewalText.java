package io.residentid.core.renewal;

import io.residentid.core.report.Messages;
import java.util.Locale;

/**
 * Human-readable English and Arabic text for the renewal codes: statuses, condition names, results, documents,
 * fee items, consequences and notes. Unknown codes (e.g. from an integrator's pack) come back as the code itself.
 */
public final class RenewalText {

    private static final Messages MESSAGES = Messages.forPackageOf(RenewalText.class);

    private RenewalText() {
    }

    /**
     * The label of a renewal status.
     *
     * @param status the status
     * @param locale the language wanted
     * @return the label in that language; the code itself when the bundle has no label
     */
    public static String status(RenewalStatus status, Locale locale) {
        return text(locale, "status." + status.name(), status.name());
    }

    /**
     * The label of an eligibility condition.
     *
     * @param condition the condition
     * @param locale the language wanted
     * @return the label in that language; the code itself when the bundle has no label
     */
    public static String condition(EligibilityCondition condition, Locale locale) {
        return text(locale, "condition." + condition.name(), condition.name());
    }

    /**
     * The condition's name, agreeing in Arabic with the holder's sex when it is known.
     *
     * @param condition the condition
     * @param locale the language wanted
     * @param sex the holder's sex, or {@code null} when unknown (the masculine/neutral form)
     * @return the text, or the condition's name when it has none
     */
    public static String condition(EligibilityCondition condition, Locale locale, io.residentid.core.model.Sex sex) {
        String key = "condition." + condition.name();
        String s = sex == null ? MESSAGES.get(locale, key) : MESSAGES.get(locale, key, sex);
        return s.equals(key) ? condition.name() : s;
    }

    /**
     * The label of a condition's result.
     *
     * @param result the result
     * @param locale the language wanted
     * @return the label in that language; the code itself when the bundle has no label
     */
    public static String result(ConditionResult result, Locale locale) {
        return text(locale, "result." + result.name(), result.name());
    }

    /**
     * The label of a required document.
     *
     * @param code the document code, as in {@link RequiredDocument#document()}
     * @param locale the language wanted
     * @return the label in that language; the code itself when the bundle has no label
     */
    public static String document(String code, Locale locale) {
        return text(locale, "document." + code, code);
    }

    /**
     * The label of a charge line's item.
     *
     * @param code the item code, as in {@link ChargeLine#item()}
     * @param locale the language wanted
     * @return the label in that language; the code itself when the bundle has no label
     */
    public static String item(String code, Locale locale) {
        return text(locale, "item." + code, code);
    }

    /**
     * The label of a consequence of a late renewal.
     *
     * @param code the consequence code
     * @param locale the language wanted
     * @return the label in that language; the code itself when the bundle has no label
     */
    public static String consequence(String code, Locale locale) {
        return text(locale, "consequence." + code, code);
    }

    /**
     * The label of a process.
     *
     * @param process the process
     * @param locale the language wanted
     * @return the label in that language; the code itself when the bundle has no label
     */
    public static String process(RenewalProcess process, Locale locale) {
        return text(locale, "process." + process.name(), process.name());
    }

    /**
     * {@return a note, formatted with its arguments}
     *
     * @param note the note to format
     * @param locale the language wanted
     */
    public static String note(RenewalNote note, Locale locale) {
        return note.code().message(locale, note.arguments().toArray());
    }

    /**
     * {@return any key of the renewal bundle (used by the CLI and demo for labels)}
     *
     * @param key the bundle key
     * @param locale the language wanted
     * @param args the values for the label's placeholders
     */
    public static String label(String key, Locale locale, Object... args) {
        return MESSAGES.get(locale, key, args);
    }

    private static String text(Locale locale, String key, String fallback) {
        String s = MESSAGES.get(locale, key);
        return s.equals(key) ? fallback : s;
    }

    /**
     * A JSON fault as one line that starts with the document's name and the path in dotted form, as the renewal
     * parsers have always written it ({@code facts.wrong: The property $.wrong is not defined …}).
     */
    static String located(String document, io.residentid.core.json.JsonFormatException e) {
        String path = e.path().orElse("$");
        return document + (path.startsWith("$") ? path.substring(1) : "") + ": " + e.getMessage();
    }
}
