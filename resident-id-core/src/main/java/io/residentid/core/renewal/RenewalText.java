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

    /** A note, formatted with its arguments. */
    public static String note(RenewalNote note, Locale locale) {
        return note.code().message(locale, note.arguments().toArray());
    }

    /** Any key of the renewal bundle (used by the CLI and demo for labels). */
    public static String label(String key, Locale locale, Object... args) {
        return MESSAGES.get(locale, key, args);
    }

    private static String text(Locale locale, String key, String fallback) {
        String s = MESSAGES.get(locale, key);
        return s.equals(key) ? fallback : s;
    }
}
