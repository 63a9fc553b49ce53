package io.residentid.pcsc.apdu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class CommandApduProperties {

    @Property(tries = 500)
    void encodeThenParseGivesTheSameCommand(@ForAll("commands") CommandApdu command) {
        byte[] encoded = command.encode();
        CommandApdu parsed = CommandApdu.parse(encoded);
        assertEquals(command.apduCase(), parsed.apduCase());
        assertEquals(command.nc(), parsed.nc());
        assertEquals(command.ne(), parsed.ne());
        assertEquals(command.isExtended(), parsed.isExtended());
        assertArrayEquals(encoded, parsed.encode());
    }

    @Property(tries = 1000)
    void randomBytesEitherParseAndRoundTripOrThrowInvalidApdu(@ForAll @Size(max = 300) byte[] bytes) {
        CommandApdu parsed;
        try {
            parsed = CommandApdu.parse(bytes);
        } catch (InvalidApduException expected) {
            return;
        }
        assertArrayEquals(bytes, parsed.encode());
    }

    @Property(tries = 500)
    void mutatedValidCommandsNeverThrowAnythingElse(@ForAll("commands") CommandApdu command,
                                                    @ForAll int position, @ForAll byte value, @ForAll boolean cut) {
        byte[] encoded = command.encode();
        int i = Math.floorMod(position, encoded.length);
        encoded[i] = value;
        if (cut) {
            encoded = java.util.Arrays.copyOf(encoded, i);
        }
        try {
            CommandApdu.parse(encoded);
        } catch (InvalidApduException expected) {
            // documented
        }
    }

    @Property(tries = 300)
    void responsesRoundTrip(@ForAll @Size(max = 600) byte[] data, @ForAll("statusWords") int sw) {
        ResponseApdu r = ResponseApdu.of(data, StatusWord.of(sw));
        assertEquals(r, ResponseApdu.parse(r.encode()));
    }

    @Provide
    Arbitrary<Integer> statusWords() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0x6100, 0x6FFF),
                Arbitraries.integers().between(0x9000, 0x9FFF));
    }

    @Provide
    Arbitrary<CommandApdu> commands() {
        Arbitrary<Integer> cla = Arbitraries.integers().between(0, 0xFE);
        Arbitrary<Integer> ins = Arbitraries.integers().between(0, 0xFF)
                .filter(i -> (i & 0xF0) != 0x60 && (i & 0xF0) != 0x90);
        Arbitrary<Integer> p = Arbitraries.integers().between(0, 0xFF);
        Arbitrary<byte[]> data = Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300),
                Arbitraries.bytes().array(byte[].class).ofMinSize(60000).ofMaxSize(65535).withSizeDistribution(
                        net.jqwik.api.RandomDistribution.uniform()).injectDuplicates(0.0));
        Arbitrary<Integer> ne = Arbitraries.oneOf(Arbitraries.integers().between(0, 300),
                Arbitraries.integers().between(65000, 65536));
        Arbitrary<Boolean> extended = Arbitraries.of(true, false);
        return Combinators.combine(cla, ins, p, p, data, ne, extended).as((c, i, p1, p2, d, n, e) ->
                CommandApdu.builder(i).cla(c).p1(p1).p2(p2).data(d).ne(n).extended(e).build());
    }
}
