package io.residentid.pcsc.sm;

import org.bouncycastle.crypto.digests.SHA1Digest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Keys derived from the printed MRZ for BAC and PACE (ICAO 9303-11 §4.3.2, §9.7): the MRZ information is the
 * document number, date of birth and date of expiry, each followed by its check digit. This class computes the
 * check digits itself, so callers pass only what is printed on the card.
 */
public final class AccessKeys {

    private AccessKeys() {
    }

    /**
     * The MRZ information {@code docNumber+cd ‖ birth+cd ‖ expiry+cd} as ASCII bytes. The document number is padded
     * with {@code <} to at least 9 characters; longer numbers (TD1 overflow into the optional data) are used whole.
     *
     * @param documentNumber document number, characters {@code 0-9 A-Z <}
     * @param dateOfBirth    YYMMDD
     * @param dateOfExpiry   YYMMDD
     * @throws IllegalArgumentException for characters outside the MRZ alphabet or malformed dates
     */
    public static byte[] mrzInformation(String documentNumber, String dateOfBirth, String dateOfExpiry) {
        Objects.requireNonNull(documentNumber, "documentNumber");
        String number = documentNumber.trim().toUpperCase(java.util.Locale.ROOT);
        if (number.isEmpty() || number.length() > 22 || !number.matches("[0-9A-Z<]+")) {
            throw new IllegalArgumentException("document number must be 1-22 MRZ characters (0-9, A-Z, <)");
        }
        StringBuilder padded = new StringBuilder(number);
        while (padded.length() < 9) {
            padded.append('<');
        }
        requireDate(dateOfBirth, "dateOfBirth");
        requireDate(dateOfExpiry, "dateOfExpiry");
        String info = padded.toString() + checkDigit(padded) + dateOfBirth + checkDigit(dateOfBirth)
                + dateOfExpiry + checkDigit(dateOfExpiry);
        return info.getBytes(StandardCharsets.US_ASCII);
    }

    /** BAC {@code K_seed}: the first 16 bytes of SHA-1 over the MRZ information. */
    public static byte[] bacKeySeed(byte[] mrzInformation) {
        byte[] hash = sha1(mrzInformation);
        byte[] seed = Arrays.copyOf(hash, 16);
        Arrays.fill(hash, (byte) 0);
        return seed;
    }

    /** The PACE password for an MRZ: SHA-1 over the MRZ information (all 20 bytes). */
    public static byte[] paceMrzPassword(byte[] mrzInformation) {
        return sha1(mrzInformation);
    }

    /** The PACE password for a CAN: its ASCII digits. */
    public static byte[] paceCanPassword(String can) {
        Objects.requireNonNull(can, "can");
        if (!can.matches("[0-9]{1,12}")) {
            throw new IllegalArgumentException("CAN must be digits");
        }
        return can.getBytes(StandardCharsets.US_ASCII);
    }

    /** The ICAO 9303-3 check digit (weights 7, 3, 1; {@code <} = 0, A = 10 … Z = 35). */
    public static char checkDigit(CharSequence field) {
        int sum = 0;
        int[] weights = {7, 3, 1};
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            int v;
            if (c >= '0' && c <= '9') {
                v = c - '0';
            } else if (c >= 'A' && c <= 'Z') {
                v = c - 'A' + 10;
            } else if (c == '<') {
                v = 0;
            } else {
                throw new IllegalArgumentException("character outside the MRZ alphabet");
            }
            sum += v * weights[i % 3];
        }
        return (char) ('0' + sum % 10);
    }

    private static void requireDate(String date, String name) {
        if (date == null || !date.matches("[0-9]{6}")) {
            throw new IllegalArgumentException(name + " must be YYMMDD");
        }
    }

    private static byte[] sha1(byte[] data) {
        SHA1Digest digest = new SHA1Digest();
        digest.update(data, 0, data.length);
        byte[] out = new byte[20];
        digest.doFinal(out, 0);
        return out;
    }
}
