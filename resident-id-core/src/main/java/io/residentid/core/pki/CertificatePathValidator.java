package io.residentid.core.pki;

import io.residentid.core.report.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * RFC 5280 certification path validation on Bouncy Castle primitives, stricter than plain BC or JDK PKIX: the
 * trust anchor certificate's own constraints (basic constraints, key usage, name constraints, validity, critical
 * extensions) apply, key identifiers, serial numbers and extension criticality follow the RFC 5280 profile, path
 * building is bounded in candidates and time, and the result is a {@link ValidationReport}, never an exception.
 *
 * <pre>{@code
 * CertificatePathValidator validator = CertificatePathValidator.builder()
 *         .trustStore(anchors)
 *         .purpose(PurposeProfile.DOCUMENT_SIGNER)
 *         .revocation(RevocationPolicy.crl(true))
 *         .crls(crls)
 *         .build();
 * ValidationReport report = validator.validate(documentSigner, List.of(), Instant.now());
 * }</pre>
 *
 * Instances are immutable and thread-safe; they cache signature verification outcomes, so reuse them.
 */
public final class CertificatePathValidator {

    /** Default limit on intermediates (not counting self-issued ones). */
    public static final int DEFAULT_MAX_INTERMEDIATES = 8;
    /** Most untrusted intermediates accepted in one call (more is treated as hostile input). */
    public static final int MAX_INTERMEDIATES_PER_CALL = 4096;
    /** Absolute limit on the number of certificates a built path may hold. */
    public static final int ABSOLUTE_MAX_PATH = 24;

    final TrustStore trustStore;
    final PurposeProfile purpose;
    final Set<ASN1ObjectIdentifier> extendedKeyUsages;
    final int maxIntermediates;
    final RevocationPolicy revocation;
    final List<CrlInfo> crls;
    final CrlFetcher crlFetcher;
    final OcspClient ocspClient;
    final boolean enforceProfile;
    final Boolean legacyAlgorithmsTolerated;
    final int maxCandidates;
    final Duration timeLimit;
    /** Outcomes remembered across calls, or null when the builder switched that off. */
    private final SignatureChecks signatures;
    final CertificatePool knownIntermediates;
    final Set<String> initialPolicies;
    final boolean explicitPolicyRequired;
    final boolean policyMappingInhibited;
    final boolean anyPolicyInhibited;
    private final Map<X500Name, List<CrlInfo>> crlsByIssuer = new HashMap<>();

    private CertificatePathValidator(Builder b) {
        this.trustStore = Objects.requireNonNull(b.trustStore, "trustStore");
        this.purpose = b.purpose;
        this.extendedKeyUsages = Set.copyOf(b.extendedKeyUsages);
        this.maxIntermediates = b.maxIntermediates;
        this.revocation = b.revocation;
        this.crls = List.copyOf(b.crls);
        this.crlFetcher = b.crlFetcher;
        this.ocspClient = b.ocspClient;
        this.enforceProfile = b.enforceProfile;
        this.legacyAlgorithmsTolerated = b.legacyAlgorithmsTolerated;
        this.maxCandidates = b.maxCandidates;
        this.timeLimit = b.timeLimit;
        this.signatures = b.signatureResultCache ? new SignatureChecks() : null;
        this.knownIntermediates = new CertificatePool(null, List.copyOf(b.intermediates));
        this.initialPolicies = Set.copyOf(b.initialPolicies);
        this.explicitPolicyRequired = b.explicitPolicyRequired;
        this.policyMappingInhibited = b.policyMappingInhibited;
        this.anyPolicyInhibited = b.anyPolicyInhibited;
        for (CrlInfo crl : crls) {
            crlsByIssuer.computeIfAbsent(crl.holder.getIssuer(), k -> new ArrayList<>()).add(crl);
        }
    }

    /** {@return a new builder; {@link Builder#trustStore(TrustStore)} is required} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Validates at the current time; see {@link #validate(X509CertificateHolder, Collection, Instant)}.
     *
     * @param target        the certificate to validate (end entity or CA, as the purpose says)
     * @param intermediates untrusted certificates that may complete the path, any order; may be {@code null}
     * @return the report, never {@code null}
     * @throws PkiException when more than {@link #MAX_INTERMEDIATES_PER_CALL} intermediates are offered
     */
    public ValidationReport validate(X509CertificateHolder target, Collection<X509CertificateHolder> intermediates) {
        return validate(target, intermediates, Instant.now());
    }

    /**
     * Builds paths from {@code target} through {@code intermediates} (untrusted, any order) to a trust anchor and
     * validates them at {@code time}; the first path that passes wins, otherwise the report of the first complete
     * path that failed (or {@link PathCode#NO_PATH_TO_TRUST_ANCHOR}).
     *
     * Certificates that cannot be decoded never escape as raw Bouncy Castle exceptions: an undecodable target
     * gives an INVALID report with {@link PathCode#MALFORMED_CERTIFICATE}; undecodable intermediates are not used
     * (and named by that code when no path validates).
     *
     * @param target        the certificate to validate (end entity or CA, as the purpose says)
     * @param intermediates untrusted certificates that may complete the path, any order; may be {@code null}
     * @param time          the validation time (validity periods, CRL freshness)
     * @return the report, never {@code null}
     * @throws PkiException when more than {@link #MAX_INTERMEDIATES_PER_CALL} intermediates are offered
     */
    public ValidationReport validate(X509CertificateHolder target, Collection<X509CertificateHolder> intermediates,
                                     Instant time) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(time, "time");
        if (intermediates != null && intermediates.size() > MAX_INTERMEDIATES_PER_CALL) {
            throw new PkiException("more than " + MAX_INTERMEDIATES_PER_CALL + " intermediates offered");
        }
        CertificateInfo targetInfo;
        try {
            targetInfo = new CertificateInfo(target);
        } catch (RuntimeException e) {
            return malformed("target", e);
        }
        List<CertificateInfo> extra = new ArrayList<>();
        int dropped = 0;
        Throwable firstDropped = null;
        for (X509CertificateHolder holder : intermediates == null ? List.<X509CertificateHolder>of() : intermediates) {
            try {
                extra.add(new CertificateInfo(Objects.requireNonNull(holder, "intermediate")));
            } catch (RuntimeException e) {
                // An undecodable untrusted certificate is no candidate issuer; it is named in a failing report.
                dropped++;
                firstDropped = firstDropped == null ? e : firstDropped;
            }
        }
        // Without the cross-call cache a per-call one still verifies each signature once while building and checking.
        SignatureChecks checks = signatures != null ? signatures : new SignatureChecks();
        ValidationReport report;
        try {
            CertificatePool pool = extra.isEmpty() ? knownIntermediates
                    : new CertificatePool(knownIntermediates, extra);
            report = new PathSearch(this, checks, targetInfo, pool, time).run();
        } catch (RuntimeException e) {
            // Safety net: a value Bouncy Castle cannot handle deep inside a certificate fails the validation, with a
            // code, instead of escaping as a raw exception (issue 11 item 12).
            return malformed(targetInfo.subjectText(), e);
        }
        if (dropped > 0 && !report.isValid()) {
            List<io.residentid.core.report.Finding> findings = new ArrayList<>(report.findings());
            findings.add(PathCode.MALFORMED_CERTIFICATE.finding(
                    io.residentid.core.report.Severity.ERROR, dropped + " intermediate(s)", describe(firstDropped)));
            report = new ValidationReport(report.verdict(), report.chain(), findings);
        }
        return report;
    }

    private static ValidationReport malformed(String which, Throwable e) {
        return new ValidationReport(Verdict.INVALID, List.of(), List.of(
                PathCode.MALFORMED_CERTIFICATE.finding(
                        io.residentid.core.report.Severity.ERROR, which, describe(e))));
    }

    private static String describe(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        // Bounded and on one line: the text comes from hostile input.
        message = message.replaceAll("[\\p{Cntrl}]", " ");
        return e.getClass().getSimpleName() + (message.isEmpty() ? ""
                : ": " + (message.length() > 200 ? message.substring(0, 200) + "..." : message));
    }

    List<CrlInfo> crlsFor(X500Name issuer) {
        return crlsByIssuer.getOrDefault(issuer, List.of());
    }

    boolean legacyTolerated() {
        return legacyAlgorithmsTolerated != null ? legacyAlgorithmsTolerated : purpose.legacyAlgorithmsTolerated();
    }

    /** Dotted OID strings from the caller, checked here so that a typo fails at configuration, not validation. */
    static Set<ASN1ObjectIdentifier> oids(Collection<String> dotted) {
        Set<ASN1ObjectIdentifier> set = new LinkedHashSet<>();
        for (String oid : dotted) {
            ASN1ObjectIdentifier parsed = oid == null ? null : ASN1ObjectIdentifier.tryFromID(oid);
            if (parsed == null) {
                throw new IllegalArgumentException("not an object identifier: " + oid);
            }
            set.add(parsed);
        }
        return Set.copyOf(set);
    }

    /** Configures a validator. */
    public static final class Builder {
        private TrustStore trustStore;
        private PurposeProfile purpose = PurposeProfile.ANY;
        private Set<ASN1ObjectIdentifier> extendedKeyUsages = Set.of();
        private int maxIntermediates = DEFAULT_MAX_INTERMEDIATES;
        private RevocationPolicy revocation = RevocationPolicy.NONE;
        private final List<CrlInfo> crls = new ArrayList<>();
        private final Set<CertificateInfo> intermediates = new LinkedHashSet<>();
        private CrlFetcher crlFetcher;
        private OcspClient ocspClient;
        private boolean enforceProfile = true;
        private boolean signatureResultCache = true;
        private Boolean legacyAlgorithmsTolerated;
        private int maxCandidates = 1024;
        private Duration timeLimit = Duration.ofSeconds(2);
        private Set<String> initialPolicies = Set.of(PolicyProcessor.ANY_POLICY);
        private boolean explicitPolicyRequired;
        private boolean policyMappingInhibited;
        private boolean anyPolicyInhibited;

        private Builder() {
        }

        /**
         * The trust anchors (required).
         *
         * @param trustStore the anchors
         * @return this builder
         */
        public Builder trustStore(TrustStore trustStore) {
            this.trustStore = Objects.requireNonNull(trustStore);
            return this;
        }

        /**
         * The purpose profile of the target (default {@link PurposeProfile#ANY}).
         *
         * @param purpose what the target certificate will be used for
         * @return this builder
         */
        public Builder purpose(PurposeProfile purpose) {
            this.purpose = Objects.requireNonNull(purpose);
            return this;
        }

        /**
         * Extended key usages of which the target must list one when it has the extension (overrides the
         * profile's default; an absent extension allows every purpose, as RFC 5280 says).
         *
         * @param usages key purpose OIDs in dotted form, e.g. {@code 1.3.6.1.5.5.7.3.4} (emailProtection)
         * @return this builder
         * @throws IllegalArgumentException when one of them is not an OID
         */
        public Builder extendedKeyUsages(Collection<String> usages) {
            this.extendedKeyUsages = oids(usages);
            return this;
        }

        /**
         * Maximum number of intermediates between target and anchor, not counting self-issued ones (default
         * {@value #DEFAULT_MAX_INTERMEDIATES}, capped at {@value #ABSOLUTE_MAX_PATH}).
         *
         * @param max the limit, 0 or more
         * @return this builder
         * @throws IllegalArgumentException when negative
         */
        public Builder maxIntermediates(int max) {
            if (max < 0) {
                throw new IllegalArgumentException("maxIntermediates < 0");
            }
            this.maxIntermediates = Math.min(max, ABSOLUTE_MAX_PATH);
            return this;
        }

        /**
         * Revocation checking (default none).
         *
         * @param policy which sources to consult and whether unknown status fails hard
         * @return this builder
         */
        public Builder revocation(RevocationPolicy policy) {
            this.revocation = Objects.requireNonNull(policy);
            return this;
        }

        /**
         * Untrusted intermediate certificates available to every validation (decoded once, like a certificate
         * store); each call may add more.
         *
         * @param certificates the intermediates
         * @return this builder
         * @throws PkiException when one of them cannot be decoded
         */
        public Builder intermediates(Collection<X509CertificateHolder> certificates) {
            certificates.forEach(c -> intermediates.add(new CertificateInfo(c)));
            return this;
        }

        /**
         * CRLs to consult (in addition to fetched ones).
         *
         * @param crls the CRLs, any issuer
         * @return this builder
         * @throws PkiException when the issuer name of one of them cannot be decoded
         */
        public Builder crls(Collection<X509CRLHolder> crls) {
            crls.forEach(c -> this.crls.add(new CrlInfo(c)));
            return this;
        }

        /**
         * Where to get CRLs that were not supplied (default: nowhere).
         *
         * @param fetcher the fetcher, or {@code null} for none
         * @return this builder
         */
        public Builder crlFetcher(CrlFetcher fetcher) {
            this.crlFetcher = fetcher;
            return this;
        }

        /**
         * How to ask OCSP responders (default: never).
         *
         * @param client the client, or {@code null} for none
         * @return this builder
         */
        public Builder ocspClient(OcspClient client) {
            this.ocspClient = client;
            return this;
        }

        /**
         * Whether the RFC 5280 certificate profile (section 4 MUSTs: key identifiers, criticality, serial numbers,
         * name syntax, basic constraints on anchors) is enforced in addition to the section 6 algorithm. Default
         * {@code true}; switch off only to test the bare algorithm (e.g. NIST PKITS).
         *
         * @param enforce whether the profile is enforced
         * @return this builder
         */
        public Builder enforceProfile(boolean enforce) {
            this.enforceProfile = enforce;
            return this;
        }

        /**
         * Overrides the profile's tolerance of SHA-1 and short RSA/DSA keys (warning instead of error).
         *
         * @param tolerated {@code true}: warn; {@code false}: fail
         * @return this builder
         */
        public Builder legacyAlgorithmsTolerated(boolean tolerated) {
            this.legacyAlgorithmsTolerated = tolerated;
            return this;
        }

        /**
         * Whether this validator remembers signature outcomes across calls (default {@code true}): a bounded LRU of
         * 4096 entries keyed by the SHA-256 of the signed certificate or CRL and of the verifying key, so
         * revalidating a chain costs hashing instead of public-key operations. Switched off, every call verifies each
         * signature it needs once (memory bounded per call; also how the uncached path is measured). The verdicts
         * are the same either way.
         *
         * @param enabled whether outcomes are remembered across calls
         * @return this builder
         */
        public Builder signatureResultCache(boolean enabled) {
            this.signatureResultCache = enabled;
            return this;
        }

        /**
         * Path-building budget: candidate issuer edges explored (default 1024).
         *
         * @param max the budget; values below 1 mean 1
         * @return this builder
         */
        public Builder maxCandidates(int max) {
            this.maxCandidates = Math.max(1, max);
            return this;
        }

        /**
         * Path-building wall-clock budget (default 2 s; the candidate budget is the main bound).
         *
         * @param limit the budget
         * @return this builder
         */
        public Builder timeLimit(Duration limit) {
            this.timeLimit = Objects.requireNonNull(limit);
            return this;
        }

        /**
         * RFC 5280 certificate policy inputs: the user-initial-policy-set (default anyPolicy), and whether an
         * explicit policy is required and policy mapping / anyPolicy are inhibited from the start (default no).
         *
         * @param initialPolicySet       acceptable policy OIDs in dotted form; empty means anyPolicy
         * @param explicitPolicyRequired whether the path must carry an acceptable policy
         * @param policyMappingInhibited whether policy mappings are refused
         * @param anyPolicyInhibited     whether anyPolicy in certificates is ignored
         * @return this builder
         * @throws IllegalArgumentException when a policy is not an OID
         */
        public Builder policies(Collection<String> initialPolicySet, boolean explicitPolicyRequired,
                                boolean policyMappingInhibited, boolean anyPolicyInhibited) {
            Set<String> set = new java.util.HashSet<>();
            oids(initialPolicySet).forEach(o -> set.add(o.getId()));
            this.initialPolicies = set.isEmpty() ? Set.of(PolicyProcessor.ANY_POLICY) : set;
            this.explicitPolicyRequired = explicitPolicyRequired;
            this.policyMappingInhibited = policyMappingInhibited;
            this.anyPolicyInhibited = anyPolicyInhibited;
            return this;
        }

        /** {@return the immutable, thread-safe validator} */
        public CertificatePathValidator build() {
            return new CertificatePathValidator(this);
        }
    }
}
