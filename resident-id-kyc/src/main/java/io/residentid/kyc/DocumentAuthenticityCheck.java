package io.residentid.kyc;

import io.residentid.core.model.Bytes;
import io.residentid.core.pki.CertificatePathValidator;
import io.residentid.core.pki.CmsReport;
import io.residentid.core.pki.CmsVerifier;
import io.residentid.core.pki.LdsSecurityObject;
import io.residentid.core.pki.PathCode;
import io.residentid.core.pki.PkiException;
import io.residentid.core.pki.PurposeProfile;
import io.residentid.core.pki.ValidationReport;
import io.residentid.core.report.Finding;
import io.residentid.core.report.Severity;
import io.residentid.core.report.Verdict;
import io.residentid.pcsc.icao.Dg12;
import org.bouncycastle.cert.X509CertificateHolder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Passive authentication from the bytes (ICAO 9303-11 §5.1): the EF.SOD signature with the document signer it
 * carries, every data group's hash, and the signer's chain to a trusted CSCA now or, failing that, when the
 * document was issued (DG12's date of issue, else the signer certificate's start).
 */
final class DocumentAuthenticityCheck extends ChipCheck {

    static final String ID = "document-authenticity";
    private static final CmsVerifier SOD_VERIFIER = CmsVerifier.builder().purpose(PurposeProfile.DOCUMENT_SIGNER)
            .build();

    DocumentAuthenticityCheck() {
        super(ID);
    }

    @Override
    void check(KycContext c, ChipEvidence chip, List<Finding> findings) {
        Optional<Bytes> sod = c.chipFile(EvidenceFile.SOD);
        if (sod.isEmpty()) {
            findings.add(KycCode.SOD_MISSING.finding());
            return;
        }
        CmsReport cms;
        LdsSecurityObject lds;
        try {
            cms = SOD_VERIFIER.verify(CmsVerifier.unwrapEfSod(sod.get().toByteArray()), c.now);
            lds = LdsSecurityObject.parse(cms.content());
        } catch (PkiException | IllegalArgumentException e) {
            findings.add(KycCode.SOD_MALFORMED.finding());
            return;
        }
        if (!cms.signatureValid() || cms.signer().isEmpty()) {
            findings.add(KycCode.SOD_SIGNATURE_INVALID.finding());
            return;
        }
        boolean hashesOk = true;
        for (Map.Entry<EvidenceFile, Bytes> e : chip.files().entrySet()) {
            int n = e.getKey().dataGroupNumber();
            if (n == 0) {
                continue;
            }
            if (lds.hashOf(n).isEmpty()) {
                findings.add(KycCode.DG_NOT_IN_SOD.finding(e.getKey().item()));
                hashesOk = false;
            } else if (!lds.matches(n, e.getValue().toByteArray())) {
                findings.add(KycCode.DG_HASH_MISMATCH.finding(e.getKey().item()));
                hashesOk = false;
            }
        }
        for (Integer n : lds.dataGroupNumbers()) {
            EvidenceFile f = EvidenceFile.valueOf("DG" + n);
            if (c.chipFile(f).isEmpty()) {
                findings.add(n == 1 ? KycCode.DG1_MISSING.finding() : KycCode.DG_NOT_READ.finding(f.item()));
                hashesOk &= n != 1;
            }
        }
        boolean chainOk = chain(c, cms, findings);
        c.passiveAuthenticationPassed = hashesOk && chainOk;
    }

    private static boolean chain(KycContext c, CmsReport cms, List<Finding> findings) {
        Optional<CertificatePathValidator> validator = c.trust.documentSignerValidator();
        if (validator.isEmpty()) {
            findings.add(KycCode.NO_TRUST_ANCHORS.finding());
            return false;
        }
        X509CertificateHolder signer = cms.signer().get();
        ValidationReport now;
        try {
            Optional<ValidChainCache> cache = c.trust.documentSignerChains();
            now = cache.isPresent() ? cache.get().validate(signer, cms.certificates(), c.now)
                    : validator.get().validate(signer, cms.certificates(), c.now);
        } catch (PkiException e) {
            findings.add(KycCode.DS_CHAIN_INVALID.finding());
            return false;
        }
        if (now.isValid()) {
            anchor(c, now, findings, KycCode.DS_CHAIN_VALID);
            return true;
        }
        if (now.has(PathCode.REVOKED)) {
            findings.addAll(now.errors());
            findings.add(KycCode.DS_CHAIN_REVOKED.finding());
            return false;
        }
        if (now.has(PathCode.NO_PATH_TO_TRUST_ANCHOR)) {
            findings.add(KycCode.DS_CHAIN_UNTRUSTED.finding());
            return false;
        }
        if (onlyExpiry(now)) {
            ValidationReport then = validator.get().validate(signer, cms.certificates(), issueTime(c, signer));
            if (then.isValid()) {
                anchor(c, then, findings, KycCode.DS_CHAIN_VALID_AT_ISSUE_ONLY);
                return true;
            }
        }
        if (now.verdict() == Verdict.INDETERMINATE) {
            findings.add(KycCode.DS_CHAIN_INDETERMINATE.finding());
            return false;
        }
        findings.addAll(now.errors());
        findings.add(KycCode.DS_CHAIN_INVALID.finding());
        return false;
    }

    private static boolean onlyExpiry(ValidationReport report) {
        List<Finding> errors = report.errors();
        return !errors.isEmpty() && errors.stream().allMatch(f -> f.code().equals(PathCode.EXPIRED.code()));
    }

    private static void anchor(KycContext c, ValidationReport report, List<Finding> findings, KycCode code) {
        X509CertificateHolder root = report.chain().get(report.chain().size() - 1);
        TrustAnchor anchor = c.trust.anchor(root).orElseGet(() -> KycTrust.describe(root, "unknown"));
        c.anchorsUsed.add(anchor);
        findings.add(code == KycCode.DS_CHAIN_VALID ? code.finding(anchor.subject()) : code.finding());
        for (Finding f : report.findings()) {
            if (f.severity() == Severity.WARNING) {
                findings.add(f);
            }
        }
    }

    /** When the document was issued: DG12's date of issue at noon UTC, else the signer certificate's start. */
    private static Instant issueTime(KycContext c, X509CertificateHolder signer) {
        Optional<String> issued = c.dg12().map(Dg12::dateOfIssue).filter(d -> d != null && d.matches("[0-9]{8}"));
        if (issued.isPresent()) {
            try {
                return LocalDate.parse(issued.get(), DateTimeFormatter.BASIC_ISO_DATE).atTime(12, 0)
                        .toInstant(ZoneOffset.UTC);
            } catch (RuntimeException e) {
                // fall through to the certificate
            }
        }
        return signer.getNotBefore().toInstant().plus(Duration.ofMinutes(1));
    }
}
