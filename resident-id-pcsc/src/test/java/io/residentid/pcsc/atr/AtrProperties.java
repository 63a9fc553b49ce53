package io.residentid.pcsc.atr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class AtrProperties {

    @Property(tries = 1000)
    void randomBytesOnlyEverThrowAtrException(@ForAll @Size(max = 40) byte[] input) {
        check(input);
    }

    @Property(tries = 1000)
    void atrLikeBytesOnlyEverThrowAtrException(@ForAll @Size(max = 34) byte[] tail) {
        // A valid TS and an arbitrary rest reach the interface-byte, historical and TCK logic.
        byte[] input = new byte[tail.length + 1];
        input[0] = 0x3B;
        System.arraycopy(tail, 0, input, 1, tail.length);
        check(input);
    }

    private static void check(byte[] input) {
        try {
            Atr atr = Atr.parse(input);
            assertArrayEquals(input, atr.bytes());
            assertTrue(!atr.protocols().isEmpty());
            atr.historicalBytes().objects();
            atr.historicalBytes().cardCapabilities();
            atr.fi();
            atr.di();
        } catch (AtrException expected) {
            assertTrue(expected.offset().getAsLong() >= 0 && expected.offset().getAsLong() <= Atr.MAX_LENGTH);
        }
        try {
            Atr.parseStrict(input);
        } catch (AtrException expected) {
            // the only allowed failure
        }
    }

    /** One level of a generated ATR: its protocol (levels 2+), then TA, TB, TC or -1 for absent. */
    private record Level(int protocol, int ta, int tb, int tc) {
    }

    @Provide
    Arbitrary<List<Level>> levels() {
        Arbitrary<Integer> optionalByte = Arbitraries.oneOf(Arbitraries.just(-1), Arbitraries.integers().between(0, 255));
        Arbitrary<Level> level = Combinators.combine(Arbitraries.integers().between(0, 15), optionalByte, optionalByte,
                optionalByte).as(Level::new);
        return level.list().ofMinSize(1).ofMaxSize(5);
    }

    @Property(tries = 500)
    void buildThenParseRoundTrips(@ForAll("levels") List<Level> levels, @ForAll @Size(max = 15) byte[] historical,
                                  @ForAll boolean inverse) {
        Atr.Builder builder = Atr.builder().inverseConvention(inverse).historicalBytes(historical);
        for (int i = 0; i < levels.size(); i++) {
            Level level = levels.get(i);
            int index = i + 1;
            if (index >= 2) {
                builder.protocol(index, level.protocol());
            }
            if (level.ta() >= 0) {
                builder.ta(index, level.ta());
            }
            if (level.tb() >= 0) {
                builder.tb(index, level.tb());
            }
            if (level.tc() >= 0) {
                builder.tc(index, level.tc());
            }
        }
        Atr atr;
        try {
            atr = builder.build();
        } catch (IllegalStateException tooLong) {
            return;
        }
        Atr parsed = Atr.parseStrict(atr.bytes());
        assertEquals(atr, parsed);
        assertTrue(parsed.tckValid());
        assertArrayEquals(historical, parsed.historicalBytes().bytes());
        assertEquals(levels.size(), parsed.interfaceBytes().size());
        List<Integer> expectedProtocols = new ArrayList<>();
        boolean tckRequired = false;
        for (int i = 0; i < levels.size(); i++) {
            Level level = levels.get(i);
            InterfaceBytes bytes = parsed.interfaceBytes().get(i);
            assertEquals(opt(level.ta()), bytes.ta());
            assertEquals(opt(level.tb()), bytes.tb());
            assertEquals(opt(level.tc()), bytes.tc());
            if (i >= 1) {
                assertEquals(OptionalInt.of(level.protocol()), bytes.protocol());
                tckRequired |= level.protocol() != 0;
                if (level.protocol() != 15 && !expectedProtocols.contains(level.protocol())) {
                    expectedProtocols.add(level.protocol());
                }
            }
        }
        if (expectedProtocols.isEmpty()) {
            expectedProtocols.add(0);
        }
        assertEquals(expectedProtocols, parsed.protocols());
        assertEquals(tckRequired, parsed.tckPresent());
    }

    private static OptionalInt opt(int value) {
        return value < 0 ? OptionalInt.empty() : OptionalInt.of(value);
    }
}
