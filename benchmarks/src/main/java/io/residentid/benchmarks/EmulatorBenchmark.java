package io.residentid.benchmarks;

import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import io.residentid.emulator.DemoResidentCard;
import io.residentid.pcsc.transport.ApduChannel;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * In-process emulator round trips through the {@code ApduChannel} (encode, card processing, parse): SELECT EF by file
 * identifier + READ BINARY of 256 bytes. Reported in APDUs per second (target: at least 200,000). Run:
 * {@code java -jar benchmarks/target/benchmarks.jar EmulatorBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -t 1}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EmulatorBenchmark {

    private ApduChannel channel;
    private final CommandApdu selectEf = CommandApdu.builder(0xA4).p1(0x02).p2(0x0C)
            .data(new byte[] {0x50, 0x01}).build();
    private final CommandApdu readBinary = CommandApdu.builder(0xB0).ne(256).build();

    @Setup
    public void setUp() {
        channel = DemoResidentCard.create().channel();
        channel.transmit(CommandApdu.builder(0xA4).p1(0x00).p2(0x0C).data(new byte[] {0x50, 0x00}).build())
                .requireSuccess();
    }

    /** SELECT + READ BINARY: two APDUs per invocation. */
    @Benchmark
    @OperationsPerInvocation(2)
    public int selectAndReadBinary() {
        ResponseApdu s = channel.transmit(selectEf);
        ResponseApdu r = channel.transmit(readBinary);
        return s.sw() + r.nr();
    }
}
