package io.residentid.core.pki;

import io.residentid.core.report.Finding;
import io.residentid.core.report.Messages;
import io.residentid.core.report.Severity;
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
        findings.add(Finding.of(MESSAGES, PathCodes.NO_PATH_TO_TRUST_ANCHOR, Severity.ERROR, target.subjectText()));
        if (limitReached) {
            findings.add(Finding.of(MESSAGES, PathCodes.PATH_BUILDING_LIMIT, Severity.ERROR, target.subjectText(),
                    candidates));
            return new ValidationReport(ValidationReport.Status.INDETERMINATE, List.of(), findings);
        }
        return new ValidationReport(ValidationReport.Status.INVALID, List.of(), findings);
    }

    /** Depth-first search for issuers of the last certificate of {@code path}; returns a VALID report or null. */
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
        for (int i = 0; i < issuers.size(); i++) {
            if (exhausted()) {
                return null;
            }
            CertificateInfo issuer = issuers.get(i);
            if (contains(path, issuer)) {
                continue;
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
                    int next = intermediates + (issuer.selfIssued ? 0 : 1);
                    if (next <= config.maxIntermediates + 1 && path.size() < CertificatePathValidator.ABSOLUTE_MAX_PATH
                            && signaturePlausible(path)) {
                        ValidationReport report = extend(path, next);
                        if (report != null) {
                            return report;
                        }
                    }
                }
            } finally {
                path.remove(path.size() - 1);
            }
        }
        return null;
    }

    /**
     * Prunes edges whose signature cannot verify, so cycles of look-alike CAs die early. A public-key operation
     * costs {@value #SIGNATURE_COST} budget units, so the default budget allows about 32 of them.
     */
    private boolean signaturePlausible(List<CertificateInfo> path) {
        candidates += SIGNATURE_COST;
        CertificateInfo issuer = path.get(path.size() - 1);
        if (SignatureChecks.isDsaWithoutParameters(issuer.holder.getSubjectPublicKeyInfo())) {
            return true; // parameters are inherited from above: verified once the path is complete
        }
        return signatures.certificate(path.get(path.size() - 2), issuer);
    }

    private boolean exhausted() {
        // The clock only counts once real work was done: a cold JVM (class loading) must not fail a short chain.
        if (++candidates > config.maxCandidates || candidates > MIN_WORK_BEFORE_TIMEOUT && System.nanoTime() > deadline) {
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
