package io.residentid.core.pki;

import java.util.Date;
import org.bouncycastle.cert.X509CRLHolder;

/** A CRL with its fingerprint, decoded once. */
final class CrlInfo {

    final X509CRLHolder holder;
    final byte[] fingerprint;
    final Date thisUpdate;
    final Date nextUpdate;

    /** @throws PkiException when the issuer name cannot be decoded or the CRL cannot be re-encoded */
    CrlInfo(X509CRLHolder holder) {
        this.holder = holder;
        Names.requireStructure(holder.getIssuer());
        try {
            this.fingerprint = CertificateInfo.sha256(holder.getEncoded());
        } catch (java.io.IOException e) {
            throw new PkiException("CRL cannot be re-encoded", e);
        }
        this.thisUpdate = holder.getThisUpdate();
        this.nextUpdate = holder.getNextUpdate();
    }
}
