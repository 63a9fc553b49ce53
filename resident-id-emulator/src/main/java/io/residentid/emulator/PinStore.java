package io.residentid.emulator;

import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import io.residentid.pcsc.apdu.StatusWord;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The PIN objects of a {@link SoftCard} and the ISO/IEC 7816-4 commands on them: VERIFY (with data, without data as
 * a status query, P1 = FF to reset), CHANGE REFERENCE DATA, RESET RETRY COUNTER (with a PUK). Retry counters are
 * decremented before the comparison; candidate PINs are wiped after use. Not thread-safe: the card serialises.
 */
final class PinStore {

    private final Map<Integer, PinObject> pins;

    PinStore(Map<Integer, PinObject> pins) {
        this.pins = new HashMap<>(pins);
    }

    /** Whether the PIN with this reference is verified in the current session. */
    boolean isVerified(int reference) {
        PinObject p = pins.get(reference);
        return p != null && p.verified;
    }

    /** Forgets every verification (power off, reset). */
    void forgetAll() {
        for (PinObject p : pins.values()) {
            p.verified = false;
        }
    }

    ResponseApdu verify(CommandApdu c) {
        PinObject pin = pins.get(c.p2());
        if (c.p1() == 0xFF) {
            if (pin == null || c.nc() != 0) {
                return ResponseApdu.of(pin == null ? StatusWord.REFERENCE_DATA_NOT_FOUND : StatusWord.WRONG_LENGTH);
            }
            pin.verified = false;
            return ResponseApdu.of(StatusWord.OK);
        }
        if (c.p1() != 0x00) {
            return ResponseApdu.of(StatusWord.INCORRECT_P1_P2);
        }
        if (pin == null) {
            return ResponseApdu.of(StatusWord.REFERENCE_DATA_NOT_FOUND);
        }
        if (c.nc() == 0) {
            if (pin.blocked()) {
                return ResponseApdu.of(StatusWord.AUTHENTICATION_METHOD_BLOCKED);
            }
            return ResponseApdu.of(pin.verified ? StatusWord.OK : triesLeft(pin));
        }
        if (pin.blocked()) {
            return ResponseApdu.of(StatusWord.AUTHENTICATION_METHOD_BLOCKED);
        }
        byte[] candidate = c.data();
        try {
            return ResponseApdu.of(pin.check(candidate) ? StatusWord.OK : triesLeft(pin));
        } finally {
            Arrays.fill(candidate, (byte) 0);
        }
    }

    ResponseApdu changeReferenceData(CommandApdu c) {
        if (c.p1() != 0x00) {
            return ResponseApdu.of(StatusWord.INCORRECT_P1_P2);
        }
        PinObject pin = pins.get(c.p2());
        if (pin == null) {
            return ResponseApdu.of(StatusWord.REFERENCE_DATA_NOT_FOUND);
        }
        if (pin.blocked()) {
            return ResponseApdu.of(StatusWord.AUTHENTICATION_METHOD_BLOCKED);
        }
        byte[] d = c.data();
        try {
            if (d.length <= pin.length()) {
                return ResponseApdu.of(StatusWord.WRONG_LENGTH);
            }
            if (!pin.check(Arrays.copyOf(d, pin.length()))) {
                return ResponseApdu.of(triesLeft(pin));
            }
            pin.set(Arrays.copyOfRange(d, pin.length(), d.length));
            return ResponseApdu.of(StatusWord.OK);
        } finally {
            Arrays.fill(d, (byte) 0);
        }
    }

    ResponseApdu resetRetryCounter(CommandApdu c) {
        if (c.p1() != 0x00 && c.p1() != 0x01) {
            return ResponseApdu.of(StatusWord.INCORRECT_P1_P2);
        }
        PinObject pin = pins.get(c.p2());
        PinObject puk = pin == null ? null : pins.get(pin.pukReference);
        if (pin == null || puk == null) {
            return ResponseApdu.of(StatusWord.REFERENCE_DATA_NOT_FOUND);
        }
        if (puk.blocked()) {
            return ResponseApdu.of(StatusWord.AUTHENTICATION_METHOD_BLOCKED);
        }
        byte[] d = c.data();
        try {
            boolean withNewPin = c.p1() == 0x00;
            if (withNewPin ? d.length <= puk.length() : d.length != puk.length()) {
                return ResponseApdu.of(StatusWord.WRONG_LENGTH);
            }
            if (!puk.check(Arrays.copyOf(d, puk.length()))) {
                return ResponseApdu.of(triesLeft(puk));
            }
            puk.verified = false;
            if (withNewPin) {
                pin.set(Arrays.copyOfRange(d, puk.length(), d.length));
            }
            pin.unblock();
            return ResponseApdu.of(StatusWord.OK);
        } finally {
            Arrays.fill(d, (byte) 0);
        }
    }

    private static StatusWord triesLeft(PinObject pin) {
        return StatusWord.of(0x63C0 | pin.tries);
    }

    void forgetLocalPins() {
        for (PinObject p : pins.values()) {
            if ((p.reference & 0x80) != 0) {
                p.verified = false; // specific (local) references belong to the application being left
            }
        }
    }
}
