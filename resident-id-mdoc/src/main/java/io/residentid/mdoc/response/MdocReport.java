package io.residentid.mdoc.response;

import io.residentid.core.report.Finding;
import io.residentid.core.report.Report;
import io.residentid.core.report.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * The verification of a DeviceResponse: the response-level findings (status, no documents) and one
 * {@link DocumentReport} per document. The verdict is the worst of all; {@link #findings()} lists the response's
 * findings followed by every document's.
 *
 * @param verdict           the outcome
 * @param responseFindings  findings about the response itself
 * @param documents         one report per document, in order
 * @param status            the DeviceResponse status (0 = OK)
 */
public record MdocReport(Verdict verdict, List<Finding> responseFindings, List<DocumentReport> documents,
                         long status) implements Report {

    /**
     * Copies the lists.
     *
     * @param verdict the overall verdict
     * @param responseFindings findings about the response as a whole
     * @param documents one report per document
     * @param status the status code
     */
    public MdocReport {
        responseFindings = List.copyOf(responseFindings);
        documents = List.copyOf(documents);
    }

    @Override
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>(responseFindings);
        documents.forEach(d -> all.addAll(d.findings()));
        return List.copyOf(all);
    }

    @Override
    public String toString() {
        return "MdocReport[" + verdict + ", " + documents.size() + " documents]";
    }
}
