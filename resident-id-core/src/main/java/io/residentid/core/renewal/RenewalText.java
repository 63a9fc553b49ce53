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

    public static String status(RenewalStatus status, Locale locale) {
        return text(locale, "status." + status.name(), status.name());
    }

    public static String condition(EligibilityCondition condition, Locale locale) {
        return text(locale, "condition." + condition.name(), condition.name());
    }

    public static String result(ConditionResult result, Locale locale) {
        return text(locale, "result." + result.name(), result.name());
    }

    public static String document(String code, Locale locale) {
        return text(locale, "document." + code, code);
    }

    public static String item(String code, Locale locale) {
        return text(locale, "item." + code, code);
    }

    public static String consequence(String code, Locale locale) {
        return text(locale, "consequence." + code, code);
    }

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
}
