package io.residentid.core.renewal;

/** States of a renewal or replacement application in a portal. */
public enum ApplicationState {
    DRAFT,
    FEES_PAID,
    DOCUMENTS_ATTACHED,
    SUBMITTED,
    UNDER_REVIEW,
    RETURNED_FOR_MODIFICATION,
    APPROVED,
    REJECTED,
    ISSUED,
    DELIVERED,
    CANCELLED;

    /** {@return no further transition is possible} */
    public boolean isFinal() {
        return this == REJECTED || this == DELIVERED || this == CANCELLED;
    }
}
