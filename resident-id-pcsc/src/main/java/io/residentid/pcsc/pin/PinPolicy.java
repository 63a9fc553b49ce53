package io.residentid.pcsc.pin;

/**
 * What the SDK may do with a PIN beyond sending it once. It never retries. By default it refuses to spend the last
 * try: before a VERIFY it asks the card for the remaining tries (without spending one) and does not send the PIN when
 * only one is left, unless the caller opted in with {@link #allowLastAttempt()}.
 */
public final class PinPolicy {

    private static final PinPolicy STANDARD = new PinPolicy(false);
    private static final PinPolicy ALLOW_LAST = new PinPolicy(true);

    private final boolean lastAttemptAllowed;

    private PinPolicy(boolean lastAttemptAllowed) {
        this.lastAttemptAllowed = lastAttemptAllowed;
    }

    /** Refuse the last attempt (default). */
    public static PinPolicy standard() {
        return STANDARD;
    }

    /** Send the PIN even when only one try is left (the caller has warned the holder). */
    public static PinPolicy allowLastAttempt() {
        return ALLOW_LAST;
    }

    public boolean isLastAttemptAllowed() {
        return lastAttemptAllowed;
    }

    @Override
    public String toString() {
        return lastAttemptAllowed ? "PinPolicy[last attempt allowed]" : "PinPolicy[last attempt refused]";
    }
}
