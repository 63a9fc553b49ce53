package io.residentid.kyc;

import io.residentid.core.model.Bytes;
import io.residentid.core.pki.Certificates;
import io.residentid.core.pki.CertificatePathValidator;
import io.residentid.core.pki.PkiException;
import io.residentid.core.pki.ValidationReport;
import io.residentid.core.report.Finding;
import io.residentid.core.report.Verdict;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Holder authentication: the card's signature over the bank's challenge with its authentication certificate, and
 * that certificate's chain to a trusted national CA (profile card authentication; CRLs when given).
 */
final class HolderAuthenticationCheck extends KycCheck {
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    HolderAuthenticationCheck() {
        super("holder-authentication");
    }

    @Override
    public CheckOutcome run(KycContext c) {
        Optional<HolderAuthenticationTranscript> t = c.evidence.holderAuthentication();
        if (t.isEmpty()) {
            return notRun(KycCode.HOLDER_AUTH_ABSENT.finding());
        }
        List<X509CertificateHolder> chain = new ArrayList<>();
        try {
            for (Bytes der : t.get().certificates()) {
                chain.add(Certificates.parseDer(der.toByteArray()));
            }
        } catch (PkiException | IllegalArgumentException e) {
            return outcome(List.of(KycCode.HOLDER_AUTH_MALFORMED.finding()));
        }
        List<Finding> findings = new ArrayList<>();
        if (!verify(chain.get(0), t.get().challenge().toByteArray(), t.get().signature().toByteArray())) {
            findings.add(KycCode.HOLDER_SIGNATURE_INVALID.finding(AgeCheck.holderSex(c)));
            return outcome(findings);
        }
        Optional<CertificatePathValidator> validator = c.trust.cardAuthenticationValidator();
        if (validator.isEmpty()) {
            findings.add(KycCode.HOLDER_CHAIN_INDETERMINATE.finding());
            return outcome(findings);
        }
        ValidationReport report;
        try {
            report = validator.get().validate(chain.get(0), chain.subList(1, chain.size()), c.now);
        } catch (PkiException e) {
            findings.add(KycCode.HOLDER_CHAIN_INVALID.finding());
            return outcome(findings);
        }
        if (report.isValid()) {
            X509CertificateHolder root = report.chain().get(report.chain().size() - 1);
            TrustAnchor anchor = c.trust.nationalAnchor(root).orElse(KycTrust.describe(root, "unknown"));
            c.anchorsUsed.add(anchor);
            findings.add(KycCode.HOLDER_AUTHENTICATED.finding(anchor.subject(), AgeCheck.holderSex(c)));
        } else if (report.verdict() == Verdict.INDETERMINATE) {
            findings.add(KycCode.HOLDER_CHAIN_INDETERMINATE.finding());
        } else {
            findings.addAll(report.errors());
            findings.add(KycCode.HOLDER_CHAIN_INVALID.finding());
        }
        return outcome(findings);
    }

    private static boolean verify(X509CertificateHolder certificate, byte[] challenge, byte[] signature) {
        try {
            PublicKey key = new JcaX509CertificateConverter().setProvider(BC).getCertificate(certificate)
                    .getPublicKey();
            Signature s = Signature.getInstance("RSA".equals(key.getAlgorithm()) ? "SHA256withRSA"
                    : "SHA256withECDSA", BC);
            s.initVerify(key);
            s.update(challenge);
            return s.verify(signature);
        } catch (Exception e) {
            // An unusable key or a malformed signature simply does not verify.
            return false;
        }
    }
}
