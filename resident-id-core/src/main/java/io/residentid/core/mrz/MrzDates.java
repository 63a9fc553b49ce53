package io.residentid.core.mrz;

import java.time.LocalDate;

/**
 * {@code YYMMDD} dates with two-digit years: a birth date is the latest matching date not after today; an expiry
 * date lies at most 50 years ahead of today (and at most 50 years back).
 */
final class MrzDates {

    /** How far ahead an expiry date may lie before its two-digit year is read as a past century. */
    static final int EXPIRY_YEARS_AHEAD = 50;

    private MrzDates() {
    }

    /** The date of birth at {@code line[start, start+6)}, or {@code null} when it is not a date. */
    static LocalDate birth(char[] line, int start, LocalDate today) {
        return read(line, start, today, MrzDates::birthYear);
    }

    /** The date of expiry at {@code line[start, start+6)}, or {@code null} when it is not a date. */
    static LocalDate expiry(char[] line, int start, LocalDate today) {
        return read(line, start, today, MrzDates::expiryYear);
    }

    /** Places a two-digit year, given as the same year in today's century, in its century. */
    private interface Century {
        int year(int sameCentury, int mm, int dd, LocalDate today);
    }

    private static LocalDate read(char[] line, int start, LocalDate today, Century century) {
        int yy = twoDigits(line, start);
        int mm = twoDigits(line, start + 2);
        int dd = twoDigits(line, start + 4);
        if (yy < 0 || mm < 1 || mm > 12 || dd < 1 || dd > 31) {
            return null;
        }
        return dateOrNull(century.year(today.getYear() / 100 * 100 + yy, mm, dd, today), mm, dd);
    }

    /** A birth date is the latest matching date not after today. */
    private static int birthYear(int year, int mm, int dd, LocalDate today) {
        return compare(year, mm, dd, today) > 0 ? year - 100 : year;
    }

    /** An expiry date lies less than 50 years from today, either way. */
    private static int expiryYear(int year, int mm, int dd, LocalDate today) {
        // Compared with today shifted by 50 years without allocating dates (29 February needs no special case:
        // the comparison is by year, month, day).
        if (compare(year - EXPIRY_YEARS_AHEAD, mm, dd, today) > 0) {
            return year - 100;
        }
        if (compare(year + EXPIRY_YEARS_AHEAD, mm, dd, today) <= 0) {
            return year + 100;
        }
        return year;
    }

    /** {@code YYMMDD} of a date. */
    static String format(LocalDate date) {
        char[] out = new char[6];
        put(out, 0, date.getYear() % 100);
        put(out, 2, date.getMonthValue());
        put(out, 4, date.getDayOfMonth());
        return new String(out);
    }

    private static void put(char[] out, int at, int value) {
        out[at] = (char) ('0' + value / 10);
        out[at + 1] = (char) ('0' + value % 10);
    }

    private static int twoDigits(char[] line, int at) {
        char a = line[at];
        char b = line[at + 1];
        if (a < '0' || a > '9' || b < '0' || b > '9') {
            return -1;
        }
        return (a - '0') * 10 + (b - '0');
    }

    private static int compare(int year, int month, int day, LocalDate other) {
        int c = Integer.compare(year, other.getYear());
        if (c == 0) {
            c = Integer.compare(month, other.getMonthValue());
        }
        if (c == 0) {
            c = Integer.compare(day, other.getDayOfMonth());
        }
        return c;
    }

    private static LocalDate dateOrNull(int year, int month, int day) {
        if (day > lengthOfMonth(year, month)) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    private static int lengthOfMonth(int year, int month) {
        switch (month) {
            case 2:
                return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }
}
