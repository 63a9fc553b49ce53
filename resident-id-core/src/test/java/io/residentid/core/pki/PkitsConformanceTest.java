package io.residentid.core.pki;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;

/**
 * NIST PKITS sections 4.1-4.14 through the public API: every end-entity certificate is validated against the
 * PKITS trust anchor with all PKITS CA certificates as untrusted intermediates (the path builder picks the
 * path) and all CRLs, revocation hard-fail, at 2010-02-01, default policy settings (any policy, no explicit
 * policy required). Only tests whose name starts with "Valid" or "Invalid" are run: the others (e.g. "All
 * Certificates Same Policy", "User Notice Qualifier") have outcomes that depend on the policy settings. The expected outcome is the test name's "Valid"/"Invalid" prefix. PKITS tests the RFC 5280
 * section 6 algorithm, not the section 4 profile, so the profile rules are switched off and legacy algorithms
 * (SHA-1, RSA-1024) tolerated.
 */
class PkitsConformanceTest {

    /** Reviewed disagreements, each with its reason. */
    /** Reviewed disagreements, each with its reason (none left). */
    static final Map<String, String> KNOWN_DISAGREEMENTS = Map.of();

    @Test
    void agreesWithPkitsExpectations() throws IOException {
        List<String> certNames = list("certs.txt");
        List<X509CertificateHolder> pool = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        X509CertificateHolder anchor = null;
        for (String name : certNames) {
            if (name.equals("TrustAnchorRootCertificate.crt")) {
                anchor = Certificates.parse(read("certs/" + name));
            } else if (name.endsWith("EE.crt") && (name.startsWith("Valid") || name.startsWith("Invalid"))) {
                targets.add(name);
            } else {
                pool.add(Certificates.parse(read("certs/" + name)));
            }
        }
        List<X509CRLHolder> crls = new ArrayList<>();
        for (String name : list("crls.txt")) {
            crls.add(Crls.parseDer(read("crls/" + name)));
        }
        CertificatePathValidator validator = CertificatePathValidator.builder()
                .trustStore(TrustStore.of(List.of(anchor)))
                .enforceProfile(false)
                .legacyAlgorithmsTolerated(true)
                .crls(crls)
                .intermediates(pool)
                .revocation(RevocationPolicy.crl(true))
                .build();
        Instant at = Instant.parse("2010-02-01T00:00:00Z");
        int agree = 0;
        Map<String, String> unexpected = new TreeMap<>();
        for (String target : targets) {
            boolean expectValid = target.startsWith("Valid");
            ValidationReport report;
            try {
                report = validator.validate(Certificates.parse(read("certs/" + target)), List.of(), at);
            } catch (PkiException e) {
                report = null;
            }
            boolean valid = report != null && report.isValid();
            if (valid == expectValid) {
                agree++;
            } else {
                System.out.println("PKITS DISAGREE " + target + " " + (report == null ? "unreadable"
                        : report.verdict() + " " + report.findings()));
                if (!KNOWN_DISAGREEMENTS.containsKey(target)) {
                    unexpected.put(target, report == null ? "unreadable" : report.verdict().toString());
                }
            }
        }
        System.out.println("PKITS AGREE " + agree + " / " + targets.size());
        assertTrue(agree >= 191, "PKITS agreement regressed: " + agree);
        assertTrue(unexpected.isEmpty(), "unreviewed PKITS disagreements: " + unexpected);
    }

    /** PKITS 4.8.1 (All Certificates Same Policy Test1) under its four settings. */
    @Test
    void allCertificatesSamePolicyUnderInitialPolicySettings() throws IOException {
        X509CertificateHolder anchor = Certificates.parse(read("certs/TrustAnchorRootCertificate.crt"));
        X509CertificateHolder ca = Certificates.parse(read("certs/GoodCACert.crt"));
        X509CertificateHolder ee = Certificates.parse(read("certs/ValidCertificatePathTest1EE.crt"));
        String policy1 = "2.16.840.1.101.3.2.1.48.1";
        String policy2 = "2.16.840.1.101.3.2.1.48.2";
        Instant at = Instant.parse("2010-02-01T00:00:00Z");
        java.util.function.BiFunction<List<String>, Boolean, ValidationReport> run =
                (set, explicit) -> CertificatePathValidator.builder().trustStore(TrustStore.of(List.of(anchor)))
                        .enforceProfile(false).legacyAlgorithmsTolerated(true)
                        .policies(set, explicit, false, false).build().validate(ee, List.of(ca), at);
        assertTrue(run.apply(List.of(), false).isValid(), "default settings");
        assertTrue(run.apply(List.of(), true).isValid(), "explicit policy, any-policy");
        assertTrue(run.apply(List.of(policy1), true).isValid(), "explicit policy, NIST-test-policy-1");
        ValidationReport other = run.apply(List.of(policy2), true);
        assertTrue(other.has(PathCode.POLICY_INVALID), "explicit policy, NIST-test-policy-2");
    }

    private static List<String> list(String file) throws IOException {
        return List.of(new String(read(file), StandardCharsets.US_ASCII).split("\\s+"));
    }

    private static byte[] read(String name) throws IOException {
        try (InputStream in = PkitsConformanceTest.class.getResourceAsStream("/pki/pkits/" + name)) {
            if (in == null) {
                throw new IOException("missing " + name);
            }
            return in.readAllBytes();
        }
    }
}
