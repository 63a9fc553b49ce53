package io.residentid.pcsc.pin;

import io.residentid.pcsc.apdu.StatusWord;
import java.util.Optional;

/**
 * The outcome of a VERIFY, CHANGE REFERENCE DATA or RESET RETRY COUNTER.
 *
 * @param status     what happened
 * @param triesLeft  remaining tries when known (after a wrong PIN, or from the status query), else -1
 * @param statusWord the card's status word (empty when nothing was sent)
 */
public record PinResult(Status status, int triesLeft, Optional<StatusWord> statusWord) {

    /** Outcomes. */
    public enum Status {
        /** The card accepted the PIN (or PUK). */
        SUCCESS,
        /** The card rejected it; {@code triesLeft} tries remain. */
        WRONG_PIN,
        /** The PIN (or PUK) is blocked (6983 or 63C0): unblock with the PUK. */
        BLOCKED,
        /** Nothing sent: one try left and the policy does not allow the last attempt. */
        LAST_ATTEMPT_REFUSED,
        /**
         * Nothing sent: the card cannot report the tries left (it may be the last) and the policy does not allow
         * unknown tries ({@link PinPolicy#allowUnknownTries()}).
         */
        TRIES_UNKNOWN_REFUSED
    }

    /**
     * {@return whether the card accepted the PIN}
     */
    public boolean isSuccess() {
        return status == Status.SUCCESS;
    }
}
