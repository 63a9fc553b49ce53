package io.residentid.core.pki;

import io.residentid.core.report.Finding;
import io.residentid.core.report.Messages;
import io.residentid.core.report.Severity;
import io.residentid.core.report.Verdict;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One validation call: bounded depth-first path building, each complete path checked by {@link PathChecker}. */
final class PathSearch {

    static final Messages MESSAGES = Messages.forPackageOf(PathSearch.class);

    private static final int SIGNATURE_COST = 32;
    private static final int MIN_WORK_BEFORE_TIMEOUT = 64;

    private final CertificatePathValidator config;
    private final SignatureChecks signatures;
    private final CertificateInfo target;
    private final CertificatePool pool;
    private final Instant time;
    private final long deadline;
    private int candidates;
    /** Public-key operations that failed: they do not consume {@link #candidates} (see {@link #extend}). */
    private long badSignatures;
    private boolean limitReached;
    private ValidationReport firstFailure;

    PathSearch(CertificatePathValidator config, SignatureChecks signatures, CertificateInfo target,
               CertificatePool pool, Instant time) {
        this.config = config;
        this.signatures = signatures;
        this.target = target;
        this.pool = pool;
        this.time = time.truncatedTo(ChronoUnit.SECONDS);
        this.deadline = System.nanoTime() + config.timeLimit.toNanos();
    }

    ValidationReport run() {
        List<CertificateInfo> path = new ArrayList<>();
        path.add(target);
        if (config.trustStore.contains(target)) {
            ValidationReport report = check(path);
            if (report.isValid()) {
                return report;
            }
        }
        ValidationReport found = extend(path, 0);
        if (found != null) {
            return found;
        }
        if (firstFailure != null) {
            return firstFailure;
        }
        List<Finding> findings = new ArrayList<>();
        findings.add(PathCode.NO_PATH_TO_TRUST_ANCHOR.finding(Severity.ERROR, target.subjectText()));
        if (limitReached) {
            findings.add(PathCode.PATH_BUILDING_LIMIT.finding(Severity.ERROR, target.subjectText(),
                    candidates));
            return new ValidationReport(Verdict.INDETERMINATE, List.of(), findings);
        }
        return new ValidationReport(Verdict.INVALID, List.of(), findings);
    }

    /**
     * Depth-first search for issuers of the last certificate of {@code path}; returns a VALID report or null.
     *
     * <p>Each candidate's key is tried on the child's signature when the candidate is chosen. Candidates whose key
     * does not verify it are never explored and do not consume the candidate budget (look-alike CAs with the right
     * subject and key identifiers but the wrong key, offered before the real one, must not starve it: issue 11
     * item 13); they are counted against a separate bound of {@link #badSignatureLimit()} public-key operations
     * and the time limit. A trust anchor whose key does not verify is checked in full only when nothing else was,
     * so the report still says why the path failed.
     */
    private ValidationReport extend(List<CertificateInfo> path, int intermediates) {
        CertificateInfo current = path.get(path.size() - 1);
        List<CertificateInfo> issuers = new ArrayList<>();
        for (CertificateInfo anchor : config.trustStore.anchorsFor(current.issuer)) {
            if (Names.same(anchor.subject, current.issuer) && keyIdsCompatible(current, anchor)) {
                issuers.add(anchor);
            }
        }
        int anchors = issuers.size();
        for (CertificateInfo candidate : pool.withSubject(current.issuer)) {
            if (keyIdsCompatible(current, candidate)
                    && !config.trustStore.contains(candidate)) {
                issuers.add(candidate);
            }
        }
        CertificateInfo badAnchor = null;
        for (int i = 0; i < issuers.size(); i++) {
            CertificateInfo issuer = issuers.get(i);
            if (contains(path, issuer)) {
                continue;
            }
            if (outOfTime()) {
                return null;
            }
            int next = intermediates + (issuer.selfIssued ? 0 : 1);
            if (i >= anchors && (next > config.maxIntermediates + 1
                    || path.size() + 1 >= CertificatePathValidator.ABSOLUTE_MAX_PATH)) {
                continue; // too deep to lead anywhere: not worth a public-key operation
            }
            if (!signatureVerifies(current, issuer, i < anchors)) {
                if (badSignatures > badSignatureLimit()) {
                    limitReached = true;
                    return null;
                }
                if (i < anchors && badAnchor == null) {
                    badAnchor = issuer;
                }
                continue;
            }
            if (exhausted()) {
                return null;
            }
            path.add(issuer);
            try {
                if (i < anchors) {
                    candidates += 4;
                    ValidationReport report = check(path);
                    if (report.isValid()) {
                        return report;
                    }
                    if (firstFailure == null) {
                        firstFailure = report;
                    }
                } else {
                    ValidationReport report = extend(path, next);
                    if (report != null) {
                        return report;
                    }
                }
            } finally {
                path.remove(path.size() - 1);
            }
        }
        if (badAnchor != null && firstFailure == null && !exhausted()) {
            path.add(badAnchor);
            try {
                candidates += 4;
                firstFailure = check(path); // says SIGNATURE_INVALID (and anything else wrong with the path)
            } finally {
                path.remove(path.size() - 1);
            }
        }
        return null;
    }

    /**
     * Whether {@code issuer}'s key verifies {@code child}'s signature. A fresh public-key operation that succeeds
     * costs {@value #SIGNATURE_COST} budget units for an intermediate (the default budget allows about 32 of them);
     * known outcomes cost nothing; a failure is counted in {@link #badSignatures} instead of the budget. A DSA key
     * without parameters inherits them from above, so its edge is verified once the path is complete.
     */
    private boolean signatureVerifies(CertificateInfo child, CertificateInfo issuer, boolean anchor) {
        if (SignatureChecks.isDsaWithoutParameters(issuer.holder.getSubjectPublicKeyInfo())) {
            return true;
        }
        boolean known = signatures.known(child, issuer);
        boolean ok = signatures.certificate(child, issuer);
        if (!ok) {
            if (!known) {
                badSignatures++;
            }
            return false;
        }
        if (!known && !anchor) {
            candidates += SIGNATURE_COST;
        }
        return true;
    }

    /**
     * Most failed public-key operations in one call: an eighth of the candidate budget, at least 64 (128 by
     * default: three times the look-alikes that starved the old budget, while a chain of 100 same-subject CAs with
     * distinct keys still fails as fast as before).
     */
    private long badSignatureLimit() {
        return Math.max(64L, config.maxCandidates / 8L);
    }

    private boolean outOfTime() {
        // The clock only counts once real work was done: a cold JVM (class loading) must not fail a short chain.
        if (candidates + badSignatures > MIN_WORK_BEFORE_TIMEOUT && System.nanoTime() > deadline) {
            limitReached = true;
            return true;
        }
        return false;
    }

    private boolean exhausted() {
        if (++candidates > config.maxCandidates || outOfTime()) {
            limitReached = true;
            return true;
        }
        return false;
    }

    private static boolean contains(List<CertificateInfo> path, CertificateInfo cert) {
        for (CertificateInfo c : path) {
            if (c.sameAs(cert) || c.subject.equals(cert.subject) && Arrays.equals(c.keyFingerprint(), cert.keyFingerprint())) {
                return true;
            }
        }
        return false;
    }

    private static boolean keyIdsCompatible(CertificateInfo child, CertificateInfo issuer) {
        return child.authorityKeyId == null || issuer.subjectKeyId == null
                || Arrays.equals(child.authorityKeyId, issuer.subjectKeyId);
    }

    private ValidationReport check(List<CertificateInfo> path) {
        return new PathChecker(config, signatures, path, pool, time).check();
    }
}
