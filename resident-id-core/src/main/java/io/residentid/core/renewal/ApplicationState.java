package io.residentid.core.renewal;

/** States of a renewal or replacement application in a portal. */
public enum ApplicationState {
    /** Created, nothing done yet. */
    DRAFT,
    /** Fees paid, documents still missing. */
    FEES_PAID,
    /** Documents attached, fees still unpaid. */
    DOCUMENTS_ATTACHED,
    /** Submitted to the authority. */
    SUBMITTED,
    /** Being reviewed by the authority. */
    UNDER_REVIEW,
    /** Sent back to the applicant for changes. */
    RETURNED_FOR_MODIFICATION,
    /** Approved; the card is to be issued. */
    APPROVED,
    /** Rejected (final). */
    REJECTED,
    /** The new card has been issued. */
    ISSUED,
    /** The card has been delivered to the holder (final). */
    DELIVERED,
    /** Cancelled before approval (final). */
    CANCELLED;

    /** {@return no further transition is possible} */
    public boolean isFinal() {
        return this == REJECTED || this == DELIVERED || this == CANCELLED;
    }
}
