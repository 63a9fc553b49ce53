package io.residentid.core.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ValueRange;

/**
 * Conversion between Gregorian dates and Umm al-Qura Hijri dates ({@link HijrahChronology#INSTANCE}, the calendar of
 * Saudi documents), and the {@code yyyy/MM/dd} form in which Saudi documents print them ({@code 1447/05/30}).
 *
 * <p>The Umm al-Qura table covers a finite range (about 1300–1600 AH); dates outside it give an
 * {@link IllegalArgumentException} that says so, never a raw {@link DateTimeException}.
 */
public final class HijriDates {

    private static final HijrahChronology UMM_AL_QURA = HijrahChronology.INSTANCE;
    private static final int MAX_INPUT = 32;

    private HijriDates() {
    }

    private static final LocalDate FIRST = LocalDate.from(
            UMM_AL_QURA.date((int) UMM_AL_QURA.range(ChronoField.YEAR).getMinimum(), 1, 1));
    private static final LocalDate LAST = lastDay();

    private static LocalDate lastDay() {
        HijrahDate firstOfLastMonth = UMM_AL_QURA.date((int) UMM_AL_QURA.range(ChronoField.YEAR).getMaximum(), 12, 1);
        return LocalDate.from(firstOfLastMonth.plus(firstOfLastMonth.lengthOfMonth() - 1L,
                java.time.temporal.ChronoUnit.DAYS));
    }

    /** {@return the first Gregorian date the Umm al-Qura table covers} */
    public static LocalDate firstSupported() {
        return FIRST;
    }

    /** {@return the last Gregorian date the Umm al-Qura table covers} */
    public static LocalDate lastSupported() {
        return LAST;
    }

    /**
     * The Hijri date of a Gregorian date.
     *
     * @throws IllegalArgumentException when the date is outside the Umm al-Qura table
     * @param gregorian the Gregorian date
     * @return the Umm al-Qura date
     */
    public static HijrahDate toHijri(LocalDate gregorian) {
        if (gregorian == null) {
            throw new IllegalArgumentException("date is missing");
        }
        if (gregorian.isBefore(FIRST) || gregorian.isAfter(LAST)) {
            throw new IllegalArgumentException("Gregorian date " + gregorian + " is outside the Umm al-Qura calendar ("
                    + firstSupported() + " to " + lastSupported() + ")");
        }
        return UMM_AL_QURA.date(gregorian);
    }

    /**
     * {@return the Gregorian date of a Hijri date}
     *
     * @param hijri the Hijri date
     */
    public static LocalDate toGregorian(HijrahDate hijri) {
        if (hijri == null) {
            throw new IllegalArgumentException("date is missing");
        }
        return LocalDate.from(hijri);
    }

    /**
     * Builds a Hijri date from year, month and day.
     *
     * @throws IllegalArgumentException naming the field that is out of range
     * @param year the Hijri year
     * @param month the month, 1-12
     * @param day the day of the month
     * @return the Umm al-Qura date
     */
    public static HijrahDate of(int year, int month, int day) {
        ValueRange years = UMM_AL_QURA.range(ChronoField.YEAR);
        if (!years.isValidIntValue(year)) {
            throw new IllegalArgumentException("Hijri year " + year + " is outside the Umm al-Qura calendar ("
                    + years.getMinimum() + " to " + years.getMaximum() + ")");
        }
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("Hijri month " + month + " is not between 1 and 12");
        }
        try {
            HijrahDate first = UMM_AL_QURA.date(year, month, 1);
            int length = first.lengthOfMonth();
            if (day < 1 || day > length) {
                throw new IllegalArgumentException("Hijri month " + year + "/" + two(month) + " has " + length
                        + " days, not " + day);
            }
            return UMM_AL_QURA.date(year, month, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Hijri date " + year + "/" + two(month) + "/" + two(day)
                    + " is outside the Umm al-Qura calendar", e);
        }
    }

    /** {@return the input is not echoed: it may be a date of birth or any other pasted personal data} */
    private static IllegalArgumentException notHijriForm() {
        return new IllegalArgumentException("Hijri date is not in the form yyyy/MM/dd");
    }

    /**
     * Parses a Hijri date as written on Saudi documents: {@code yyyy/MM/dd}, also with {@code -} separators,
     * Arabic-Indic digits ({@code ١٤٤٧/٠٥/٣٠}) and a trailing {@code هـ} marker.
     *
     * @throws IllegalArgumentException when the text is not such a date or the date does not exist
     * @param text the date as written
     * @return the Umm al-Qura date
     */
    public static HijrahDate parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Hijri date is missing");
        }
        if (text.length() > MAX_INPUT) {
            throw new IllegalArgumentException("Hijri date is longer than " + MAX_INPUT + " characters");
        }
        String s = text.strip();
        if (s.endsWith("هـ")) {
            s = s.substring(0, s.length() - 2).strip();
        }
        int[] parts = new int[3];
        int[] digits = new int[3];
        int part = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                if (digits[part] == (part == 0 ? 4 : 2)) {
                    throw notHijriForm();
                }
                parts[part] = parts[part] * 10 + d;
                digits[part]++;
            } else if ((c == '/' || c == '-') && part < 2 && digits[part] > 0) {
                part++;
            } else {
                throw notHijriForm();
            }
        }
        if (part != 2 || digits[0] != 4 || digits[1] == 0 || digits[2] == 0) {
            throw notHijriForm();
        }
        return of(parts[0], parts[1], parts[2]);
    }

    /**
     * Parses a Hijri date (see {@link #parse}) and converts it to Gregorian.
     *
     * @param text the date as written
     * @return the Gregorian date
     */
    public static LocalDate parseToGregorian(String text) {
        return toGregorian(parse(text));
    }

    /**
     * Formats a Hijri date as Saudi documents print it: {@code 1447/05/30}.
     *
     * @param date the Hijri date
     * @return the date as printed
     */
    public static String format(HijrahDate date) {
        if (date == null) {
            throw new IllegalArgumentException("date is missing");
        }
        return date.get(ChronoField.YEAR) + "/" + two(date.get(ChronoField.MONTH_OF_YEAR)) + "/"
                + two(date.get(ChronoField.DAY_OF_MONTH));
    }

    /**
     * Formats the Hijri date of a Gregorian date: {@code 2025-11-21} gives {@code 1447/05/30}.
     *
     * @param gregorian the Gregorian date
     * @return the Hijri date as printed
     */
    public static String formatGregorianAsHijri(LocalDate gregorian) {
        return format(toHijri(gregorian));
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return c - '\u0660';
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return c - '\u06F0';
        }
        return -1;
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
