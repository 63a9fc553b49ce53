package io.residentid.core.renewal;

/**
 * An application action that is not allowed in the application's state or whose guard fails (fees not paid,
 * documents missing, no biometrics appointment). {@link #reason()} is a stable code.
 */
public final class IllegalTransitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the transition was refused. */
    public enum Reason {
        /** The action is not allowed from the current state. */
        WRONG_STATE,
        /** Submission before the fees are paid. */
        FEES_NOT_PAID,
        /** Submission before every required document is attached. */
        DOCUMENTS_MISSING,
        /** Submission without the biometrics appointment the pack requires. */
        BIOMETRICS_NOT_BOOKED
    }

    private final ApplicationState from;
    private final String action;
    private final Reason reason;

    public IllegalTransitionException(ApplicationState from, String action, Reason reason, String detail) {
        super(action + " not allowed in state " + from + ": " + reason + (detail == null ? "" : " (" + detail + ")"));
        this.from = from;
        this.action = action;
        this.reason = reason;
    }

    public ApplicationState from() {
        return from;
    }

    public String action() {
        return action;
    }

    public Reason reason() {
        return reason;
    }
}
