package io.residentid.core.pki;

import io.residentid.core.fuzz.FuzzCorpus;
import io.residentid.core.fuzz.FuzzHarness;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.Example;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Fuzz target for {@link CertificatePathValidator#validate} fed certificates that did not come through
 * {@link Certificates#parse} (built directly with Bouncy Castle by the caller, as the API allows): whatever they
 * hold, validation answers with a report, never a raw Bouncy Castle exception (issue 11 item 12). Only
 * {@link PkiException} may escape (for inputs {@link TrustStore} refuses as anchors).
 */
class PathValidationFuzz {

    static final FuzzHarness HARNESS = FuzzHarness.of("PathValidationFuzz", PkiException.class);

    static void target(byte[] input) {
        X509CertificateHolder cert;
        try {
            cert = new X509CertificateHolder(input); // the caller's own parse: its IOException is not ours
        } catch (IOException | RuntimeException e) {
            return;
        }
        CertificateFuzz.requireReportFor(cert);
    }

    @Example
    void corpusAndRegressionsReplay() {
        // The unmutated corpus is replayed through the same checks by CertificateFuzz; only the regressions here.
        HARNESS.replay(FuzzCorpus.regressions("/io/residentid/core", "PathValidationFuzz"), PathValidationFuzz::target);
    }

    @Example
    void timedMutationCampaign() {
        HARNESS.campaign(CertificateFuzz.CORPUS, PathValidationFuzz::target);
    }
}
