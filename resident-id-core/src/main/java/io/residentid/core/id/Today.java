package io.residentid.core.id;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today's date by a {@link Clock}, cached until the next midnight in the clock's zone so that the hot validation
 * path reads one {@code long} from the clock instead of resolving time zones on every call. Thread-safe.
 */
final class Today {

    private final Clock clock;
    private volatile Day day;

    Today(Clock clock) {
        this.clock = clock;
        this.day = compute(clock.millis());
    }

    /** {@return the current day: a cached snapshot, recomputed when the clock has left it} */
    Day get() {
        long now = clock.millis();
        Day d = day;
        if (now < d.fromMillis || now >= d.untilMillis) {
            d = compute(now);
            day = d;
        }
        return d;
    }

    Clock clock() {
        return clock;
    }

    private Day compute(long millis) {
        ZoneId zone = clock.getZone();
        LocalDate date = LocalDate.ofInstant(Instant.ofEpochMilli(millis), zone);
        long from = date.atStartOfDay(zone).toInstant().toEpochMilli();
        long until = date.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        return new Day(date, from, until);
    }

    /** One calendar day and the instants it spans. */
    static final class Day {
        final LocalDate date;
        final int year;
        final long fromMillis;
        final long untilMillis;

        Day(LocalDate date, long fromMillis, long untilMillis) {
            this.date = date;
            this.year = date.getYear();
            this.fromMillis = fromMillis;
            this.untilMillis = untilMillis;
        }
    }
}
