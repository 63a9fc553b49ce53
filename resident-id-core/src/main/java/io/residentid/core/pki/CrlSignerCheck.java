package io.residentid.core.pki;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * Whether a CRL is signed by a key allowed to sign it for this path (RFC 5280 6.3.3 (f)): the certificate's issuer
 * or another key of the same CA for a direct CRL, a trust anchor or a certificate certified on this path for an
 * indirect one; the signer must have cRLSign and, when it is not on the path, must not itself be revoked.
 */
final class CrlSignerCheck {

    private final CertificatePathValidator config;
    private final SignatureChecks signatures;
    private final List<CertificateInfo> path;
    private final CertificatePool pool;
    private final Date date;

    CrlSignerCheck(CertificatePathValidator config, SignatureChecks signatures, List<CertificateInfo> path,
                   CertificatePool pool, Date date) {
        this.config = config;
        this.signatures = signatures;
        this.path = path;
        this.pool = pool;
        this.date = date;
    }

    /**
     * The CRL must be signed by the certificate's issuer with cRLSign, or by another key of the same CA whose
     * certificate is on this path or is directly issued by a certificate on this path.
     */
    String directProblem(CrlInfo crl, CertificateInfo issuer) {
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
            boolean verified = onPath >= 0
                    && SignatureChecks.isDsaWithoutParameters(signer.holder.getSubjectPublicKeyInfo())
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
    String indirectProblem(CrlInfo crl) {
        X500Name name = crl.holder.getIssuer();
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
}
