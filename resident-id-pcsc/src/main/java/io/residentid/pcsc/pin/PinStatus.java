package io.residentid.pcsc.pin;

/**
 * What the card says about a PIN when asked without spending a try (VERIFY without data).
 *
 * @param state       verified, not verified or blocked
 * @param triesLeft   remaining tries when the card reports them (63Cx), else -1
 */
public record PinStatus(State state, int triesLeft) {

    /** States of a PIN. */
    public enum State {
        /** 9000: already verified in this session. */
        VERIFIED,
        /** 63Cx with x &gt; 0: not verified, x tries left. */
        NOT_VERIFIED,
        /** 6983 or 63C0: no tries left. */
        BLOCKED
    }

    /**
     * {@return whether no tries are left}
     */
    public boolean isBlocked() {
        return state == State.BLOCKED;
    }
}
