package io.residentid.core.pki;

import io.residentid.core.fuzz.FuzzCorpus;
import io.residentid.core.fuzz.FuzzHarness;
import io.residentid.core.fuzz.FuzzSuite;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.RevokedStatus;

/**
 * Fuzz target for {@link OcspResponses#parse} and {@link OcspVerifier#evaluate}: only {@link PkiException} may
 * escape. Seeds: responses generated with Bouncy Castle (good, revoked, delegated responder, with nonce).
 */
class OcspFuzz extends FuzzSuite {

    static final FuzzHarness HARNESS = FuzzHarness.of("OcspFuzz", PkiException.class);
    static final byte[] NONCE = {1, 2, 3, 4, 5, 6, 7, 8};
    static final List<FuzzCorpus.Seed> CORPUS = corpus();

    OcspFuzz() {
        super(HARNESS, "/io/residentid/core", CORPUS, CORPUS, OcspFuzz::target);
    }

    static List<FuzzCorpus.Seed> corpus() {
        List<FuzzCorpus.Seed> seeds = new ArrayList<>();
        try {
            X509CertificateHolder[] none = new X509CertificateHolder[0];
            TestPki.Issued delegated = RevocationTest.delegated(true);
            seeds.add(new FuzzCorpus.Seed("generated/good", RevocationTest.response(RevocationTest.CA, none,
                    CertificateStatus.GOOD, TestPki.NOW.minusSeconds(60), TestPki.NOW.plusSeconds(3600), NONCE)));
            seeds.add(new FuzzCorpus.Seed("generated/revoked", RevocationTest.response(RevocationTest.CA, none,
                    new RevokedStatus(java.util.Date.from(TestPki.NOW.minusSeconds(7200)), 1),
                    TestPki.NOW.minusSeconds(60), null, null)));
            seeds.add(new FuzzCorpus.Seed("generated/delegated", RevocationTest.response(delegated,
                    new X509CertificateHolder[] {delegated.certificate()}, CertificateStatus.GOOD,
                    TestPki.NOW.minusSeconds(60), TestPki.NOW.plusSeconds(3600), NONCE)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return seeds;
    }

    static void target(byte[] input) {
        OcspResponses.parse(input);
        OcspVerifier.Result result = OcspVerifier.builder().build().evaluate(input,
                RevocationTest.LEAF.certificate(), RevocationTest.CA.certificate(), TestPki.NOW, NONCE);
        if (result == null || result.status() == null) {
            throw new AssertionError("no result");
        }
    }
}
