package io.residentid.core.pki;

import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.IssuingDistributionPoint;
import org.bouncycastle.cert.X509CRLEntryHolder;

/**
 * Whether one CRL may be used for one certificate (RFC 5280 6.3.3): algorithm strength, issuer named by the
 * certificate, signer ({@link CrlSignerCheck}), CRL number, critical extensions, freshness at the validation time and
 * the issuing distribution point's scope. The answer is a problem text, or {@code null} when the CRL is usable.
 */
final class CrlAcceptance {

    private static final Set<ASN1ObjectIdentifier> KNOWN_CRL_EXTENSIONS = Set.of(Extension.cRLNumber,
            Extension.authorityKeyIdentifier, Extension.issuingDistributionPoint, Extension.issuerAlternativeName);

    private final CrlSignerCheck signer;
    private final boolean enforceProfile;
    private final Date date;

    CrlAcceptance(CrlSignerCheck signer, boolean enforceProfile, Date date) {
        this.signer = signer;
        this.enforceProfile = enforceProfile;
        this.date = date;
    }

    String problem(CrlInfo crl, CertificateInfo cert, CertificateInfo issuer) {
        if (AlgorithmStrength.BROKEN.equals(AlgorithmStrength.of(crl.holder.toASN1Structure().getSignatureAlgorithm()))) {
            return "CRL signed with a broken algorithm";
        }
        boolean indirect = !Names.same(crl.holder.getIssuer(), cert.issuer);
        if (cert.acceptableCrlIssuers().stream().noneMatch(n -> Names.same(n, crl.holder.getIssuer()))) {
            return "CRL issuer is not named by the certificate's distribution points";
        }
        String signerProblem = indirect ? signer.indirectProblem(crl) : signer.directProblem(crl, issuer);
        if (signerProblem != null) {
            return signerProblem;
        }
        Extensions extensions = crl.holder.getExtensions();
        String extensionProblem = extensionProblem(extensions);
        if (extensionProblem != null) {
            return extensionProblem;
        }
        if (crl.thisUpdate.after(date)) {
            return "CRL thisUpdate is after the validation time";
        }
        if (crl.nextUpdate != null && crl.nextUpdate.before(date)) {
            return "CRL is stale (nextUpdate passed)";
        }
        Extension idpExtension = extensions == null ? null : extensions.getExtension(Extension.issuingDistributionPoint);
        if (idpExtension != null) {
            String scope = scopeProblem(IssuingDistributionPoint.getInstance(idpExtension.getParsedValue()), cert,
                    crl.holder.getIssuer(), indirect);
            if (scope != null) {
                return scope;
            }
        } else if (indirect) {
            return "CRL from another issuer is not marked indirect";
        }
        return entryExtensionProblem(crl);
    }

    private String extensionProblem(Extensions extensions) {
        Extension number = extensions == null ? null : extensions.getExtension(Extension.cRLNumber);
        if (enforceProfile && (number == null || number.isCritical())) {
            return number == null ? "CRL has no CRL number" : "CRL number is critical";
        }
        if (extensions != null) {
            for (ASN1ObjectIdentifier oid : extensions.getCriticalExtensionOIDs()) {
                if (!KNOWN_CRL_EXTENSIONS.contains(oid)) {
                    return "CRL has unsupported critical extension " + oid.getId();
                }
            }
        }
        return null;
    }

    private static String entryExtensionProblem(CrlInfo crl) {
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

    private static boolean sameName(GeneralName a, GeneralName b) {
        if (a.getTagNo() == GeneralName.directoryName && b.getTagNo() == GeneralName.directoryName) {
            return Names.same(X500Name.getInstance(a.getName()), X500Name.getInstance(b.getName()));
        }
        return a.equals(b);
    }

    private static String scopeProblem(IssuingDistributionPoint idp, CertificateInfo cert, X500Name crlIssuer,
                                       boolean indirect) {
        if (indirect && !idp.isIndirectCRL()) {
            return "CRL from another issuer is not marked indirect";
        }
        if (idp.onlyContainsAttributeCerts() || idp.onlyContainsCACerts() && !cert.isCa()
                || idp.onlyContainsUserCerts() && cert.isCa()) {
            return "CRL scope does not cover this certificate";
        }
        DistributionPointName name = idp.getDistributionPoint();
        if (name == null) {
            return null;
        }
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
}
