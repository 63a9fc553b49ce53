package io.residentid.benchmarks;

import io.residentid.pcsc.atr.Atr;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * ATR parsing (with historical-byte decoding and the extended-length check) over four real ATRs in turn: Oman eID
 * (T=0), Estonian ID (T=0/T=1/T=15, category 00), a USIM and a JavaCard that announces extended length.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar AtrBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -t 1
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class AtrBenchmark {

    private byte[][] atrs;
    private int next;

    @Setup
    public void setUp() {
        HexFormat hex = HexFormat.of();
        atrs = new byte[][] {
            hex.parseHex("3B7A9600008065A20120013D72D641"),
            hex.parseHex("3BDB960080B1FE451F830012233F536549440F9000F1"),
            hex.parseHex("3B9F95801FC38031E073FE211357868102869844" + "18A8"),
            hex.parseHex("3B8A80018031F873F741E082900075"),
        };
    }

    @Benchmark
    public boolean parse() {
        byte[] atr = atrs[next];
        next = (next + 1) & 3;
        return Atr.parse(atr).extendedLengthSupported();
    }
}
