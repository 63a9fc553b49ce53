package io.residentid.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.model.IssuingCountry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cached "today" follows a clock across midnight in the clock's own zone. */
class TodayTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private final ZoneId zone;
        private volatile Instant now;

        ManualClock(Instant now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new ManualClock(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void birthYearLimitMovesAtNewYearInTheClocksZone() {
        // 31 Dec 2026, 23:59 in Kuwait (UTC+3) = 20:59 UTC.
        ManualClock clock = new ManualClock(Instant.parse("2026-12-31T20:59:00Z"), ZoneId.of("Asia/Kuwait"));
        IdNumberValidator validator = IdNumberValidator.builder(IssuingCountry.UNITED_ARAB_EMIRATES)
                .clock(clock).build();
        String born2027 = IdTestSupport.luhn("78420271234567");
        assertEquals(List.of("IMPLAUSIBLE_BIRTH_YEAR"), validator.validate(born2027).findingCodes());
        clock.now = Instant.parse("2026-12-31T21:00:00Z"); // midnight in Kuwait, still 2026 in UTC
        assertTrue(validator.validate(born2027).isValid());
        clock.now = Instant.parse("2026-06-01T00:00:00Z"); // clocks may also go back
        assertEquals(List.of("IMPLAUSIBLE_BIRTH_YEAR"), validator.validate(born2027).findingCodes());
    }
}
