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

    /** The state the application was in. */
    private final ApplicationState from;
    /** The action that was refused. */
    private final String action;
    /** Why it was refused. */
    private final Reason reason;

    /**
     * An action refused in a state.
     *
     * @param from the state the application was in
     * @param action the action that was refused
     * @param reason why it was refused
     * @param detail more about it (e.g. the missing documents), or null
     */
    public IllegalTransitionException(ApplicationState from, String action, Reason reason, String detail) {
        super(action + " not allowed in state " + from + ": " + reason + (detail == null ? "" : " (" + detail + ")"));
        this.from = from;
        this.action = action;
        this.reason = reason;
    }

    /** {@return the state the application was in} */
    public ApplicationState from() {
        return from;
    }

    /** {@return the action that was refused} */
    public String action() {
        return action;
    }

    /** {@return why it was refused} */
    public Reason reason() {
        return reason;
    }
}
