package io.residentid.benchmarks;

import io.residentid.core.pki.CertificatePathValidator;
import io.residentid.core.pki.CmsReport;
import io.residentid.core.pki.CmsVerifier;
import io.residentid.core.pki.RevocationPolicy;
import io.residentid.core.pki.TrustStore;
import io.residentid.core.pki.ValidationReport;
import io.residentid.emulator.SecurityObjects;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.bc.BcX509ExtensionUtils;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * PKI throughput, side by side: our path validation of a 3-level P-256 chain with CRLs against plain Bouncy Castle
 * PKIX {@code CertPathValidator} on the same chain and CRLs; and CMS EF.SOD verification (P-256/SHA-256 LDS security
 * object, signer chained to a CSCA anchor). All inputs are generated with BC in {@link #setUp()}.
 *
 * <p>Three configurations of our validator, so the figures can be compared honestly:
 * <ul>
 *   <li>{@code validateChainWithCrl}: one validator reused, as documented; its signature-outcome cache answers the
 *       same four signatures again, so this measures decoding, path building and RFC 5280 checks plus hashing,
 *       <em>not</em> public-key operations;</li>
 *   <li>{@code validateChainWithCrlUncached}: one validator reused with {@code signatureResultCache(false)}: all four
 *       ECDSA verifications (2 certificates, 2 CRLs) on every call, like BC;</li>
 *   <li>{@code validateChainWithCrlColdCache}: trust store and validator built per call (nothing cached per
 *       validator; decoded public keys are cached process-wide, outcomes never).</li>
 * </ul>
 * {@code bcCertPathValidator} reuses its parsed {@code X509Certificate}/{@code X509CRL} objects (so their decoded
 * keys) and verifies all four signatures per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PkiBenchmark {

    private static final Provider BC = new BouncyCastleProvider();

    private X509CertificateHolder root;
    private X509CertificateHolder ica;
    private X509CertificateHolder leaf;
    private List<X509CRLHolder> crls;
    private Instant at;
    private CertificatePathValidator validator;
    private CertificatePathValidator uncachedValidator;
    private CertPath bcPath;
    private PKIXParameters bcParams;
    private CmsVerifier sodVerifier;
    private byte[] sod;

    @Setup
    public void setUp() throws Exception {
        Instant now = Instant.parse("2026-01-15T12:00:00Z");
        at = now;
        KeyPair rootKeys = keys();
        KeyPair icaKeys = keys();
        KeyPair leafKeys = keys();
        root = cert("Root", "Root", rootKeys, rootKeys, true, now);
        ica = cert("Issuing CA", "Root", icaKeys, rootKeys, true, now);
        leaf = cert("Document Signer", "Issuing CA", leafKeys, icaKeys, false, now);
        crls = List.of(crl("Root", rootKeys, root, now), crl("Issuing CA", icaKeys, ica, now));

        TrustStore anchors = TrustStore.of(List.of(root));
        validator = CertificatePathValidator.builder().trustStore(anchors).crls(crls)
                .revocation(RevocationPolicy.crl(true)).build();
        check(validator.validate(leaf, List.of(ica), at));
        uncachedValidator = CertificatePathValidator.builder().trustStore(anchors).crls(crls)
                .revocation(RevocationPolicy.crl(true)).signatureResultCache(false).build();
        check(uncachedValidator.validate(leaf, List.of(ica), at));

        CertificateFactory cf = CertificateFactory.getInstance("X.509", BC);
        X509Certificate rootX = x509(cf, root);
        X509Certificate icaX = x509(cf, ica);
        X509Certificate leafX = x509(cf, leaf);
        List<Object> store = new ArrayList<>(List.of(icaX, leafX));
        for (X509CRLHolder crl : crls) {
            store.add(cf.generateCRL(new ByteArrayInputStream(crl.getEncoded())));
        }
        bcPath = cf.generateCertPath(List.of(leafX, icaX));
        bcParams = new PKIXParameters(Set.of(new TrustAnchor(rootX, null)));
        bcParams.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(store), BC));
        bcParams.setRevocationEnabled(true);
        bcParams.setDate(Date.from(at));
        bcCertPathValidator();

        java.util.Map<Integer, byte[]> dataGroups = new java.util.LinkedHashMap<>();
        for (int dg : new int[] {1, 2, 14}) {
            dataGroups.put(dg, ("DG" + dg).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        sod = SecurityObjects.sign(dataGroups, leafKeys, leaf);
        sodVerifier = CmsVerifier.builder().trustStore(anchors).certificates(List.of(ica)).build();
        CmsReport report = sodVerifier.verify(sod, at);
        if (!report.isValid()) {
            throw new IllegalStateException("EF.SOD fixture does not verify: " + report);
        }
    }

    @Benchmark
    public ValidationReport validateChainWithCrl() {
        return validator.validate(leaf, List.of(ica), at);
    }

    @Benchmark
    public ValidationReport validateChainWithCrlUncached() {
        return uncachedValidator.validate(leaf, List.of(ica), at);
    }

    @Benchmark
    public ValidationReport validateChainWithCrlColdCache() {
        return CertificatePathValidator.builder().trustStore(TrustStore.of(List.of(root))).crls(crls)
                .revocation(RevocationPolicy.crl(true)).build().validate(leaf, List.of(ica), at);
    }

    @Benchmark
    public Object bcCertPathValidator() throws Exception {
        return CertPathValidator.getInstance("PKIX", BC).validate(bcPath, bcParams);
    }

    @Benchmark
    public CmsReport verifyEfSod() {
        return sodVerifier.verify(sod, at);
    }

    private static void check(ValidationReport report) {
        if (!report.isValid()) {
            throw new IllegalStateException("fixture chain does not validate: " + report.findings());
        }
    }

    private static X509Certificate x509(CertificateFactory cf, X509CertificateHolder holder) throws Exception {
        return (X509Certificate) cf.generateCertificate(new ByteArrayInputStream(holder.getEncoded()));
    }

    private static KeyPair keys() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC", BC);
        g.initialize(new ECGenParameterSpec("secp256r1"));
        return g.generateKeyPair();
    }

    private static X500Name name(String cn) {
        return new X500Name("CN=" + cn + ",O=Bench,C=OM");
    }

    private static X509CertificateHolder cert(String subject, String issuer, KeyPair keys, KeyPair issuerKeys,
                                              boolean ca, Instant now) throws Exception {
        SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded());
        SubjectPublicKeyInfo issuerSpki = SubjectPublicKeyInfo.getInstance(issuerKeys.getPublic().getEncoded());
        X509v3CertificateBuilder b = new X509v3CertificateBuilder(name(issuer),
                BigInteger.valueOf(System.nanoTime() & 0xffffffffL), Date.from(now.minus(30, ChronoUnit.DAYS)),
                Date.from(now.plus(365, ChronoUnit.DAYS)), name(subject), spki);
        BcX509ExtensionUtils utils = new BcX509ExtensionUtils();
        if (ca) {
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        } else {
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        }
        b.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(spki));
        b.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(issuerSpki));
        return b.build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(BC).build(issuerKeys.getPrivate()));
    }

    private static X509CRLHolder crl(String issuer, KeyPair keys, X509CertificateHolder issuerCert, Instant now)
            throws Exception {
        X509v2CRLBuilder b = new X509v2CRLBuilder(name(issuer), Date.from(now.minus(1, ChronoUnit.DAYS)));
        b.setNextUpdate(Date.from(now.plus(6, ChronoUnit.DAYS)));
        b.addCRLEntry(BigInteger.valueOf(42), Date.from(now.minus(2, ChronoUnit.DAYS)), 1);
        b.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.ONE));
        b.addExtension(Extension.authorityKeyIdentifier, false,
                new BcX509ExtensionUtils().createAuthorityKeyIdentifier(issuerCert.getSubjectPublicKeyInfo()));
        return b.build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(BC).build(keys.getPrivate()));
    }

    /**
     * Thread-CPU-time figures for a shared, overloaded machine where wall-clock JMH error bars exceed the scores:
     * {@code java -cp benchmarks/target/benchmarks.jar 'io.residentid.benchmarks.PkiBenchmark$CpuTime'} prints the
     * best of five 0.4 s CPU-time rounds (after 3 s of warm-up) per operation, in CPU microseconds per operation.
     */
    public static final class CpuTime {
        private static final java.lang.management.ThreadMXBean MX =
                java.lang.management.ManagementFactory.getThreadMXBean();

        private CpuTime() {
        }

        /** Runs the measurements. */
        public static void main(String[] args) throws Exception {
            PkiBenchmark p = new PkiBenchmark();
            p.setUp();
            measure("validateChainWithCrl (reused, outcome cache)", p::validateChainWithCrl);
            measure("validateChainWithCrlUncached", p::validateChainWithCrlUncached);
            measure("validateChainWithCrlColdCache (fresh)", p::validateChainWithCrlColdCache);
            measure("bcCertPathValidator", p::bcCertPathValidator);
            measure("verifyEfSod", p::verifyEfSod);
            for (String signer : new String[] {"EC", "RSA"}) {
                ChipReadBenchmark c = new ChipReadBenchmark();
                c.signer = signer;
                c.setUp();
                measure("passiveAuthentication " + signer, c::passiveAuthentication);
            }
        }

        private static void measure(String name, java.util.concurrent.Callable<?> op) throws Exception {
            long warmUntil = System.nanoTime() + 3_000_000_000L;
            while (System.nanoTime() < warmUntil) {
                op.call();
            }
            double best = Double.MAX_VALUE;
            for (int round = 0; round < 5; round++) {
                long start = MX.getCurrentThreadCpuTime();
                int n = 0;
                while (MX.getCurrentThreadCpuTime() - start < 400_000_000L) {
                    op.call();
                    n++;
                }
                best = Math.min(best, (MX.getCurrentThreadCpuTime() - start) / 1000.0 / n);
            }
            System.out.printf("%-46s %8.1f us CPU/op = %7.0f ops per CPU-second%n", name, best, 1e6 / best);
        }
    }
}
