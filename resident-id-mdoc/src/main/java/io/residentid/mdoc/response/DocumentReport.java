package io.residentid.mdoc.response;

import io.residentid.core.model.IdentityDocument;
import io.residentid.core.pki.ValidationReport;
import io.residentid.core.report.Finding;
import io.residentid.core.report.Report;
import io.residentid.core.report.Verdict;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The verification of one document of a DeviceResponse.
 *
 * @param docType          the document's docType
 * @param verdict          the outcome
 * @param findings         the coded findings, in the order the checks ran
 * @param issuerAuthValid  whether the issuer signature verified and the signer chained to a trusted IACA
 * @param signer           the document signer's subject DN, when readable
 * @param chain            the path validation report, when the signature verified
 * @param validity         the MSO validity, when the MSO was read
 * @param deviceAuthMethod how the device authenticated
 * @param deviceAuthValid  whether device authentication verified
 * @param elements         verified issuer-signed elements: namespace → identifier → value
 * @param requested        what the reader asked for (namespace → identifiers), empty when unknown
 * @param withheld         requested elements that were not returned
 */
public record DocumentReport(String docType, Verdict verdict, List<Finding> findings, boolean issuerAuthValid,
                             Optional<String> signer, Optional<ValidationReport> chain,
                             Optional<ValidityInfo> validity, DeviceAuthMethod deviceAuthMethod,
                             boolean deviceAuthValid, Map<String, Map<String, ElementValue>> elements,
                             Map<String, List<String>> requested, Map<String, List<String>> withheld)
        implements Report {

    /**
     * Copies the collections.
     *
     * @param docType the document type, e.g. {@code org.iso.18013.5.1.mDL}
     * @param verdict the overall verdict
     * @param findings the coded findings
     * @param issuerAuthValid whether issuerAuth and its chain verified
     * @param signer the document signer's subject
     * @param chain the path validation of the signer
     * @param validity the MSO's validity
     * @param deviceAuthMethod how the device authenticated
     * @param deviceAuthValid whether device authentication verified
     * @param elements the elements whose digests matched, by namespace
     * @param requested the elements requested, by namespace
     * @param withheld the requested elements not returned, by namespace
     */
    public DocumentReport {
        findings = List.copyOf(findings);
        Map<String, Map<String, ElementValue>> copy = new LinkedHashMap<>();
        elements.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        elements = Collections.unmodifiableMap(copy);
        requested = Collections.unmodifiableMap(new LinkedHashMap<>(requested));
        withheld = Collections.unmodifiableMap(new LinkedHashMap<>(withheld));
    }

    /**
     * {@return a verified element}
     *
     * @param namespace the namespace, e.g. {@code org.iso.18013.5.1}
     * @param identifier the element identifier
     */
    public Optional<ElementValue> element(String namespace, String identifier) {
        Map<String, ElementValue> ns = elements.get(namespace);
        return ns == null ? Optional.empty() : Optional.ofNullable(ns.get(identifier));
    }

    /**
     * The verified elements as an {@link IdentityDocument}, for the mDL and the resident doctype when the issuing
     * country is a GCC state and the verdict is valid; see {@link MdocIdentity}.
     *
     * @return the verified elements as an {@link IdentityDocument}, for the mDL and the resident doctype when the
     *         issuing country is a GCC state and the verdict is valid; see {@link MdocIdentity}
     */
    public Optional<IdentityDocument> identityDocument() {
        return verdict.isValid() ? MdocIdentity.toIdentityDocument(this) : Optional.empty();
    }

    @Override
    public String toString() {
        return "DocumentReport[" + docType + ", " + verdict + ", " + findings.size() + " findings]";
    }
}
