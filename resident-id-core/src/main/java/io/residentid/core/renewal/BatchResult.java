package io.residentid.core.renewal;

/**
 * The outcome for one request of a batch: an assessment, or the reason it could not be assessed.
 *
 * @param request    the request
 * @param assessment the assessment, null on error
 * @param error      why the request could not be assessed (e.g. a validity the pack does not offer), null on success
 */
public record BatchResult(RenewalRequest request, RenewalAssessment assessment, String error) {

    /** {@return whether the request was assessed} */
    public boolean ok() {
        return assessment != null;
    }
}
