package io.residentid.pcsc.tlv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class TlvProperties {

    // ---- generators ----------------------------------------------------------------------------------------

    private static Arbitrary<Integer> tagBytes(boolean constructed) {
        int kindBit = constructed ? 0x20 : 0x00;
        Arbitrary<Integer> classBits = Arbitraries.of(0x00, 0x40, 0x80, 0xC0);
        Arbitrary<Integer> oneByte = classBits.flatMap(c -> Arbitraries.integers().between(1, 30)
                .map(n -> c | kindBit | n)
                .filter(v -> v != 0xFF && v != 0x00));
        Arbitrary<Integer> twoBytes = classBits.flatMap(c -> Arbitraries.integers().between(0x01, 0x7F)
                .map(n -> ((c | kindBit | 0x1F) << 8) | n))
                .filter(v -> (v >>> 8) != 0xFF);
        Arbitrary<Integer> threeBytes = classBits.flatMap(c -> Arbitraries.integers().between(0x81, 0xFF)
                .flatMap(second -> Arbitraries.integers().between(0, 0x7F)
                        .map(third -> ((c | kindBit | 0x1F) << 16) | (second << 8) | third)))
                .filter(v -> (v >>> 16) != 0xFF);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, oneByte), net.jqwik.api.Tuple.of(3, twoBytes),
                net.jqwik.api.Tuple.of(1, threeBytes));
    }

    private static Arbitrary<Tlv> primitives() {
        Arbitrary<byte[]> values = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.bytes().array(byte[].class).ofMaxSize(20)),
                // Long values exercise the 81/82/83 length forms; their content is filled cheaply from a seed.
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(120, 300).map(TlvProperties::filled)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(65_530, 65_600).map(TlvProperties::filled)));
        return Combinators.combine(tagBytes(false), values).as(Tlv::primitive);
    }

    private static byte[] filled(int length) {
        byte[] bytes = new byte[length];
        new java.util.Random(length).nextBytes(bytes);
        return bytes;
    }

    private static Arbitrary<Tlv> trees(int depth) {
        if (depth == 0) {
            return primitives();
        }
        Arbitrary<Tlv> constructed = Combinators
                .combine(tagBytes(true), Arbitraries.lazy(() -> trees(depth - 1)).list().ofMaxSize(4))
                .as((tag, children) -> Tlv.constructed(TlvTag.of(tag), children));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, primitives()), net.jqwik.api.Tuple.of(2, constructed));
    }

    @Provide
    Arbitrary<Tlv> tlvTrees() {
        return trees(4);
    }

    @Provide
    Arbitrary<List<Tlv>> tlvSequences() {
        return trees(2).list().ofMaxSize(4);
    }

    // ---- properties ----------------------------------------------------------------------------------------

    @Property(tries = 300)
    void encodeThenParseGivesTheSameTree(@ForAll("tlvTrees") Tlv tlv) {
        byte[] encoded = tlv.encoded();
        assertEquals(tlv.encodedLength(), encoded.length);
        Tlv parsed = TlvParser.builder().strictLengths(true).build().parse(encoded);
        assertEquals(tlv, parsed);
        assertEquals(tlv.hashCode(), parsed.hashCode());
        assertArrayEquals(encoded, parsed.encoded());
    }

    /** The one codec's other entry points agree with the tree: stream writer, slices, declared prefix length. */
    @Property(tries = 300)
    void writerSlicesAndPrefixLengthAgreeWithTheTree(@ForAll("tlvTrees") Tlv tlv) {
        byte[] encoded = tlv.encoded();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Tlv.write(out, tlv.tag().value(), tlv.isConstructed() ? encodeAll(tlv.children()) : tlv.value());
        assertArrayEquals(encoded, out.toByteArray());
        assertArrayEquals(encoded, Tlv.encode(tlv.tag().value(), tlv.isConstructed() ? encodeAll(tlv.children())
                : tlv.value()));

        TlvSlice slice = TlvSlice.single(encoded);
        assertEquals(tlv.tag().value(), slice.tag());
        assertEquals(0, slice.headerOffset());
        assertEquals(encoded.length, slice.end());
        assertArrayEquals(encoded, slice.encoded());
        if (tlv.isConstructed()) {
            assertEquals(tlv.children().size(), slice.children().size());
        } else {
            assertArrayEquals(tlv.value(), slice.value());
        }
        int header = slice.valueOffset();
        for (int cut = header; cut <= Math.min(encoded.length, header + 3); cut++) {
            assertEquals(encoded.length, TlvReader.declaredTotalLength(Arrays.copyOf(encoded, cut)));
        }
        for (int cut = 0; cut < header; cut++) {
            assertEquals(-1, TlvReader.declaredTotalLength(Arrays.copyOf(encoded, cut)));
        }
    }

    @Property(tries = 200)
    void readerVisitsWhatTheTreeHolds(@ForAll("tlvSequences") List<Tlv> sequence) {
        byte[] encoded = encodeAll(sequence);
        assertEquals(sequence, Tlv.parseAll(encoded));
        assertEquals(count(sequence), walk(TlvReader.of(encoded)));
    }

    private static int count(List<Tlv> objects) {
        int n = 0;
        for (Tlv object : objects) {
            n += 1 + count(object.children());
        }
        return n;
    }

    private static int walk(TlvReader reader) {
        int n = 0;
        while (reader.next()) {
            n++;
            if (reader.isConstructed()) {
                n += walk(reader.children());
            }
        }
        return n;
    }

    private static byte[] encodeAll(List<Tlv> sequence) {
        int total = 0;
        for (Tlv tlv : sequence) {
            total += tlv.encodedLength();
        }
        byte[] out = new byte[total];
        int pos = 0;
        for (Tlv tlv : sequence) {
            byte[] one = tlv.encoded();
            System.arraycopy(one, 0, out, pos, one.length);
            pos += one.length;
        }
        return out;
    }

    @Property(tries = 1000)
    void randomBytesOnlyEverThrowTlvException(@ForAll @Size(max = 64) byte[] input) {
        parseQuietly(input);
    }

    @Property(tries = 1000)
    void randomTlvLikeBytesOnlyEverThrowTlvException(@ForAll("tlvLike") byte[] input) {
        parseQuietly(input);
    }

    @Provide
    Arbitrary<byte[]> tlvLike() {
        // Bytes biased towards tag and length markers, so parsers get deep into headers before failing. Drawn from a
        // seed rather than element by element: generation stays cheap (the seed is what jqwik reports and shrinks).
        byte[] interesting = {0x30, 0x61, 0x5F, 0x1F, 0x7F, (byte) 0x80, (byte) 0x81, (byte) 0x82, (byte) 0x84,
            (byte) 0xFF, 0x00, 0x01, 0x02};
        return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(0, 80)).as((seed, length) -> {
            java.util.Random random = new java.util.Random(seed);
            byte[] bytes = new byte[length];
            for (int i = 0; i < length; i++) {
                bytes[i] = random.nextInt(4) < 3 ? interesting[random.nextInt(interesting.length)] : (byte) random.nextInt();
            }
            return bytes;
        });
    }

    private static void parseQuietly(byte[] input) {
        TlvParser[] parsers = {TlvParser.defaults(), TlvParser.builder().strictLengths(true).skipPadding(true).maxDepth(3).build()};
        for (TlvParser parser : parsers) {
            try {
                List<Tlv> all = parser.parseAll(input);
                assertEquals(all, parser.parseAll(encodeAll(all)));
            } catch (TlvException expected) {
                assertTrue(expected.offset().getAsLong() >= 0 && expected.offset().getAsLong() <= input.length, "offset in range");
            }
            try {
                parser.parse(input);
            } catch (TlvException expected) {
                assertTrue(expected.offset().getAsLong() >= 0 && expected.offset().getAsLong() <= input.length, "offset in range");
            }
            try {
                TlvReader reader = parser.reader(input, 0, input.length);
                walk(reader);
            } catch (TlvException expected) {
                // fine
            }
        }
    }

    @Property(tries = 200)
    void everyTruncationFailsCleanly(@ForAll("tlvTrees") Tlv tlv, @ForAll @IntRange(min = 1, max = 1000) int cut) {
        byte[] encoded = tlv.encoded();
        int keep = Math.max(0, encoded.length - 1 - (cut % encoded.length));
        byte[] truncated = Arrays.copyOf(encoded, keep);
        TlvException e = assertThrows(TlvException.class, () -> Tlv.parse(truncated));
        assertTrue(e.offset().getAsLong() <= truncated.length);
    }

    @Property(tries = 300)
    void hugeLengthFieldsAreRejectedBeforeAllocating(@ForAll @IntRange(min = 0x10000, max = Integer.MAX_VALUE) int length,
                                                     @ForAll @Size(max = 16) byte[] tail) {
        byte[] input = new byte[6 + tail.length];
        input[0] = 0x04;
        input[1] = (byte) 0x84;
        input[2] = (byte) (length >>> 24);
        input[3] = (byte) (length >>> 16);
        input[4] = (byte) (length >>> 8);
        input[5] = (byte) length;
        System.arraycopy(tail, 0, input, 6, tail.length);
        // The length is checked against the bytes left before anything is allocated, so even 2 GiB fails at once.
        TlvException e = assertThrows(TlvException.class, () -> Tlv.parse(input));
        assertEquals(TlvException.Reason.TRUNCATED_VALUE, e.reason());
        assertEquals(1, e.offset().getAsLong());
        TlvReader reader = TlvReader.of(input);
        assertEquals(TlvException.Reason.TRUNCATED_VALUE, assertThrows(TlvException.class, reader::next).reason());
    }

    @Property(tries = 50)
    void deepNestingIsRejected(@ForAll @IntRange(min = 33, max = 5000) int levels) {
        // Each level is a constructed 30 with a short or long length; innermost is empty.
        List<byte[]> headers = new ArrayList<>();
        int inner = 0;
        for (int i = 0; i < levels; i++) {
            byte[] header = inner < 0x80 ? new byte[] {0x30, (byte) inner}
                    : inner < 0x100 ? new byte[] {0x30, (byte) 0x81, (byte) inner}
                    : new byte[] {0x30, (byte) 0x82, (byte) (inner >>> 8), (byte) inner};
            headers.add(header);
            inner += header.length;
        }
        byte[] input = new byte[inner];
        int pos = 0;
        for (int i = headers.size() - 1; i >= 0; i--) {
            System.arraycopy(headers.get(i), 0, input, pos, headers.get(i).length);
            pos += headers.get(i).length;
        }
        TlvException e = assertThrows(TlvException.class, () -> Tlv.parse(input));
        assertEquals(TlvException.Reason.TOO_DEEP, e.reason());
    }
}
