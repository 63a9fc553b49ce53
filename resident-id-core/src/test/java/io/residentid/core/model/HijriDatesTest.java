package io.residentid.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HijriDatesTest {

    @Test
    void convertsKnownUmmAlQuraDatesBothWays() {
        // 1 Muharram 1447 fell on 26 June 2025 in the Umm al-Qura calendar.
        assertEquals(LocalDate.of(2025, 6, 26), HijriDates.parseToGregorian("1447/01/01"));
        assertEquals("1447/01/01", HijriDates.formatGregorianAsHijri(LocalDate.of(2025, 6, 26)));
        assertEquals(LocalDate.of(2025, 11, 21), HijriDates.parseToGregorian("1447/05/30"));
    }

    @Test
    void readsArabicIndicDigitsDashesAndTheHijriMarker() {
        LocalDate expected = LocalDate.of(2025, 11, 21);
        assertEquals(expected, HijriDates.parseToGregorian("١٤٤٧/٠٥/٣٠"));
        assertEquals(expected, HijriDates.parseToGregorian("1447-05-30"));
        assertEquals(expected, HijriDates.parseToGregorian(" 1447/5/30 هـ"));
    }

    @Test
    void rejectsDayThatTheHijriMonthDoesNotHave() {
        // Jumada al-Ula 1447 has 30 days; Jumada al-Akhirah 1447 has 29.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HijriDates.parse("1447/06/30"));
        assertTrue(e.getMessage().contains("has 29 days"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1200/01/01", "1700/01/01", "9999/12/30"})
    void outOfRangeYearsGiveAClearError(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HijriDates.parse(text));
        assertTrue(e.getMessage().contains("outside the Umm al-Qura calendar"), e.getMessage());
    }

    @Test
    void gregorianDatesOutsideTheTableGiveAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HijriDates.toHijri(LocalDate.of(1800, 1, 1)));
        assertTrue(e.getMessage().contains("outside the Umm al-Qura calendar"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "1447/05", "1447/13/01", "1447/00/10", "1447/05/00", "14470/05/01",
        "1447//01", "1447/05/30/1", "abcd/ef/gh", "1447/05/3x", "1447/005/01", "\u00001447/05/01"})
    void malformedTextIsRejectedWithIllegalArgument(String text) {
        assertThrows(IllegalArgumentException.class, () -> HijriDates.parse(text));
    }

    @Test
    void hugeInputIsRejectedBeforeParsing() {
        assertThrows(IllegalArgumentException.class, () -> HijriDates.parse("1".repeat(10_000)));
    }

    @Property(tries = 500)
    void gregorianToHijriAndBackIsTheIdentity(@ForAll("supportedDates") LocalDate date) {
        HijrahDate hijri = HijriDates.toHijri(date);
        assertEquals(date, HijriDates.toGregorian(hijri));
        assertEquals(date, HijriDates.parseToGregorian(HijriDates.format(hijri)));
    }

    @Property(tries = 1000)
    void arbitraryTextNeverThrowsAnythingButIllegalArgument(@ForAll String text) {
        try {
            HijriDates.parse(text);
        } catch (IllegalArgumentException expected) {
            // the documented failure
        }
    }

    @Provide
    Arbitrary<LocalDate> supportedDates() {
        return Arbitraries.longs()
                .between(HijriDates.firstSupported().toEpochDay(), HijriDates.lastSupported().toEpochDay())
                .map(LocalDate::ofEpochDay);
    }
}
