package io.residentid.core.pki;

import io.residentid.core.fuzz.FuzzCorpus;
import io.residentid.core.fuzz.FuzzHarness;
import io.residentid.core.fuzz.FuzzSuite;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.cert.X509CRLHolder;

/**
 * Fuzz target for {@link Crls#parseAll} and for revocation checking with the parsed CRLs: only
 * {@link PkiException} may escape and validation always answers with a report. Seeds: the NIST PKITS CRLs and a
 * generated one.
 */
class CrlFuzz extends FuzzSuite {

    static final FuzzHarness HARNESS = FuzzHarness.of("CrlFuzz", PkiException.class);
    static final List<FuzzCorpus.Seed> CORPUS = corpus();

    CrlFuzz() {
        super(HARNESS, "/io/residentid/core", CORPUS, CORPUS, CrlFuzz::target);
    }

    static List<FuzzCorpus.Seed> corpus() {
        List<FuzzCorpus.Seed> seeds = new ArrayList<>(FuzzCorpus.resources("/pki/pkits/crls", ".crl"));
        try {
            seeds.add(new FuzzCorpus.Seed("generated/ca.crl", TestPki.crl(CertificateFuzz.CA, TestPki.NOW.minusSeconds(60),
                    TestPki.NOW.plusSeconds(86_400), CertificateFuzz.LEAF.certificate().getSerialNumber()).getEncoded()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return seeds;
    }

    static void target(byte[] input) {
        List<X509CRLHolder> crls = Crls.parseAll(input);
        ValidationReport report = CertificatePathValidator.builder()
                .trustStore(TrustStore.of(List.of(CertificateFuzz.ROOT.certificate())))
                .revocation(RevocationPolicy.crl(true)).crls(crls).build()
                .validate(CertificateFuzz.LEAF.certificate(), List.of(CertificateFuzz.CA.certificate()), TestPki.NOW);
        if (report.verdict() == null) {
            throw new AssertionError("no status");
        }
    }
}
