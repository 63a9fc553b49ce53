package io.residentid.core.model;

/** The calendar in which a document's dates are printed or stored. */
public enum CalendarSystem {
    /** ISO-8601 proleptic Gregorian calendar. */
    GREGORIAN,
    /** Hijri calendar, Umm al-Qura variant ({@link java.time.chrono.HijrahChronology}). */
    HIJRI_UMM_AL_QURA
}
