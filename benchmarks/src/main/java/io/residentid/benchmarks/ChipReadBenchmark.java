package io.residentid.benchmarks;

import io.residentid.core.pki.TrustStore;
import io.residentid.emulator.ResidentCard;
import io.residentid.pcsc.icao.AccessKey;
import io.residentid.pcsc.icao.ChipReadResult;
import io.residentid.pcsc.icao.ChipReader;
import io.residentid.pcsc.icao.LdsFile;
import io.residentid.pcsc.icao.PassiveAuthenticator;
import io.residentid.pcsc.transport.TransmissionRules;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Reading the emulated resident card's chip in-process with PACE (ECDH-GM brainpoolP256r1, AES-128): the full read
 * (EF.CardAccess, EF.COM, EF.SOD, DG1, DG2 of 20 KB, DG11–DG15 with chip, active and passive authentication), and
 * passive authentication alone on the bytes of one read. The setup prints the APDU and READ BINARY counts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ChipReadBenchmark {

    /** Document signer and CSCA keys: ECDSA P-256 or RSA-2048/3072. */
    @Param({"EC", "RSA"})
    public String signer;

    private ResidentCard card;
    private ChipReader reader;
    private AccessKey key;
    private PassiveAuthenticator passive;
    private byte[] sod;
    private Map<LdsFile, byte[]> groups;

    @Setup
    public void setUp() throws Exception {
        card = ResidentCard.builder(io.residentid.emulator.ResidentPersona.demo())
                .rsaDocumentSigner("RSA".equals(signer)).build();
        TrustStore trust = TrustStore.of(List.of(card.csca()));
        reader = ChipReader.builder().trustStore(trust).maxBlock(ChipReader.MAX_BLOCK).build();
        key = AccessKey.can(card.can());
        ChipReadResult r = fullRead();
        if (r.passiveAuthentication() != io.residentid.core.report.Verdict.VALID) {
            throw new IllegalStateException("setup read did not pass: " + r.findings());
        }
        System.err.printf("chip read: %s, %d APDUs, %d READ BINARY, %d bytes, DG2 %d bytes%n", r.accessControl(),
                r.transfer().apdus(), r.transfer().readBinary(), r.transfer().bytes(),
                r.files().get(LdsFile.DG2).length());
        passive = PassiveAuthenticator.builder().trustStore(trust).build();
        sod = r.files().get(LdsFile.SOD).toByteArray();
        groups = new EnumMap<>(LdsFile.class);
        r.files().forEach((file, bytes) -> groups.put(file, bytes.toByteArray()));
    }

    @Benchmark
    public ChipReadResult fullRead() throws Exception {
        return reader.read(TransmissionRules.forAtr(card.atr()).wrap(card.channel()), key);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public PassiveAuthenticator.Result passiveAuthentication() {
        return passive.verify(sod, groups);
    }
}
