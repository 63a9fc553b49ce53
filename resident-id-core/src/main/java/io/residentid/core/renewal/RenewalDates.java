package io.residentid.core.renewal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hijri (Umm al-Qura, {@link java.time.chrono.HijrahChronology}) dates in the {@code YYYY/MM/DD} form Saudi
 * documents use, converted to and from ISO dates. The JDK's Umm al-Qura table covers 1300-1600 AH.
 */
public final class RenewalDates {

    private static final Pattern HIJRI = Pattern.compile("(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})");

    private RenewalDates() {
    }

    /**
     * Parses {@code 1447/05/30}.
     *
     * @throws IllegalArgumentException when the text is not a Hijri date in the supported range
     */
    public static LocalDate parseHijri(String text) {
        Matcher m = text == null ? null : HIJRI.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("expected a Hijri date YYYY/MM/DD, got '" + abbreviate(text) + "'");
        }
        try {
            HijrahDate h = HijrahDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return LocalDate.from(h);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a valid Umm al-Qura date: " + text + " (" + e.getMessage() + ")");
        }
    }

    /** Formats an ISO date as {@code YYYY/MM/DD} in the Umm al-Qura calendar. */
    public static String formatHijri(LocalDate date) {
        HijrahDate h = HijrahDate.from(date);
        return String.format("%04d/%02d/%02d", h.get(ChronoField.YEAR), h.get(ChronoField.MONTH_OF_YEAR),
                h.get(ChronoField.DAY_OF_MONTH));
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "null";
        }
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
