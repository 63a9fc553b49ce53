package io.residentid.core.pki;

import java.time.Instant;

/**
 * Applies a {@link RevocationPolicy} to one certificate of a path: asks OCSP first when the policy allows it, falls
 * back to CRLs ({@link CrlStatusChecker}), and turns the answer into findings: REVOKED is an error, an unknown status
 * is an indeterminate error under a hard-fail policy and a warning otherwise.
 */
final class RevocationChecker {

    private final RevocationPolicy policy;
    private final OcspClient ocspClient;
    private final CrlStatusChecker crls;
    private final Instant time;

    RevocationChecker(RevocationPolicy policy, OcspClient ocspClient, CrlStatusChecker crls, Instant time) {
        this.policy = policy;
        this.ocspClient = ocspClient;
        this.crls = crls;
        this.time = time;
    }

    /** Whether the policy asks for any revocation checking at all. */
    boolean enabled() {
        return policy.mode() != RevocationPolicy.Mode.NONE;
    }

    /** Checks {@code cert}, issued by {@code issuer}, and adds what was found to {@code findings}. */
    void check(CertificateInfo cert, CertificateInfo issuer, PathFindings findings) {
        RevocationPolicy.Mode mode = policy.mode();
        OcspClient.Status status = OcspClient.Status.UNKNOWN;
        if ((mode == RevocationPolicy.Mode.OCSP || mode == RevocationPolicy.Mode.EITHER) && ocspClient != null) {
            try {
                status = ocspClient.status(cert.holder, issuer.holder, time);
            } catch (RuntimeException e) { // PkiException from the client, or a broken client
                findings.warning(PathCode.REVOCATION_DATA_INVALID, cert, e.getMessage());
            }
        }
        if (status == OcspClient.Status.UNKNOWN
                && (mode == RevocationPolicy.Mode.CRL || mode == RevocationPolicy.Mode.EITHER)) {
            try {
                status = crls.status(cert, issuer, findings);
            } catch (RuntimeException e) {
                // A CRL whose entries or extensions fail to decode lazily is unusable, not a crash.
                findings.warning(PathCode.REVOCATION_DATA_INVALID, cert, "malformed CRL: " + e.getMessage());
                status = OcspClient.Status.UNKNOWN;
            }
        }
        if (status == OcspClient.Status.REVOKED) {
            findings.error(PathCode.REVOKED, cert, null);
        } else if (status == OcspClient.Status.UNKNOWN) {
            if (policy.hardFail()) {
                findings.indeterminate(PathCode.REVOCATION_UNKNOWN, cert);
            } else {
                findings.warning(PathCode.REVOCATION_UNKNOWN, cert, null);
            }
        }
    }
}
