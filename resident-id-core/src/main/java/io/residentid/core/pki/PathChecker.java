package io.residentid.core.pki;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * RFC 5280 section 6 processing of one complete candidate path (target first, trust anchor last): validity,
 * signatures, basic constraints, key usage, path length, name constraints, policies and purpose. Revocation is
 * delegated to {@link RevocationChecker} once these path-level checks pass.
 */
final class PathChecker {

    private final CertificatePathValidator config;
    private final SignatureChecks signatures;
    private final List<CertificateInfo> path;
    private final Date date;
    private final PathFindings findings = new PathFindings();
    private final RevocationChecker revocation;

    PathChecker(CertificatePathValidator config, SignatureChecks signatures, List<CertificateInfo> path,
                CertificatePool pool, Instant time) {
        this.config = config;
        this.signatures = signatures;
        this.path = List.copyOf(path);
        this.date = Date.from(time);
        CrlSignerCheck crlSigner = new CrlSignerCheck(config, signatures, this.path, pool, date);
        CrlStatusChecker crls = new CrlStatusChecker(config,
                new CrlAcceptance(crlSigner, config.enforceProfile, date), date);
        this.revocation = new RevocationChecker(config.revocation, config.ocspClient, crls, time);
    }

    ValidationReport check() {
        int n = path.size() - 1;
        for (int i = n; i >= 0; i--) {
            certificate(i, n);
        }
        pathLength(n);
        nameConstraints(n);
        purpose();
        String policy = new PolicyProcessor().process(path, config.initialPolicies, config.explicitPolicyRequired,
                config.policyMappingInhibited, config.anyPolicyInhibited);
        if (policy != null) {
            error(PathCode.POLICY_INVALID, path.get(0), policy);
        }
        // Revocation is only worth asking about (and fetching for) once the path itself holds.
        if (!findings.hasErrors() && revocation.enabled()) {
            for (int i = 0; i < n; i++) {
                revocation.check(path.get(i), path.get(i + 1), findings);
            }
        }
        List<X509CertificateHolder> chain = path.stream().map(c -> c.holder).toList();
        return new ValidationReport(findings.verdict(), chain, findings.list());
    }

    private void error(PathCode code, CertificateInfo cert, Object detail) {
        findings.error(code, cert, detail);
    }

    private void warning(PathCode code, CertificateInfo cert, Object detail) {
        findings.warning(code, cert, detail);
    }

    private static boolean alwaysEnforced(PathCode code) {
        return code == PathCode.MALFORMED_EXTENSION || code == PathCode.SIGNATURE_ALGORITHM_MISMATCH
                || code == PathCode.EXTENDED_KEY_USAGE_EMPTY || code == PathCode.MALFORMED_NAME;
    }

    private void certificate(int i, int n) {
        CertificateInfo cert = path.get(i);
        boolean anchor = i == n;
        boolean profile = config.enforceProfile;
        if (anchor && !profile) {
            return;
        }
        for (String[] defect : cert.defects) {
            if (profile || alwaysEnforced(PathCode.valueOf(defect[0]))) {
                error(PathCode.valueOf(defect[0]), cert, defect[1]);
            }
        }
        for (ASN1ObjectIdentifier oid : cert.unknownCritical) {
            error(PathCode.UNSUPPORTED_CRITICAL_EXTENSION, cert, oid.getId());
        }
        if (date.before(cert.notBefore)) {
            error(PathCode.NOT_YET_VALID, cert, cert.notBefore.toInstant());
        }
        if (date.after(cert.notAfter)) {
            error(PathCode.EXPIRED, cert, cert.notAfter.toInstant());
        }
        keyStrength(cert);
        if (!anchor) {
            signatureAlgorithm(cert, cert.holder.getSignatureAlgorithm());
            CertificateInfo issuer = path.get(i + 1);
            boolean signed = SignatureChecks.isDsaWithoutParameters(issuer.holder.getSubjectPublicKeyInfo())
                    ? signatures.certificate(cert, SignatureChecks.effectiveKey(path, i + 1))
                    : signatures.certificate(cert, issuer);
            if (!signed) {
                error(PathCode.SIGNATURE_INVALID, cert, null);
            }
        }
        if (i > 0) {
            // An issuing certificate: RFC 5280 6.1.4 (k) and (n), and for the anchor the profile rules.
            if (cert.basicConstraints == null || !cert.basicConstraints.isCA()) {
                error(PathCode.NOT_A_CA, cert, null);
            } else if (profile && !cert.basicConstraintsCritical) {
                error(PathCode.NOT_A_CA, cert, "basicConstraints not critical");
            }
            if (cert.keyUsage != null && !cert.keyUsage.hasUsages(KeyUsage.keyCertSign)) {
                error(PathCode.KEY_USAGE_MISSING, cert, "keyCertSign");
            }
        }
        if (!profile) {
            return;
        }
        // A trust anchor's key is trusted directly, so it needs no authority key identifier (see notes/pki.md).
        if (cert.authorityKeyId == null && !anchor) {
            error(PathCode.KEY_IDENTIFIER_MISSING, cert, "authorityKeyIdentifier");
        }
        if (cert.isCa()) {
            if (cert.subjectKeyId == null) {
                error(PathCode.KEY_IDENTIFIER_MISSING, cert, "subjectKeyIdentifier");
            }
            if (cert.subject.getRDNs().length == 0) {
                error(PathCode.EMPTY_NAME, cert, "subject");
            }
            if (cert.keyUsage != null && !cert.keyUsage.hasUsages(KeyUsage.keyCertSign) && i == 0) {
                error(PathCode.BASIC_CONSTRAINTS_INVALID, cert, "cA without keyCertSign");
            }
            if (anchor && cert.keyUsage != null && !cert.keyUsage.hasUsages(KeyUsage.keyCertSign)) {
                error(PathCode.BASIC_CONSTRAINTS_INVALID, cert, "cA without keyCertSign");
            }
        } else {
            if (cert.keyUsage != null && cert.keyUsage.hasUsages(KeyUsage.keyCertSign)) {
                error(PathCode.BASIC_CONSTRAINTS_INVALID, cert, "keyCertSign without cA");
            }
            if (cert.nameConstraints != null) {
                error(PathCode.NAME_CONSTRAINT_VIOLATION, cert, "nameConstraints in a non-CA certificate");
            }
        }
        if (cert.basicConstraints != null && cert.basicConstraints.getPathLenConstraint() != null
                && (!cert.isCa() || cert.keyUsage != null && !cert.keyUsage.hasUsages(KeyUsage.keyCertSign))) {
            error(PathCode.BASIC_CONSTRAINTS_INVALID, cert, "pathLenConstraint without cA and keyCertSign");
        }
    }

    private void keyStrength(CertificateInfo cert) {
        int bits = cert.rsaOrDsaBits();
        if (bits <= 0 || bits >= 2048) {
            return;
        }
        if (bits < 1024 || !config.legacyTolerated()) {
            error(PathCode.WEAK_ALGORITHM, cert, bits + "-bit key");
        } else {
            warning(PathCode.WEAK_ALGORITHM, cert, bits + "-bit key");
        }
    }

    private void signatureAlgorithm(CertificateInfo cert, AlgorithmIdentifier algorithm) {
        String strength = AlgorithmStrength.of(algorithm);
        if (strength == null) {
            return;
        }
        if (strength.equals(AlgorithmStrength.BROKEN) || !config.legacyTolerated()) {
            error(PathCode.WEAK_ALGORITHM, cert, AlgorithmStrength.name(algorithm));
        } else {
            warning(PathCode.WEAK_ALGORITHM, cert, AlgorithmStrength.name(algorithm));
        }
    }

    private void pathLength(int n) {
        long remaining = Long.MAX_VALUE;
        int counted = 0;
        for (int i = n; i >= 1; i--) {
            CertificateInfo cert = path.get(i);
            if (i < n && !cert.selfIssued) {
                if (remaining <= 0) {
                    error(PathCode.PATH_LENGTH_EXCEEDED, cert, "pathLenConstraint");
                }
                remaining--;
                counted++;
            }
            if (cert.basicConstraints != null && cert.basicConstraints.getPathLenConstraint() != null) {
                remaining = Math.min(remaining, cert.basicConstraints.getPathLenConstraint().longValue());
            }
        }
        if (counted > config.maxIntermediates) {
            error(PathCode.PATH_LENGTH_EXCEEDED, path.get(0), "more than " + config.maxIntermediates
                    + " intermediates");
        }
    }

    private void nameConstraints(int n) {
        NameConstraintChecker checker = new NameConstraintChecker();
        for (int i = n; i >= 0; i--) {
            CertificateInfo cert = path.get(i);
            if (i < n && (!cert.selfIssued || i == 0)) {
                String problem = checker.check(cert);
                if (problem != null) {
                    error(PathCode.NAME_CONSTRAINT_VIOLATION, cert, problem);
                    return;
                }
            }
            if (cert.nameConstraints != null && i > 0) {
                checker.add(cert.nameConstraints);
            }
        }
    }

    private void purpose() {
        CertificateInfo target = path.get(0);
        PurposeProfile profile = config.purpose;
        if (profile.anyOfKeyUsage() != 0 && target.keyUsage != null && !anyKeyUsage(target, profile.anyOfKeyUsage())) {
            error(PathCode.KEY_USAGE_MISSING, target, profile.name());
        }
        if (profile.caRequired() && !target.isCa()) {
            error(PathCode.NOT_A_CA, target, profile.name());
        }
        Set<ASN1ObjectIdentifier> required = config.extendedKeyUsages.isEmpty()
                ? CertificatePathValidator.oids(profile.defaultExtendedKeyUsages()) : config.extendedKeyUsages;
        if (!required.isEmpty() && target.extendedKeyUsage != null
                && !target.extendedKeyUsage.hasKeyPurposeId(KeyPurposeId.anyExtendedKeyUsage)) {
            boolean any = false;
            for (ASN1ObjectIdentifier oid : required) {
                any |= target.extendedKeyUsage.hasKeyPurposeId(KeyPurposeId.getInstance(oid));
            }
            if (!any) {
                error(PathCode.EXTENDED_KEY_USAGE_MISSING, target, required.toString());
            }
        }
    }

    private static boolean anyKeyUsage(CertificateInfo cert, int anyOf) {
        for (int bit = 1; bit <= KeyUsage.decipherOnly; bit <<= 1) {
            if ((anyOf & bit) != 0 && cert.keyUsage.hasUsages(bit)) {
                return true;
            }
        }
        return false;
    }
}
