package io.residentid.benchmarks;

import io.residentid.emulator.TestCertificates;
import io.residentid.core.pki.TrustStore;
import io.residentid.qr.seal.Seal;
import io.residentid.qr.seal.SealDecoder;
import io.residentid.qr.seal.SealImages;
import io.residentid.qr.seal.SealIssuer;
import io.residentid.qr.seal.SealReport;
import io.residentid.qr.seal.SealVerifier;
import java.awt.image.BufferedImage;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Visible digital seals: decode + verify of a VDS (P-256, residence-permit supplementary sheet) whose signer is one
 * of a pool of 32 certificates under one CSCA, chain outcomes cached by certificate (target: 5,000/s on one core);
 * and a DataMatrix scan of a clean 600x600 image of such a seal (target: 5 ms or less).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SealBenchmark {

    private static final int POOL = 32;
    private static final Instant AT = Instant.parse("2026-06-01T00:00:00Z");

    private final List<byte[]> seals = new ArrayList<>();
    private SealVerifier verifier;
    private BufferedImage image;
    private int next;

    @Setup
    public void setUp() throws Exception {
        BouncyCastleProvider bc = new BouncyCastleProvider();
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC", bc);
        g.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair cscaKeys = g.generateKeyPair();
        X500Name cscaName = new X500Name("C=AE,CN=Bench CSCA");
        X509CertificateHolder csca = cert(cscaName, cscaName, cscaKeys, cscaKeys, BigInteger.ONE, true);
        List<X509CertificateHolder> pool = new ArrayList<>();
        Map<String, String> features = new LinkedHashMap<>();
        features.put("MRZ", "ATD<<RESIDORCE<<ROLAND<<<<<<<<<<<<<<\n6525845096USA7008038M2201018<<<<<<06");
        features.put("SHEET_NUMBER", "PA0000005");
        for (int i = 0; i < POOL; i++) {
            KeyPair keys = g.generateKeyPair();
            X509CertificateHolder signer = cert(new X500Name("C=AE,CN=SS Signer " + i), cscaName, keys,
                    cscaKeys, BigInteger.valueOf(0x100 + i), false);
            pool.add(signer);
            seals.add(SealIssuer.builder().key(keys.getPrivate()).certificate(signer).issuingCountry("ARE").build()
                    .issueVds("SUPPLEMENTARY_SHEET", features, LocalDate.of(2026, 3, 1)));
        }
        verifier = SealVerifier.builder().certificates(pool).trustStore(TrustStore.of(List.of(csca))).build();
        image = SealImages.dataMatrix(seals.get(0), 600);
        if (!verifyNext().isValid()) {
            throw new IllegalStateException("benchmark seal does not verify");
        }
    }

    private SealReport verifyNext() {
        byte[] vds = seals.get(next);
        next = (next + 1) % POOL;
        Seal seal = SealDecoder.standard().decode(vds);
        return verifier.verify(seal, AT);
    }

    /** Decode + signature + (cached) chain of a P-256 VDS. */
    @Benchmark
    public SealReport decodeAndVerifyVds() {
        return verifyNext();
    }

    /** DataMatrix scan of a clean 600x600 image of the seal. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public String scanDataMatrix600() {
        return SealImages.read(image);
    }

    private static X509CertificateHolder cert(X500Name subject, X500Name issuer, KeyPair subjectKeys,
                                              KeyPair issuerKeys, BigInteger serial, boolean ca) {
        return TestCertificates.issue(subject, issuer, subjectKeys, issuerKeys, serial, ca,
                Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2040-01-01T00:00:00Z"));
    }
}
