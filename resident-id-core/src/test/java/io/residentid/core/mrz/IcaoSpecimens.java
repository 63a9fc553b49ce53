package io.residentid.core.mrz;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * ICAO Doc 9303 specimen MRZs (fictitious holders of the fictitious state "Utopia"), as printed in Part 4 (TD3),
 * Part 5 (TD1), Part 6 (TD2) and Part 11 Appendix D.2 (long document number D23145890734).
 */
final class IcaoSpecimens {

    static final String TD1 = "I<UTOD231458907<<<<<<<<<<<<<<<\n"
            + "7408122F1204159UTO<<<<<<<<<<<6\n"
            + "ERIKSSON<<ANNA<MARIA<<<<<<<<<<";

    static final String TD2 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\n"
            + "D231458907UTO7408122F1204159<<<<<<<6";

    static final String TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
            + "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

    /** Part 11 Appendix D.2: a TD1 whose 12-character document number continues in optional data 1. */
    static final String TD1_LONG_NUMBER = "I<UTOD23145890<7349<<<<<<<<<<<\n"
            + "3407127M9507122UTO<<<<<<<<<<<2\n"
            + "STEVENSON<<PETER<JOHN<<<<<<<<<";

    /** The same holder on a TD2: the continuation sits in the 7-character optional data. */
    static final String TD2_LONG_NUMBER = "I<UTOSTEVENSON<<PETER<JOHN<<<<<<<<<<\n"
            + "D23145890<UTO3407127M95071227349<<<8";

    /** A fixed "today" for the tests: 22 November 2026, UTC. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);

    static final MrzParser PARSER = MrzParser.builder().clock(CLOCK).build();

    private IcaoSpecimens() {
    }
}
