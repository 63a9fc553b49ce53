package io.residentid.core.pki;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.fuzz.FuzzCorpus;
import io.residentid.core.fuzz.FuzzHarness;
import io.residentid.core.fuzz.FuzzSuite;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Fuzz target for {@link Certificates#parse} and for what the SDK does with a parsed certificate (validate it,
 * anchor on it, chain through it, print its subject): only {@link PkiException} may escape, and validation always
 * answers with a report (issue 11 item 12). Seeds: the NIST PKITS certificates, the x509-limbo peer certificates
 * and a generated chain.
 */
class CertificateFuzz extends FuzzSuite {

    static final FuzzHarness HARNESS = FuzzHarness.of("CertificateFuzz", PkiException.class);
    static final TestPki.Issued ROOT = TestPki.root("Fuzz Root", TestPki.p256());
    static final TestPki.Issued CA = TestPki.intermediate("Fuzz CA", ROOT);
    static final TestPki.Issued LEAF = TestPki.leaf("Fuzz Leaf", CA);
    static final Instant TIME = TestPki.NOW;

    static List<FuzzCorpus.Seed> corpus() {
        List<FuzzCorpus.Seed> seeds = new ArrayList<>(FuzzCorpus.resources("/pki/pkits/certs", ".crt"));
        seeds.addAll(limboPeerCertificates());
        // Optional extra seeds when ../shared/testdata lies beside the repository (never required).
        seeds.addAll(FuzzCorpus.sharedTestdata("mdoc/certs", ".pem"));
        seeds.addAll(FuzzCorpus.sharedTestdata("vds/certs", ".pem"));
        try {
            seeds.add(new FuzzCorpus.Seed("generated/root", ROOT.certificate().getEncoded()));
            seeds.add(new FuzzCorpus.Seed("generated/ca", CA.certificate().getEncoded()));
            seeds.add(new FuzzCorpus.Seed("generated/leaf", LEAF.certificate().getEncoded()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return seeds;
    }

    static final List<FuzzCorpus.Seed> CORPUS = corpus();

    /** The peer (end-entity) certificate of every x509-limbo case in the test resources, as DER. */
    static List<FuzzCorpus.Seed> limboPeerCertificates() {
        List<FuzzCorpus.Seed> out = new ArrayList<>();
        try {
            com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(FuzzCorpus.resource("/pki/limbo/limbo-subset.json"));
            for (com.fasterxml.jackson.databind.JsonNode testcase : root.get("testcases")) {
                String pem = testcase.get("peer_certificate").asText();
                try {
                    out.add(new FuzzCorpus.Seed("limbo/" + testcase.get("id").asText(),
                            Certificates.parseAll(pem.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).get(0)
                                    .getEncoded()));
                } catch (PkiException e) {
                    continue; // a few limbo peers are deliberately oversized or malformed: not useful seeds
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** Parses, then uses the certificate every way the API allows; only PkiException may escape. */
    static void target(byte[] input) {
        X509CertificateHolder cert = Certificates.parse(input);
        String ignored = cert.getSubject().toString() + cert.getIssuer();
        requireReportFor(cert);
    }

    /** Validates {@code cert} as target, as intermediate and as anchor: each call must answer with a report. */
    static void requireReportFor(X509CertificateHolder cert) {
        CertificatePathValidator withRealRoot = CertificatePathValidator.builder()
                .trustStore(TrustStore.of(List.of(ROOT.certificate()))).build();
        requireReport(withRealRoot.validate(cert, List.of(CA.certificate()), TIME));
        requireReport(withRealRoot.validate(LEAF.certificate(), List.of(cert, CA.certificate()), TIME));
        CertificatePathValidator anchoredOnIt = CertificatePathValidator.builder()
                .trustStore(TrustStore.of(List.of(cert))).build();
        requireReport(anchoredOnIt.validate(LEAF.certificate(), List.of(CA.certificate()), TIME));
        requireReport(anchoredOnIt.validate(cert, List.of(), TIME));
    }

    private static void requireReport(ValidationReport report) {
        if (report == null || report.verdict() == null) {
            throw new AssertionError("no report");
        }
        report.findings().forEach(f -> f.message(java.util.Locale.ENGLISH));
    }

    CertificateFuzz() {
        super(HARNESS, "/io/residentid/core", CORPUS, CORPUS, CertificateFuzz::target);
    }

    @Example
    void pkitsCorpusIsPresent() {
        assertTrue(CORPUS.size() > 100, "PKITS corpus missing");
    }

    @Property(tries = 30)
    void mutantsOfEverySeedKeepTheContract(@ForAll("mutants") byte[] input) {
        HARNESS.check(input, CertificateFuzz::target);
    }

    @Provide
    Arbitrary<byte[]> mutants() {
        return io.residentid.core.fuzz.FuzzArbitraries.mutantsOf(CORPUS);
    }
}
