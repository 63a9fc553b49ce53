package io.residentid.benchmarks;

import io.residentid.pcsc.tlv.Tlv;
import io.residentid.pcsc.tlv.TlvParser;
import io.residentid.pcsc.tlv.TlvReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * BER-TLV decode throughput on an eMRTD-like file set (EF.COM, DG1, DG2 with a face image, DG11, DG14, a
 * SOD-like signed structure with many small objects): about 6 KB per operation. The {@code decodedBytes} counter is
 * bytes per second; divide by 10^6 for MB/s (target: 100 MB/s on one core).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar TlvBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -t 1
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class TlvBenchmark {

    private byte[] lds;
    private byte[] smallObjects;

    /** Counts decoded input bytes; JMH reports it per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Throughput {
        public long decodedBytes;

        @Setup(Level.Iteration)
        public void reset() {
            decodedBytes = 0;
        }
    }

    @Setup
    public void setUp() {
        Random random = new Random(7816);
        List<Tlv> files = new ArrayList<>();
        files.add(Tlv.builder(0x60)
                .add(0x5F01, ascii("0107"))
                .add(0x5F36, ascii("040000"))
                .add(0x5C, new byte[] {0x61, 0x75, 0x6B, 0x6E})
                .build());
        files.add(Tlv.builder(0x61)
                .add(0x5F1F, ascii("IDOMN1234567897<<<<<<<<<<<<<<<8001014M3001019OMN<<<<<<<<<<<SAMPLE<<RESIDENT<<<<<<<<<<<<<<<<"))
                .build());
        files.add(Tlv.builder(0x75)
                .add(Tlv.builder(0x7F61)
                        .add(0x02, new byte[] {1})
                        .add(Tlv.builder(0x7F60)
                                .add(Tlv.builder(0xA1)
                                        .add(0x80, new byte[] {1, 1})
                                        .add(0x81, new byte[] {2})
                                        .add(0x87, new byte[] {1, 1})
                                        .add(0x88, new byte[] {0, 8})
                                        .build())
                                .add(0x5F2E, bytes(random, 3200))
                                .build())
                        .build())
                .build());
        Tlv.Builder dg11 = Tlv.builder(0x6B).add(0x5C, new byte[] {0x5F, 0x0E, 0x5F, 0x10, 0x5F, 0x11, 0x5F, 0x42});
        dg11.add(0x5F0E, ascii("SAMPLE<<RESIDENT<MOHAMMED"));
        dg11.add(0x5F10, ascii("1234567897"));
        dg11.add(0x5F11, ascii("MUSCAT"));
        dg11.add(0x5F42, ascii("WAY 1234, AL KHUWAIR, MUSCAT"));
        files.add(dg11.build());
        Tlv.Builder securityInfos = Tlv.builder(0x31);
        for (int i = 0; i < 6; i++) {
            securityInfos.add(Tlv.builder(0x30)
                    .add(0x06, new byte[] {0x04, 0x00, 0x7F, 0x00, 0x07, 0x02, 0x02, (byte) i})
                    .add(0x02, new byte[] {1})
                    .build());
        }
        files.add(Tlv.constructed(0x6E, securityInfos.build()));
        files.add(sodLike(random));
        lds = concat(files);
        smallObjects = concat(List.of(sodLike(random), sodLike(random), sodLike(random)));
    }

    /** A CMS-like structure: many small constructed and primitive objects (hashes, OIDs, integers). */
    private static Tlv sodLike(Random random) {
        Tlv.Builder hashes = Tlv.builder(0x30);
        for (int dg = 1; dg <= 16; dg++) {
            hashes.add(Tlv.builder(0x30).add(0x02, new byte[] {(byte) dg}).add(0x04, bytes(random, 32)).build());
        }
        Tlv.Builder certificate = Tlv.builder(0x30);
        for (int i = 0; i < 12; i++) {
            certificate.add(Tlv.builder(0x31).add(Tlv.builder(0x30)
                    .add(0x06, new byte[] {0x55, 0x04, (byte) (3 + i)})
                    .add(0x0C, ascii("Attribute " + i))
                    .build()).build());
        }
        return Tlv.builder(0x77)
                .add(Tlv.builder(0x30)
                        .add(0x06, new byte[] {0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D, 0x01, 0x07, 0x02})
                        .add(Tlv.builder(0xA0).add(Tlv.builder(0x30)
                                .add(0x02, new byte[] {3})
                                .add(hashes.build())
                                .add(certificate.build())
                                .add(0x04, bytes(random, 256))
                                .build()).build())
                        .build())
                .build();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] bytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] concat(List<Tlv> objects) {
        int total = 0;
        for (Tlv tlv : objects) {
            total += tlv.encodedLength();
        }
        byte[] out = new byte[total];
        int pos = 0;
        for (Tlv tlv : objects) {
            byte[] encoded = tlv.encoded();
            System.arraycopy(encoded, 0, out, pos, encoded.length);
            pos += encoded.length;
        }
        return out;
    }

    /** Immutable tree of the whole LDS-like input (one copy of the input, views for values). */
    @Benchmark
    public List<Tlv> parseTree(Throughput counter) {
        counter.decodedBytes += lds.length;
        return TlvParser.defaults().parseAll(lds);
    }

    /** Zero-copy walk over every header of the LDS-like input. */
    @Benchmark
    public long readerWalk(Throughput counter) {
        counter.decodedBytes += lds.length;
        return walk(TlvReader.of(lds));
    }

    /** Immutable tree of an input made only of small objects (worst case for bytes per second). */
    @Benchmark
    public List<Tlv> parseTreeSmallObjects(Throughput counter) {
        counter.decodedBytes += smallObjects.length;
        return TlvParser.defaults().parseAll(smallObjects);
    }

    /** Zero-copy walk over the small-object input. */
    @Benchmark
    public long readerWalkSmallObjects(Throughput counter) {
        counter.decodedBytes += smallObjects.length;
        return walk(TlvReader.of(smallObjects));
    }

    private static long walk(TlvReader reader) {
        long sum = 0;
        while (reader.next()) {
            sum += reader.tag() + reader.valueLength();
            if (reader.isConstructed()) {
                sum += walk(reader.children());
            }
        }
        return sum;
    }
}
