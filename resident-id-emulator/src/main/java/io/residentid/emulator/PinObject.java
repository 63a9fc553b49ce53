package io.residentid.emulator;

import java.security.MessageDigest;
import java.util.Arrays;

/** A PIN or PUK held by the software card: reference data, retry counter, verification state. */
final class PinObject {

    final int reference;
    final int maxTries;
    private byte[] value;
    int tries;
    boolean verified;
    int pukReference = -1;

    PinObject(int reference, byte[] value, int maxTries) {
        if (maxTries < 1 || maxTries > 15) {
            throw new IllegalArgumentException("tries must be 1..15 (a 63Cx counter)");
        }
        this.reference = reference;
        this.value = value;
        this.maxTries = maxTries;
        this.tries = maxTries;
    }

    int length() {
        return value.length;
    }

    boolean blocked() {
        return tries == 0;
    }

    /** Compares and updates the counter: true when right. */
    boolean check(byte[] candidate) {
        boolean ok = MessageDigest.isEqual(value, candidate);
        if (ok) {
            tries = maxTries;
            verified = true;
        } else {
            tries = Math.max(0, tries - 1);
            verified = false;
        }
        return ok;
    }

    void set(byte[] newValue) {
        Arrays.fill(value, (byte) 0);
        value = newValue.clone();
    }

    void unblock() {
        tries = maxTries;
        verified = false;
    }
}
