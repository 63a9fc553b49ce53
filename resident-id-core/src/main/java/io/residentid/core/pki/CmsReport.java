package io.residentid.core.pki;

import io.residentid.core.report.Finding;
import io.residentid.core.report.Report;
import io.residentid.core.report.Verdict;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * The outcome of a CMS SignedData verification.
 *
 * @param verdict        VALID only when the signature verifies and the signer's chain validates; INDETERMINATE
 *                       when the signature verifies but no trust anchors were configured or the chain is undecided
 * @param signatureValid whether every signer's signature (and signed attributes) verified
 * @param signer         the (first) signer's certificate, when found
 * @param contentType    the encapsulated content type
 * @param certificates   the certificates carried in the CMS
 * @param findings       coded findings about the signature (see {@link PathCode})
 * @param chain          the signer's chain validation, when trust anchors were configured
 * @param content        the signed content (encapsulated or the supplied detached content)
 */
public record CmsReport(Verdict verdict, boolean signatureValid, Optional<X509CertificateHolder> signer,
                        ASN1ObjectIdentifier contentType, List<X509CertificateHolder> certificates,
                        List<Finding> findings, Optional<ValidationReport> chain, byte[] content)
        implements Report {

    public CmsReport {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(chain, "chain");
        certificates = List.copyOf(certificates);
        findings = List.copyOf(findings);
        content = content == null ? new byte[0] : content.clone();
    }

    /** The signed content (a copy). */
    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "CmsReport[" + verdict + ", signatureValid=" + signatureValid + ", contentType=" + contentType
                + ", findings=" + findings + "]";
    }
}
