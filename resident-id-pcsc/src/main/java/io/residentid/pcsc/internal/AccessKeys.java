package io.residentid.pcsc.internal;

import io.residentid.core.mrz.MrzCheckDigit;
import org.bouncycastle.crypto.digests.SHA1Digest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * Key material derived from what is printed on the card for BAC and PACE (ICAO 9303-11 §4.3.2, §9.7): the MRZ
 * information is the document number, date of birth and date of expiry, each followed by its check digit (core's
 * {@link MrzCheckDigit}). Secrets are {@code char[]}/{@code byte[]} that the caller wipes. Callers normally use
 * {@code io.residentid.pcsc.icao.AccessKey}, which builds on this class.
 */
public final class AccessKeys {

    private AccessKeys() {
    }

    /**
     * The MRZ information {@code docNumber+cd ‖ birth+cd ‖ expiry+cd}. The document number is padded with {@code <}
     * to at least 9 characters; longer numbers (TD1 overflow into the optional data) are used whole.
     *
     * @param documentNumber document number, characters {@code 0-9 A-Z <} (lower case is upper-cased)
     * @throws IllegalArgumentException for characters outside the MRZ alphabet
     */
    public static char[] mrzInformation(CharSequence documentNumber, LocalDate dateOfBirth, LocalDate dateOfExpiry) {
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(dateOfExpiry, "dateOfExpiry");
        String number = documentNumber.toString().trim().toUpperCase(java.util.Locale.ROOT);
        if (number.isEmpty() || number.length() > 22 || !number.matches("[0-9A-Z<]+")) {
            throw new IllegalArgumentException("document number must be 1-22 MRZ characters (0-9, A-Z, <)");
        }
        StringBuilder info = new StringBuilder(30).append(number);
        while (info.length() < 9) {
            info.append('<');
        }
        info.append(checkDigit(info));
        appendDate(info, dateOfBirth);
        appendDate(info, dateOfExpiry);
        char[] out = new char[info.length()];
        info.getChars(0, out.length, out, 0);
        info.setLength(0);
        return out;
    }

    private static void appendDate(StringBuilder info, LocalDate date) {
        String yymmdd = String.format("%02d%02d%02d", Math.floorMod(date.getYear(), 100), date.getMonthValue(),
                date.getDayOfMonth());
        info.append(yymmdd).append(checkDigit(yymmdd));
    }

    /**
     * Checks MRZ information as printed ({@code docNumber+cd ‖ YYMMDD+cd ‖ YYMMDD+cd}, at least 24 characters of
     * the MRZ alphabet, the dates as six digits each). Check digits are not recomputed: access keys derive from
     * what is printed, even when a check digit is wrong.
     *
     * @throws IllegalArgumentException when the shape is wrong
     */
    public static void requireMrzInformation(char[] info) {
        Objects.requireNonNull(info, "info");
        if (info.length < 24 || info.length > 37) {
            throw new IllegalArgumentException("MRZ information must be 24-37 characters");
        }
        for (int i = 0; i < info.length; i++) {
            char c = info[i];
            boolean mrz = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '<';
            boolean dates = i >= info.length - 14;
            if (!mrz || (dates && (c < '0' || c > '9'))) {
                throw new IllegalArgumentException("MRZ information holds a character outside its alphabet");
            }
        }
    }

    /** The ASCII bytes of {@code chars} (MRZ or CAN characters); wipe the result after use. */
    public static byte[] ascii(char[] chars) {
        byte[] out = new byte[chars.length];
        for (int i = 0; i < chars.length; i++) {
            out[i] = (byte) chars[i];
        }
        return out;
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

    /**
     * The PACE password for a CAN: its ASCII digits.
     *
     * @throws IllegalArgumentException when the CAN is not 1-12 digits
     */
    public static byte[] paceCanPassword(char[] can) {
        requireCan(can);
        return ascii(can);
    }

    /**
     * Checks a CAN: 1-12 digits.
     *
     * @throws IllegalArgumentException otherwise
     */
    public static void requireCan(char[] can) {
        Objects.requireNonNull(can, "can");
        if (can.length < 1 || can.length > 12) {
            throw new IllegalArgumentException("CAN must be 1-12 digits");
        }
        for (char c : can) {
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("CAN must be digits");
            }
        }
    }

    /** The ICAO 9303-3 check digit (core's {@link MrzCheckDigit}). */
    public static char checkDigit(CharSequence field) {
        return MrzCheckDigit.compute(field);
    }

    private static byte[] sha1(byte[] data) {
        SHA1Digest digest = new SHA1Digest();
        digest.update(data, 0, data.length);
        byte[] out = new byte[20];
        digest.doFinal(out, 0);
        return out;
    }
}
