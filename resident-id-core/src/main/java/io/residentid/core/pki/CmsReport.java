package io.residentid.core.pki;

import io.residentid.core.report.Finding;
import io.residentid.core.report.Report;
import io.residentid.core.report.Verdict;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * The outcome of a CMS SignedData verification.
 *
 * @param verdict        VALID only when the signature verifies and the signer's chain validates; INDETERMINATE
 *                       when the signature verifies but no trust anchors were configured or the chain is undecided
 * @param signatureValid whether every signer's signature (and signed attributes) verified
 * @param signer         the (first) signer's certificate, when found
 * @param contentType    the encapsulated content type as a dotted OID (e.g. {@code 2.23.136.1.1.1} for an LDS
 *                       security object), or {@code null} when the CMS could not be read that far
 * @param certificates   the certificates carried in the CMS
 * @param findings       coded findings about the signature (see {@link PathCode})
 * @param chain          the signer's chain validation, when trust anchors were configured
 * @param content        the signed content (encapsulated or the supplied detached content)
 */
public record CmsReport(Verdict verdict, boolean signatureValid, Optional<X509CertificateHolder> signer,
                        String contentType, List<X509CertificateHolder> certificates,
                        List<Finding> findings, Optional<ValidationReport> chain, byte[] content)
        implements Report {

    /**
     * Checks the components and takes immutable copies (the content is copied in and out).
     *
     * @param verdict        the overall outcome
     * @param signatureValid whether every signature verified
     * @param signer         the first signer's certificate, when found
     * @param contentType    the encapsulated content type OID, or {@code null}
     * @param certificates   the certificates carried in the CMS
     * @param findings       coded findings
     * @param chain          the signer's chain validation, when run
     * @param content        the signed content; {@code null} means none
     */
    public CmsReport {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(chain, "chain");
        certificates = List.copyOf(certificates);
        findings = List.copyOf(findings);
        content = content == null ? new byte[0] : content.clone();
    }

    /** {@return a copy of the signed content} */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /** Reports are compared by identity: the content array would otherwise make equality misleading. */
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
