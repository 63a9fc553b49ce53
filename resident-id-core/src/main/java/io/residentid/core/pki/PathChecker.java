package io.residentid.core.pki;

import io.residentid.core.report.Finding;
import io.residentid.core.report.Severity;
import io.residentid.core.report.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuingDistributionPoint;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CRLEntryHolder;
import org.bouncycastle.cert.X509CertificateHolder;

/** RFC 5280 section 6 processing of one complete candidate path (target first, trust anchor last). */
final class PathChecker {

    private static final Set<ASN1ObjectIdentifier> KNOWN_CRL_EXTENSIONS = Set.of(Extension.cRLNumber,
            Extension.authorityKeyIdentifier, Extension.issuingDistributionPoint, Extension.issuerAlternativeName);

    private final CertificatePathValidator config;
    private final SignatureChecks signatures;
    private final List<CertificateInfo> path;
    private final Instant time;
    private final Date date;
    private final List<Finding> findings = new ArrayList<>();
    private boolean errors;
    private boolean indeterminate;

    private final CertificatePool pool;

    PathChecker(CertificatePathValidator config, SignatureChecks signatures, List<CertificateInfo> path,
                CertificatePool pool, Instant time) {
        this.config = config;
        this.signatures = signatures;
        this.path = List.copyOf(path);
        this.pool = pool;
        this.time = time;
        this.date = Date.from(time);
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
        if (!errors && config.revocation.mode() != RevocationPolicy.Mode.NONE) {
            for (int i = 0; i < n; i++) {
                revocation(path.get(i), path.get(i + 1));
            }
        }
        Verdict status = errors ? Verdict.INVALID
                : indeterminate ? Verdict.INDETERMINATE : Verdict.VALID;
        List<X509CertificateHolder> chain = path.stream().map(c -> c.holder).toList();
        return new ValidationReport(status, chain, findings);
    }

    private void error(PathCode code, CertificateInfo cert, Object detail) {
        errors = true;
        findings.add(detail == null ? code.finding(Severity.ERROR, cert.subjectText())
                : code.finding(Severity.ERROR, cert.subjectText(), detail));
    }

    private void warning(PathCode code, CertificateInfo cert, Object detail) {
        findings.add(detail == null ? code.finding(Severity.WARNING, cert.subjectText())
                : code.finding(Severity.WARNING, cert.subjectText(), detail));
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
                ? profile.defaultExtendedKeyUsages() : config.extendedKeyUsages;
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

    // ---- revocation ----

    private void revocation(CertificateInfo cert, CertificateInfo issuer) {
        RevocationPolicy.Mode mode = config.revocation.mode();
        OcspClient.Status status = OcspClient.Status.UNKNOWN;
        if ((mode == RevocationPolicy.Mode.OCSP || mode == RevocationPolicy.Mode.EITHER) && config.ocspClient != null) {
            try {
                status = config.ocspClient.status(cert.holder, issuer.holder, time);
            } catch (RuntimeException e) { // PkiException from the client, or a broken client
                warning(PathCode.REVOCATION_DATA_INVALID, cert, e.getMessage());
            }
        }
        if (status == OcspClient.Status.UNKNOWN
                && (mode == RevocationPolicy.Mode.CRL || mode == RevocationPolicy.Mode.EITHER)) {
            try {
                status = crlStatus(cert, issuer);
            } catch (RuntimeException e) {
                // A CRL whose entries or extensions fail to decode lazily is unusable, not a crash.
                warning(PathCode.REVOCATION_DATA_INVALID, cert, "malformed CRL: " + e.getMessage());
                status = OcspClient.Status.UNKNOWN;
            }
        }
        if (status == OcspClient.Status.REVOKED) {
            error(PathCode.REVOKED, cert, null);
        } else if (status == OcspClient.Status.UNKNOWN) {
            if (config.revocation.hardFail()) {
                indeterminate = true;
                findings.add(PathCode.REVOCATION_UNKNOWN.finding(Severity.ERROR,
                        cert.subjectText()));
            } else {
                warning(PathCode.REVOCATION_UNKNOWN, cert, null);
            }
        }
    }

    private OcspClient.Status crlStatus(CertificateInfo cert, CertificateInfo issuer) {
        List<CrlInfo> candidates = new ArrayList<>();
        List<org.bouncycastle.asn1.x500.X500Name> crlIssuers = new ArrayList<>();
        crlIssuers.add(cert.issuer);
        crlIssuers.addAll(cert.crlIssuerNames());
        for (org.bouncycastle.asn1.x500.X500Name crlIssuer : crlIssuers) {
            for (CrlInfo crl : config.crlsFor(crlIssuer)) {
                if (Names.same(crl.holder.getIssuer(), crlIssuer) && !candidates.contains(crl)) {
                    candidates.add(crl);
                }
            }
        }
        if (config.crlFetcher != null) {
            try {
                for (var holder : config.crlFetcher.fetch(cert.holder, cert.distributionPointUrls())) {
                    if (Names.same(holder.getIssuer(), cert.issuer)) {
                        candidates.add(new CrlInfo(holder));
                    }
                }
            } catch (RuntimeException e) {
                // PkiException from the fetcher, or a fetched CRL whose issuer name cannot be decoded
                warning(PathCode.REVOCATION_DATA_INVALID, cert, e.getMessage());
            }
        }
        // RFC 5280 6.3.3: CRLs partitioned by reason each cover part of the reasons; all must be covered.
        int covered = 0;
        for (CrlInfo crl : candidates) {
            String problem = crlProblem(crl, cert, issuer);
            if (problem != null) {
                warning(PathCode.REVOCATION_DATA_INVALID, cert, problem);
                continue;
            }
            covered |= reasonsCovered(crl);
            X509CRLEntryHolder entry = entryFor(crl, cert);
            if (entry != null && !removedFromCrl(entry) && !entry.getRevocationDate().after(date)) {
                return OcspClient.Status.REVOKED;
            }
        }
        return covered == ALL_REASONS ? OcspClient.Status.GOOD : OcspClient.Status.UNKNOWN;
    }

    /** The entry for the certificate, honouring certificateIssuer entries of indirect CRLs. */
    private static X509CRLEntryHolder entryFor(CrlInfo crl, CertificateInfo cert) {
        java.math.BigInteger serial = cert.holder.getSerialNumber();
        for (Object o : crl.holder.getRevokedCertificates()) {
            X509CRLEntryHolder entry = (X509CRLEntryHolder) o;
            if (!entry.getSerialNumber().equals(serial)) {
                continue;
            }
            GeneralNames issuers = entry.getCertificateIssuer();
            if (issuers == null) {
                if (Names.same(crl.holder.getIssuer(), cert.issuer)) {
                    return entry;
                }
                continue;
            }
            for (GeneralName name : issuers.getNames()) {
                if (name.getTagNo() == GeneralName.directoryName
                        && Names.same(org.bouncycastle.asn1.x500.X500Name.getInstance(name.getName()), cert.issuer)) {
                    return entry;
                }
            }
        }
        return null;
    }

    private static final int ALL_REASONS = org.bouncycastle.asn1.x509.ReasonFlags.keyCompromise
            | org.bouncycastle.asn1.x509.ReasonFlags.cACompromise
            | org.bouncycastle.asn1.x509.ReasonFlags.affiliationChanged
            | org.bouncycastle.asn1.x509.ReasonFlags.superseded
            | org.bouncycastle.asn1.x509.ReasonFlags.cessationOfOperation
            | org.bouncycastle.asn1.x509.ReasonFlags.certificateHold
            | org.bouncycastle.asn1.x509.ReasonFlags.privilegeWithdrawn
            | org.bouncycastle.asn1.x509.ReasonFlags.aACompromise;

    private static int reasonsCovered(CrlInfo crl) {
        Extensions extensions = crl.holder.getExtensions();
        Extension idp = extensions == null ? null : extensions.getExtension(Extension.issuingDistributionPoint);
        if (idp == null) {
            return ALL_REASONS;
        }
        org.bouncycastle.asn1.x509.ReasonFlags some =
                IssuingDistributionPoint.getInstance(idp.getParsedValue()).getOnlySomeReasons();
        return some == null ? ALL_REASONS : some.intValue() & ALL_REASONS;
    }

    private static boolean removedFromCrl(X509CRLEntryHolder entry) {
        Extension reason = entry.getExtension(Extension.reasonCode);
        if (reason == null) {
            return false;
        }
        try {
            return CRLReason.getInstance(reason.getParsedValue()).getValue().intValue() == CRLReason.removeFromCRL;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private String crlProblem(CrlInfo crl, CertificateInfo cert, CertificateInfo issuer) {
        if (AlgorithmStrength.BROKEN.equals(AlgorithmStrength.of(crl.holder.toASN1Structure().getSignatureAlgorithm()))) {
            return "CRL signed with a broken algorithm";
        }
        boolean indirect = !Names.same(crl.holder.getIssuer(), cert.issuer);
        if (cert.acceptableCrlIssuers().stream().noneMatch(n -> Names.same(n, crl.holder.getIssuer()))) {
            return "CRL issuer is not named by the certificate's distribution points";
        }
        String signer = indirect ? indirectSignerProblem(crl) : crlSignerProblem(crl, issuer);
        if (signer != null) {
            return signer;
        }
        Extensions extensions = crl.holder.getExtensions();
        Extension number = extensions == null ? null : extensions.getExtension(Extension.cRLNumber);
        if (config.enforceProfile && (number == null || number.isCritical())) {
            return number == null ? "CRL has no CRL number" : "CRL number is critical";
        }
        if (extensions != null) {
            for (ASN1ObjectIdentifier oid : extensions.getCriticalExtensionOIDs()) {
                if (!KNOWN_CRL_EXTENSIONS.contains(oid)) {
                    return "CRL has unsupported critical extension " + oid.getId();
                }
            }
        }
        if (crl.thisUpdate.after(date)) {
            return "CRL thisUpdate is after the validation time";
        }
        if (crl.nextUpdate != null && crl.nextUpdate.before(date)) {
            return "CRL is stale (nextUpdate passed)";
        }
        Extension idpExtension = extensions == null ? null : extensions.getExtension(Extension.issuingDistributionPoint);
        if (idpExtension != null) {
            String scope = idpScopeProblem(IssuingDistributionPoint.getInstance(idpExtension.getParsedValue()), cert,
                    crl.holder.getIssuer(), indirect);
            if (scope != null) {
                return scope;
            }
        } else if (indirect) {
            return "CRL from another issuer is not marked indirect";
        }
        for (Object o : crl.holder.getRevokedCertificates()) {
            X509CRLEntryHolder entry = (X509CRLEntryHolder) o;
            if (entry.hasExtensions()) {
                for (Object oid : entry.getCriticalExtensionOIDs()) {
                    if (!oid.equals(Extension.reasonCode) && !oid.equals(Extension.invalidityDate)
                            && !oid.equals(Extension.certificateIssuer)) {
                        return "CRL entry has unsupported critical extension " + oid;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The CRL must be signed by the certificate's issuer with cRLSign, or by another key of the same CA whose
     * certificate is on this path or is directly issued by a certificate on this path (RFC 5280 6.3.3 (f)).
     */
    private String crlSignerProblem(CrlInfo crl, CertificateInfo issuer) {
        String problem = "CRL signature invalid";
        List<CertificateInfo> signers = new ArrayList<>();
        signers.add(issuer);
        for (CertificateInfo c : path) {
            if (c != issuer && Names.same(c.subject, issuer.subject)) {
                signers.add(c);
            }
        }
        for (CertificateInfo c : pool.withSubject(issuer.subject)) {
            if (!signers.contains(c) && signedByPath(c)) {
                signers.add(c);
            }
        }
        for (CertificateInfo signer : signers) {
            if (signer.keyUsage != null && !signer.keyUsage.hasUsages(KeyUsage.cRLSign)) {
                problem = "CRL issuer lacks cRLSign";
                continue;
            }
            int onPath = path.indexOf(signer);
            boolean verified = onPath >= 0 && SignatureChecks.isDsaWithoutParameters(signer.holder.getSubjectPublicKeyInfo())
                    ? signatures.crl(crl, SignatureChecks.effectiveKey(path, onPath))
                    : signatures.crl(crl, signer);
            if (verified) {
                return null;
            }
        }
        return problem;
    }

    /**
     * An indirect CRL's issuer must be a trust anchor, or certified by a certificate on this path (one level), and
     * allowed to sign CRLs.
     */
    private String indirectSignerProblem(CrlInfo crl) {
        org.bouncycastle.asn1.x500.X500Name name = crl.holder.getIssuer();
        List<CertificateInfo> signers = new ArrayList<>(config.trustStore.anchorsFor(name));
        for (CertificateInfo c : path) {
            if (Names.same(c.subject, name) && !signers.contains(c)) {
                signers.add(c);
            }
        }
        for (CertificateInfo c : pool.withSubject(name)) {
            if (!signers.contains(c) && signedByPath(c)) {
                signers.add(c);
            }
        }
        String problem = "indirect CRL issuer not certified on this path";
        for (CertificateInfo signer : signers) {
            if (!Names.same(signer.subject, name)) {
                continue;
            }
            if (signer.keyUsage != null && !signer.keyUsage.hasUsages(KeyUsage.cRLSign)) {
                problem = "CRL issuer lacks cRLSign";
                continue;
            }
            if (signatures.crl(crl, signer)) {
                return null;
            }
            problem = "CRL signature invalid";
        }
        return problem;
    }

    private boolean signedByPath(CertificateInfo cert) {
        if (date.before(cert.notBefore) || date.after(cert.notAfter)) {
            return false;
        }
        for (CertificateInfo c : path) {
            if (Names.same(c.subject, cert.issuer) && signatures.certificate(cert, c)) {
                return !revokedBy(cert, c);
            }
        }
        return false;
    }

    /** Whether a CRL of {@code issuer} (signed by it) lists {@code cert}: a revoked CRL signer is not used. */
    private boolean revokedBy(CertificateInfo cert, CertificateInfo issuer) {
        for (CrlInfo crl : config.crlsFor(cert.issuer)) {
            if (Names.same(crl.holder.getIssuer(), cert.issuer) && signatures.crl(crl, issuer)
                    && crl.holder.getRevokedCertificate(cert.holder.getSerialNumber()) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameName(GeneralName a, GeneralName b) {
        if (a.getTagNo() == GeneralName.directoryName && b.getTagNo() == GeneralName.directoryName) {
            return Names.same(org.bouncycastle.asn1.x500.X500Name.getInstance(a.getName()),
                    org.bouncycastle.asn1.x500.X500Name.getInstance(b.getName()));
        }
        return a.equals(b);
    }

    private static String idpScopeProblem(IssuingDistributionPoint idp, CertificateInfo cert,
                                          org.bouncycastle.asn1.x500.X500Name crlIssuer, boolean indirect) {
        if (indirect && !idp.isIndirectCRL()) {
            return "CRL from another issuer is not marked indirect";
        }
        if (idp.onlyContainsAttributeCerts() || idp.onlyContainsCACerts() && !cert.isCa()
                || idp.onlyContainsUserCerts() && cert.isCa()) {
            return "CRL scope does not cover this certificate";
        }
        DistributionPointName name = idp.getDistributionPoint();
        if (name != null) {
            List<GeneralName> certNames = cert.distributionPointNames();
            if (!certNames.isEmpty()) {
                for (GeneralName n : CertificateInfo.fullNames(name, crlIssuer)) {
                    for (GeneralName c : certNames) {
                        if (sameName(n, c)) {
                            return null;
                        }
                    }
                }
                return "CRL distribution point does not match the certificate's";
            }
            // No distribution point in the certificate: the CRL's point must name the issuer itself.
            GeneralName issuerName = new GeneralName(cert.issuer);
            for (GeneralName n : CertificateInfo.fullNames(name, cert.issuer)) {
                if (sameName(n, issuerName)) {
                    return null;
                }
            }
            return "CRL is scoped to a distribution point the certificate does not name";
        }
        return null;
    }
}
