package io.residentid.core.pki;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuingDistributionPoint;
import org.bouncycastle.asn1.x509.ReasonFlags;
import org.bouncycastle.cert.X509CRLEntryHolder;

/**
 * The CRL status of one certificate (RFC 5280 6.3): selects the supplied and fetched CRLs that may cover it, skips
 * those {@link CrlAcceptance} rejects (with a warning), and answers REVOKED when an accepted CRL lists it, GOOD when
 * the accepted CRLs together cover every reason, UNKNOWN otherwise.
 */
final class CrlStatusChecker {

    private static final int ALL_REASONS = ReasonFlags.keyCompromise | ReasonFlags.cACompromise
            | ReasonFlags.affiliationChanged | ReasonFlags.superseded | ReasonFlags.cessationOfOperation
            | ReasonFlags.certificateHold | ReasonFlags.privilegeWithdrawn | ReasonFlags.aACompromise;

    private final CertificatePathValidator config;
    private final CrlAcceptance acceptance;
    private final Date date;

    CrlStatusChecker(CertificatePathValidator config, CrlAcceptance acceptance, Date date) {
        this.config = config;
        this.acceptance = acceptance;
        this.date = date;
    }

    OcspClient.Status status(CertificateInfo cert, CertificateInfo issuer, PathFindings findings) {
        // RFC 5280 6.3.3: CRLs partitioned by reason each cover part of the reasons; all must be covered.
        int covered = 0;
        for (CrlInfo crl : candidates(cert, findings)) {
            String problem = acceptance.problem(crl, cert, issuer);
            if (problem != null) {
                findings.warning(PathCode.REVOCATION_DATA_INVALID, cert, problem);
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

    /** Supplied CRLs of the issuer or of a CRL issuer the distribution points name, then fetched ones. */
    private List<CrlInfo> candidates(CertificateInfo cert, PathFindings findings) {
        List<CrlInfo> candidates = new ArrayList<>();
        List<X500Name> crlIssuers = new ArrayList<>();
        crlIssuers.add(cert.issuer);
        crlIssuers.addAll(cert.crlIssuerNames());
        for (X500Name crlIssuer : crlIssuers) {
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
                findings.warning(PathCode.REVOCATION_DATA_INVALID, cert, e.getMessage());
            }
        }
        return candidates;
    }

    /** The entry for the certificate, honouring certificateIssuer entries of indirect CRLs. */
    private static X509CRLEntryHolder entryFor(CrlInfo crl, CertificateInfo cert) {
        BigInteger serial = cert.holder.getSerialNumber();
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
                        && Names.same(X500Name.getInstance(name.getName()), cert.issuer)) {
                    return entry;
                }
            }
        }
        return null;
    }

    private static int reasonsCovered(CrlInfo crl) {
        Extensions extensions = crl.holder.getExtensions();
        Extension idp = extensions == null ? null : extensions.getExtension(Extension.issuingDistributionPoint);
        if (idp == null) {
            return ALL_REASONS;
        }
        ReasonFlags some = IssuingDistributionPoint.getInstance(idp.getParsedValue()).getOnlySomeReasons();
        return some == null ? ALL_REASONS : some.intValue() & ALL_REASONS;
    }

    /** An entry with reason removeFromCRL does not revoke (RFC 5280 5.3.1); an undecodable reason is ignored. */
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
}
