package io.residentid.benchmarks;

import com.nimbusds.jose.jwk.ECKey;
import io.residentid.kyc.EvidenceRecord;
import io.residentid.kyc.KycDecision;
import io.residentid.kyc.KycEvidence;
import io.residentid.kyc.KycReport;
import io.residentid.kyc.KycVerifier;
import io.residentid.kyc.Reverifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;

/**
 * KYC: one full verification of a complete evidence set (passive authentication from the bytes: EF.SOD signature,
 * DS→CSCA chain, data-group hashes; active authentication from the transcript; PACE downgrade; QR credential
 * ES256; MRZ/DG11/QR/declared cross-checks and names; age; face extraction), target ≥ 1,000/s on one core; and the
 * re-verification of one stored evidence record (ES256 record signature, evidence loaded from disk with its
 * manifest hashes, chip checks again, decision again).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class KycBenchmark {

    private KycVerifier verifier;
    private KycEvidence evidence;
    private Reverifier reverifier;
    private String record;
    private Path root;

    @Setup
    public void setUp() throws Exception {
        KycFixture f = new KycFixture();
        verifier = KycVerifier.builder().trust(f.trust).build();
        evidence = KycEvidence.builder().chip(f.chip).ocrMrz(f.ocrMrz()).qrText(f.qr).declared(f.declared)
                .caseId("case-1").build();
        KycReport r = verifier.verify(evidence);
        if (r.decision() != KycDecision.PASS) {
            throw new IllegalStateException("setup verification did not pass: " + r);
        }
        root = Files.createTempDirectory("kyc-bench");
        f.chip.write(root.resolve("case-1"));
        ECKey bank = EvidenceRecord.generateKey();
        record = EvidenceRecord.sign(r, bank);
        reverifier = Reverifier.of(verifier, root, bank.toPublicJWK());
    }

    @TearDown
    public void tearDown() throws Exception {
        try (var files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** One full KYC verification. */
    @Benchmark
    public KycReport fullKyc() {
        return verifier.verify(evidence);
    }

    /** One stored record re-verified (nothing changes). */
    @Benchmark
    public Reverifier.Summary reverifyRecord() throws Exception {
        return reverifier.reverify(new BufferedReader(new StringReader(record)), c -> { }, n -> { });
    }
}
