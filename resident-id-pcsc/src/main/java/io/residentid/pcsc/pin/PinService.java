package io.residentid.pcsc.pin;

import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import io.residentid.pcsc.apdu.StatusWord;
import io.residentid.pcsc.apdu.StatusWordException;
import io.residentid.pcsc.transport.ApduChannel;
import java.util.Arrays;
import java.util.Optional;

/**
 * PIN operations on a card (ISO/IEC 7816-4 VERIFY, CHANGE REFERENCE DATA, RESET RETRY COUNTER) under a
 * {@link PinPolicy}: PIN input is checked before any APDU, the PIN is sent at most once per call (never retried),
 * the last try is refused unless allowed, encoded PIN buffers are wiped after use and PINs never reach a log.
 *
 * <pre>{@code
 * PinService pins = new PinService(channel, PinPolicy.standard());
 * PinResult r = pins.verify(pinRef, pinChars);
 * switch (r.status()) { case SUCCESS: ...; case WRONG_PIN: r.triesLeft(); case LAST_ATTEMPT_REFUSED: ...; }
 * }</pre>
 *
 * Unexpected status words (e.g. 6A88 reference not found) throw {@link StatusWordException}.
 */
public final class PinService {

    private static final int INS_VERIFY = 0x20;
    private static final int INS_CHANGE_REFERENCE_DATA = 0x24;
    private static final int INS_RESET_RETRY_COUNTER = 0x2C;

    private final ApduChannel channel;
    private final PinPolicy policy;

    /**
     * A PIN service over a channel to the card.
     *
     * @param channel the channel to the card
     * @param policy when to refuse to spend a try
     */
    public PinService(ApduChannel channel, PinPolicy policy) {
        if (channel == null || policy == null) {
            throw new IllegalArgumentException("channel and policy are required");
        }
        this.channel = channel;
        this.policy = policy;
    }

    /**
     * Asks the card for the PIN's state without spending a try (VERIFY with no data).
     *
     * @throws StatusWordException when the card answers something other than 9000, 63Cx or 6983
     * @param reference the PIN
     * @return its state and tries left
     */
    public PinStatus status(PinReference reference) {
        ResponseApdu r = channel.transmit(CommandApdu.builder(INS_VERIFY).p2(reference.reference()).build());
        StatusWord sw = r.statusWord();
        if (sw.isSuccess()) {
            return new PinStatus(PinStatus.State.VERIFIED, -1);
        }
        if (sw.retryCounter().isPresent()) {
            int tries = sw.retryCounter().getAsInt();
            return tries == 0 ? new PinStatus(PinStatus.State.BLOCKED, 0)
                    : new PinStatus(PinStatus.State.NOT_VERIFIED, tries);
        }
        if (sw.equals(StatusWord.AUTHENTICATION_METHOD_BLOCKED)) {
            return new PinStatus(PinStatus.State.BLOCKED, 0);
        }
        throw new StatusWordException(sw, reference.label() + " status query failed: " + sw);
    }

    /**
     * Verifies a PIN (the array is not modified; the caller wipes it).
     *
     * @param reference the PIN
     * @param pin the digits (not kept; the caller wipes them)
     * @return the card's answer with tries left
     */
    public PinResult verify(PinReference reference, char[] pin) {
        reference.validate(pin);
        Optional<PinResult> refused = checkTries(reference);
        if (refused.isPresent()) {
            return refused.get();
        }
        byte[] encoded = reference.encode(pin);
        try {
            return send(CommandApdu.builder(INS_VERIFY).p2(reference.reference()).data(encoded).sensitive(true),
                    reference);
        } finally {
            Arrays.fill(encoded, (byte) 0);
        }
    }

    /**
     * Verifies a PIN given as ASCII digit bytes (e.g. read from a byte-oriented source). The array is not modified;
     * the temporary copy is wiped.
     *
     * @param reference the PIN
     * @param asciiPin the digits as ASCII (not kept; the caller wipes them)
     * @return the card's answer with tries left
     */
    public PinResult verify(PinReference reference, byte[] asciiPin) {
        char[] pin = toChars(asciiPin);
        try {
            return verify(reference, pin);
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    private static char[] toChars(byte[] ascii) {
        if (ascii == null) {
            throw new InvalidPinException("PIN is missing");
        }
        char[] out = new char[ascii.length];
        for (int i = 0; i < ascii.length; i++) {
            out[i] = (char) (ascii[i] & 0xFF);
        }
        return out;
    }

    /**
     * Changes a PIN: CHANGE REFERENCE DATA with the old and the new PIN (the old one spends a try if wrong).
     *
     * @param reference the PIN
     * @param oldPin the current digits
     * @param newPin the new digits
     * @return the card's answer with tries left
     */
    public PinResult change(PinReference reference, char[] oldPin, char[] newPin) {
        reference.validate(oldPin);
        reference.validate(newPin);
        Optional<PinResult> refused = checkTries(reference);
        if (refused.isPresent()) {
            return refused.get();
        }
        byte[] oldEncoded = reference.encode(oldPin);
        byte[] newEncoded = reference.encode(newPin);
        byte[] data = concat(oldEncoded, newEncoded);
        try {
            return send(CommandApdu.builder(INS_CHANGE_REFERENCE_DATA).p1(0x00).p2(reference.reference()).data(data)
                    .sensitive(true), reference);
        } finally {
            Arrays.fill(oldEncoded, (byte) 0);
            Arrays.fill(newEncoded, (byte) 0);
            Arrays.fill(data, (byte) 0);
        }
    }

    /**
     * Unblocks a PIN with the PUK and sets a new PIN (RESET RETRY COUNTER, P1 = 00); with {@code newPin == null}
     * only resets the counter (P1 = 01). The PUK's own tries are checked first under the same policy.
     *
     * @param puk the unblocking key's reference
     * @param pukValue the unblocking key's digits
     * @param pin the blocked PIN
     * @param newPin the PIN's new digits
     * @return the card's answer with tries left
     */
    public PinResult unblock(PinReference puk, char[] pukValue, PinReference pin, char[] newPin) {
        puk.validate(pukValue);
        if (newPin != null) {
            pin.validate(newPin);
        }
        Optional<PinResult> refused = checkTries(puk);
        if (refused.isPresent()) {
            return refused.get();
        }
        byte[] pukEncoded = puk.encode(pukValue);
        byte[] pinEncoded = newPin == null ? new byte[0] : pin.encode(newPin);
        byte[] data = concat(pukEncoded, pinEncoded);
        try {
            return send(CommandApdu.builder(INS_RESET_RETRY_COUNTER).p1(newPin == null ? 0x01 : 0x00)
                    .p2(pin.reference()).data(data).sensitive(true), puk);
        } finally {
            Arrays.fill(pukEncoded, (byte) 0);
            Arrays.fill(pinEncoded, (byte) 0);
            Arrays.fill(data, (byte) 0);
        }
    }

    /**
     * Refusal when blocked, when one try is left or the tries are unknown and the policy does not allow it; empty
     * to go ahead.
     */
    private Optional<PinResult> checkTries(PinReference reference) {
        if (policy.isLastAttemptAllowed()) {
            return Optional.empty();
        }
        PinStatus status;
        try {
            status = status(reference);
        } catch (StatusWordException e) {
            // the card cannot report its tries: this may be the last one, so only the caller can decide
            return policy.isUnknownTriesAllowed() ? Optional.empty()
                    : Optional.of(new PinResult(PinResult.Status.TRIES_UNKNOWN_REFUSED, -1, Optional.empty()));
        }
        if (status.isBlocked()) {
            return Optional.of(new PinResult(PinResult.Status.BLOCKED, 0, Optional.empty()));
        }
        if (status.triesLeft() == 1) {
            return Optional.of(new PinResult(PinResult.Status.LAST_ATTEMPT_REFUSED, 1, Optional.empty()));
        }
        return Optional.empty();
    }

    private PinResult send(CommandApdu.Builder builder, PinReference reference) {
        CommandApdu command = builder.build();
        ResponseApdu r;
        try {
            r = channel.transmit(command);
        } finally {
            command.wipe();
        }
        StatusWord sw = r.statusWord();
        if (sw.isSuccess()) {
            return new PinResult(PinResult.Status.SUCCESS, -1, Optional.of(sw));
        }
        if (sw.retryCounter().isPresent()) {
            int tries = sw.retryCounter().getAsInt();
            return new PinResult(tries == 0 ? PinResult.Status.BLOCKED : PinResult.Status.WRONG_PIN, tries,
                    Optional.of(sw));
        }
        if (sw.equals(StatusWord.AUTHENTICATION_METHOD_BLOCKED)) {
            return new PinResult(PinResult.Status.BLOCKED, 0, Optional.of(sw));
        }
        throw new StatusWordException(sw, reference.label() + " operation failed: " + sw);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Override
    public String toString() {
        return "PinService[" + policy + "]";
    }
}
