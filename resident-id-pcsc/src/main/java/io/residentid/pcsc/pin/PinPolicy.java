package io.residentid.pcsc.pin;

/**
 * What the SDK may do with a PIN beyond sending it once. It never retries. By default it refuses to spend the last
 * try: before a VERIFY it asks the card for the remaining tries (without spending one) and does not send the PIN when
 * only one is left, unless the caller opted in with {@link #allowLastAttempt()}. A card that cannot report its tries
 * (the query answers something other than 9000 / 63Cx / 6983) might be on its last one, so the default refuses
 * then too; {@link #allowUnknownTries()} goes ahead in that case while still refusing a known last try.
 */
public final class PinPolicy {

    private static final PinPolicy STANDARD = new PinPolicy(false, false);
    private static final PinPolicy ALLOW_UNKNOWN = new PinPolicy(false, true);
    private static final PinPolicy ALLOW_LAST = new PinPolicy(true, true);

    private final boolean lastAttemptAllowed;
    private final boolean unknownTriesAllowed;

    private PinPolicy(boolean lastAttemptAllowed, boolean unknownTriesAllowed) {
        this.lastAttemptAllowed = lastAttemptAllowed;
        this.unknownTriesAllowed = unknownTriesAllowed;
    }

    /**
     * {@return a policy that refuses the last attempt, and refuses when the card cannot tell the tries left (default)}
     */
    public static PinPolicy standard() {
        return STANDARD;
    }

    /** {@return a policy that refuses a known last attempt but sends the PIN when the card cannot report its tries} */
    public static PinPolicy allowUnknownTries() {
        return ALLOW_UNKNOWN;
    }

    /**
     * Send the PIN even when only one try is left (the caller has warned the holder); the tries are then not asked
     * at all, so unknown tries are allowed too.
     *
     * @return a policy that lets the last try be used
     */
    public static PinPolicy allowLastAttempt() {
        return ALLOW_LAST;
    }

    /** {@return whether the PIN may be sent when only one try is left} */
    public boolean isLastAttemptAllowed() {
        return lastAttemptAllowed;
    }

    /** {@return whether the PIN may be sent when the card cannot report the tries left} */
    public boolean isUnknownTriesAllowed() {
        return unknownTriesAllowed;
    }

    @Override
    public String toString() {
        return lastAttemptAllowed ? "PinPolicy[last attempt allowed]"
                : unknownTriesAllowed ? "PinPolicy[last attempt refused, unknown tries allowed]"
                : "PinPolicy[last attempt refused, unknown tries refused]";
    }
}
