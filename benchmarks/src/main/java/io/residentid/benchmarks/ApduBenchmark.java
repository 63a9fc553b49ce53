package io.residentid.benchmarks;

import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * APDU codec throughput: encode + parse of typical commands (target: at least 10 M/s on one core), and response
 * parsing. Run: {@code java -jar benchmarks/target/benchmarks.jar ApduBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -t 1}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ApduBenchmark {

    private final CommandApdu select = CommandApdu.builder(0xA4).p1(0x04).p2(0x0C)
            .data(HexFormat.of().parseHex("A0000002471001")).build();
    private final CommandApdu readBinary = CommandApdu.builder(0xB0).p1(0x01).p2(0x00).ne(256).build();
    private final byte[] selectBytes = select.encode();
    private final byte[] extendedRead = CommandApdu.builder(0xB1).data(HexFormat.of().parseHex("54028000"))
            .ne(65536).build().encode();
    private final byte[] response = HexFormat.of().parseHex("0102030405060708090A0B0C0D0E0F109000");

    /** Encode a case-3 SELECT and parse it back. */
    @Benchmark
    public CommandApdu encodeParseSelect() {
        return CommandApdu.parse(select.encode());
    }

    /** Encode a case-2 READ BINARY and parse it back. */
    @Benchmark
    public CommandApdu encodeParseReadBinary() {
        return CommandApdu.parse(readBinary.encode());
    }

    /** Parse an extended case-4 command. */
    @Benchmark
    public CommandApdu parseExtended() {
        return CommandApdu.parse(extendedRead);
    }

    /** Parse a SELECT. */
    @Benchmark
    public CommandApdu parseSelect() {
        return CommandApdu.parse(selectBytes);
    }

    /** Parse a 16-byte response. */
    @Benchmark
    public ResponseApdu parseResponse() {
        return ResponseApdu.parse(response);
    }
}
