package io.residentid.pcsc.icao;

import io.residentid.pcsc.internal.AccessKeys;
import io.residentid.core.mrz.Mrz;
import io.residentid.pcsc.sm.BacAuthentication;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * What the reader knows to open the chip: the MRZ (document number, date of birth, date of expiry) or the CAN
 * printed on the card. The one access-key type of the SDK: BAC keys and PACE passwords derive from it. Built from a
 * parsed {@link Mrz}, from the document number and {@link LocalDate}s, or from the CAN's digits; the secret is held
 * as a {@code char[]} until {@link #destroy()}, and {@link #toString()} hides it.
 *
 * <pre>{@code
 * AccessKey key = AccessKey.mrz(mrz);                     // or AccessKey.can(canChars)
 * try { result = reader.read(channel, key); } finally { key.destroy(); }
 * }</pre>
 */
public final class AccessKey {

    /** Which secret the key holds. */
    public enum Kind {
        /** The MRZ information (document number, birth and expiry dates with their check digits). */
        MRZ,
        /** The card access number. */
        CAN
    }

    private final Kind kind;
    private final char[] secret;

    private AccessKey(Kind kind, char[] secret) {
        this.kind = kind;
        this.secret = secret;
    }

    /**
     * The MRZ key from a parsed MRZ, from the characters as printed (ICAO 9303-11 derives the key from what is
     * printed, not from interpreted dates, so a date that is no calendar date still forms a key).
     *
     * @throws IllegalArgumentException when the MRZ has no usable document number or dates
     * @param mrz the parsed MRZ of the card
     * @return the MRZ access key
     */
    public static AccessKey mrz(Mrz mrz) {
        Objects.requireNonNull(mrz, "mrz");
        String info = mrz.accessKeyInformation();
        char[] chars = info.toCharArray();
        try {
            AccessKeys.requireMrzInformation(chars);
        } catch (IllegalArgumentException e) {
            Arrays.fill(chars, '\0');
            throw e;
        }
        return new AccessKey(Kind.MRZ, chars);
    }

    /**
     * The MRZ key from the document number and the two dates (only their YYMMDD digits count).
     *
     * @param documentNumber document number, characters {@code 0-9 A-Z <}
     * @throws IllegalArgumentException when the document number is not 1-22 MRZ characters
     * @param dateOfBirth the holder's date of birth as in the MRZ
     * @param dateOfExpiry the document's date of expiry as in the MRZ
     * @return the MRZ access key
     */
    public static AccessKey mrz(CharSequence documentNumber, LocalDate dateOfBirth, LocalDate dateOfExpiry) {
        return new AccessKey(Kind.MRZ, AccessKeys.mrzInformation(documentNumber, dateOfBirth, dateOfExpiry));
    }

    /**
     * The CAN key (PACE only); {@code can} is copied, the caller wipes its array.
     *
     * @throws IllegalArgumentException when the CAN is not 1-12 digits
     * @param can the card access number printed on the card, 1-12 digits
     * @return the CAN access key
     */
    public static AccessKey can(char[] can) {
        AccessKeys.requireCan(can);
        return new AccessKey(Kind.CAN, can.clone());
    }

    /**
     * The CAN key from a string (for tests and demos; prefer {@link #can(char[])}, which can be wiped).
     *
     * @throws IllegalArgumentException when the CAN is not 1-12 digits
     * @param can the card access number printed on the card, 1-12 digits
     * @return the CAN access key
     */
    public static AccessKey can(String can) {
        char[] chars = Objects.requireNonNull(can, "can").toCharArray();
        try {
            return can(chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /** {@return which secret this key holds} */
    public Kind kind() {
        return kind;
    }

    /** {@return whether this is a CAN (BAC cannot use it)} */
    public boolean isCan() {
        return kind == Kind.CAN;
    }

    /** {@return the PACE password (MRZ or CAN) this key gives; destroy it after use} */
    public PacePassword pacePassword() {
        byte[] ascii = ascii();
        try {
            return kind == Kind.CAN ? PacePassword.of(PacePassword.Kind.CAN, ascii.clone())
                    : PacePassword.of(PacePassword.Kind.MRZ, AccessKeys.paceMrzPassword(ascii));
        } finally {
            Arrays.fill(ascii, (byte) 0);
        }
    }

    /**
     * The BAC keys this MRZ key gives.
     *
     * @throws IllegalStateException for a CAN (BAC needs the MRZ)
     * @return the BAC key derivation and cryptograms for this MRZ
     */
    public BacAuthentication bacAuthentication() {
        if (kind != Kind.MRZ) {
            throw new IllegalStateException("BAC needs the MRZ, not the CAN");
        }
        byte[] ascii = ascii();
        byte[] seed = AccessKeys.bacKeySeed(ascii);
        try {
            return BacAuthentication.fromKeySeed(seed);
        } finally {
            Arrays.fill(seed, (byte) 0);
            Arrays.fill(ascii, (byte) 0);
        }
    }

    private byte[] ascii() {
        synchronized (secret) {
            return AccessKeys.ascii(secret);
        }
    }

    /** Wipes the secret; the key is unusable afterwards (it derives keys from zeros). */
    public void destroy() {
        synchronized (secret) {
            Arrays.fill(secret, '\0');
        }
    }

    @Override
    public String toString() {
        return "AccessKey[" + kind + ", hidden]";
    }
}
