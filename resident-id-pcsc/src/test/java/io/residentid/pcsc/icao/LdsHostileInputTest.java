package io.residentid.pcsc.icao;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every LDS parser rejects hostile input with {@link LdsFormatException}, never another exception type. */
class LdsHostileInputTest {

    private static final List<Function<byte[], Object>> PARSERS = List.of(EfCom::parse, Dg1::parse, Dg2::parse,
            Dg11::parse, Dg12::parse, Dg13::parse, Dg14::parse, Dg15::parse, EfSod::parse, SecurityInfos::parse);

    private static void parseAll(byte[] input) {
        for (Function<byte[], Object> parser : PARSERS) {
            try {
                parser.apply(input);
            } catch (LdsFormatException expected) {
                // the documented failure
            }
        }
    }

    @Property(tries = 400)
    void randomBytesGiveOnlyFormatErrors(@ForAll("hostile") byte[] input) {
        parseAll(input);
    }

    @Property(tries = 300)
    void truncatedAndCorruptedSamplesGiveOnlyFormatErrors(@ForAll("mutatedSamples") byte[] input) {
        parseAll(input);
    }

    @Test
    void hugeDeclaredLengthIsRejectedBeforeAllocation() {
        byte[] dg2 = {0x75, (byte) 0x84, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F, 0x61};
        LdsFormatException e = assertThrows(LdsFormatException.class, () -> Dg2.parse(dg2));
        assertEquals(true, e.getMessage().contains("exceeds"));
    }

    @Test
    void oversizedFilesAreRejected() {
        assertThrows(LdsFormatException.class, () -> Dg1.parse(new byte[Dg1.MAX_LENGTH + 1]));
        assertThrows(LdsFormatException.class, () -> Dg2.parse(new byte[Dg2.MAX_LENGTH + 1]));
        assertThrows(LdsFormatException.class, () -> EfSod.parse(new byte[EfSod.MAX_LENGTH + 1]));
    }

    @Test
    void deepNestingIsRejectedQuickly() {
        byte[] nested = new byte[0];
        for (int i = 0; i < 200; i++) {
            byte[] outer = new byte[nested.length + 4];
            outer[0] = 0x30;
            outer[1] = (byte) 0x82;
            outer[2] = (byte) (nested.length >>> 8);
            outer[3] = (byte) nested.length;
            System.arraycopy(nested, 0, outer, 4, nested.length);
            nested = outer;
        }
        byte[] set = new byte[nested.length + 4];
        set[0] = 0x31;
        set[1] = (byte) 0x82;
        set[2] = (byte) (nested.length >>> 8);
        set[3] = (byte) nested.length;
        System.arraycopy(nested, 0, set, 4, nested.length);
        assertThrows(LdsFormatException.class, () -> SecurityInfos.parse(set));
    }

    @Test
    void wrongOuterTagIsNamed() {
        LdsFormatException e = assertThrows(LdsFormatException.class, () -> Dg1.parse(new byte[] {0x62, 0x00}));
        assertEquals(true, e.getMessage().contains("DG1"));
    }

    @Test
    void indefiniteLengthIsRejected() {
        assertThrows(LdsFormatException.class, () -> Dg11.parse(new byte[] {0x6B, (byte) 0x80, 0, 0}));
    }

    @Test
    void trailingBytesAreRejected() throws IOException {
        byte[] dg1 = LdsSampleTest.resource("bsi2008/Datagroup1.bin");
        byte[] longer = Arrays.copyOf(dg1, dg1.length + 1);
        assertThrows(LdsFormatException.class, () -> Dg1.parse(longer));
    }

    @Provide
    Arbitrary<byte[]> hostile() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(200);
        Arbitrary<byte[]> tagged = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(200)
                .map(b -> {
                    int[] tags = {0x60, 0x61, 0x75, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F, 0x77, 0x31};
                    b[0] = (byte) tags[Math.floorMod(b[0], tags.length)];
                    return b;
                });
        return Arbitraries.oneOf(random, tagged);
    }

    @Provide
    Arbitrary<byte[]> mutatedSamples() {
        List<byte[]> samples;
        try {
            samples = List.of(LdsSampleTest.resource("bsi2008/EF_COM.bin"),
                    LdsSampleTest.resource("bsi2008/Datagroup1.bin"),
                    LdsSampleTest.resource("bsi2008/Datagroup14.bin"),
                    LdsSampleTest.resource("bsi2008/Datagroup15.bin"),
                    LdsSampleTest.resource("bsi2008/EF_SOD.bin"),
                    Arrays.copyOf(LdsSampleTest.resource("bsi2008/Datagroup2.bin"), 400));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Arbitraries.of(samples).flatMap(sample -> Arbitraries.integers().between(0, sample.length - 1)
                .flatMap(position -> Arbitraries.integers().between(0, 2).flatMap(kind ->
                        Arbitraries.bytes().map(value -> {
                            if (kind == 0) {
                                return Arrays.copyOf(sample, position);
                            }
                            byte[] copy = sample.clone();
                            copy[position] = kind == 1 ? value : (byte) (copy[position] ^ 0x80);
                            return copy;
                        }))));
    }
}
