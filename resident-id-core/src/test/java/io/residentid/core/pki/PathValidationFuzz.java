package io.residentid.core.pki;

import io.residentid.core.fuzz.FuzzHarness;
import io.residentid.core.fuzz.FuzzSuite;
import java.io.IOException;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Fuzz target for {@link CertificatePathValidator#validate} fed certificates that did not come through
 * {@link Certificates#parse} (built directly with Bouncy Castle by the caller, as the API allows): whatever they
 * hold, validation answers with a report, never a raw Bouncy Castle exception (issue 11 item 12). Only
 * {@link PkiException} may escape (for inputs {@link TrustStore} refuses as anchors).
 */
class PathValidationFuzz extends FuzzSuite {

    static final FuzzHarness HARNESS = FuzzHarness.of("PathValidationFuzz", PkiException.class);

    PathValidationFuzz() {
        // The unmutated corpus is replayed through the same checks by CertificateFuzz; only the regressions here.
        super(HARNESS, "/io/residentid/core", List.of(), CertificateFuzz.CORPUS, PathValidationFuzz::target);
    }

    static void target(byte[] input) {
        X509CertificateHolder cert;
        try {
            cert = new X509CertificateHolder(input); // the caller's own parse: its IOException is not ours
        } catch (IOException | RuntimeException e) {
            return;
        }
        CertificateFuzz.requireReportFor(cert);
    }
}
