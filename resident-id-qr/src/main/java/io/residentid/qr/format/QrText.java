package io.residentid.qr.format;

import io.residentid.qr.internal.CompactJws;

/**
 * The QR text: {@code rid:/} followed by the compact JWS in numeric form, two decimal digits per character
 * (character code minus 45, so {@code -} is {@code 00} and {@code z} is {@code 77}), as SMART Health Cards do.
 * The digits fill a numeric-mode QR segment at 3.33 bits per digit.
 */
public final class QrText {

    /** The prefix, carried in a byte-mode segment. */
    public static final String PREFIX = "rid:/";

    /** Longest QR text accepted: a version 40 symbol holds at most 7089 digits. */
    public static final int MAX_TEXT_LENGTH = 7089 + PREFIX.length();

    /** Longest JWS accepted (half the digits). */
    public static final int MAX_JWS_LENGTH = (MAX_TEXT_LENGTH - PREFIX.length()) / 2;

    private static final int OFFSET = 45;
    private static final int MAX_PAIR = 'z' - OFFSET;

    private QrText() {
    }

    /**
     * Encodes a compact JWS (base64url characters and dots only) as QR text.
     *
     * @param jws the compact JWS
     * @return the QR text, {@code rid:/} followed by two digits per JWS character
     * @throws IllegalArgumentException when the JWS holds a character outside {@code -} .. {@code z}
     */
    public static String encode(String jws) {
        return encode(jws.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Encodes a compact JWS given as ASCII bytes as QR text.
     *
     * @param jws the compact JWS
     * @return the QR text, {@code rid:/} followed by two digits per JWS character
     * @throws IllegalArgumentException when the JWS holds a byte outside {@code -} .. {@code z}
     */
    public static String encode(byte[] jws) {
        byte[] out = new byte[PREFIX.length() + jws.length * 2];
        for (int i = 0; i < PREFIX.length(); i++) {
            out[i] = (byte) PREFIX.charAt(i);
        }
        for (int i = 0, j = PREFIX.length(); i < jws.length; i++, j += 2) {
            int v = (jws[i] & 0xff) - OFFSET;
            if (v < 0 || v > MAX_PAIR) {
                throw new IllegalArgumentException("Character outside the numeric alphabet at " + i);
            }
            out[j] = (byte) ('0' + v / 10);
            out[j + 1] = (byte) ('0' + v % 10);
        }
        return new String(out, java.nio.charset.StandardCharsets.US_ASCII);
    }

    /**
     * Decodes QR text to the compact JWS, checking the size cap first.
     *
     * @param text the scanned QR text ({@code rid:/} + digits)
     * @return the compact JWS
     * @throws CredentialFormatException {@code PAYLOAD_TOO_LARGE} or {@code MALFORMED_QR_TEXT}
     */
    public static String decode(String text) throws CredentialFormatException {
        return new String(decodeToAscii(text), java.nio.charset.StandardCharsets.US_ASCII);
    }

    /**
     * Decodes QR text to the compact JWS as ASCII bytes (what {@link CompactJws#parse(byte[])} reads), checking the
     * size cap first.
     *
     * @param text the scanned QR text ({@code rid:/} + digits)
     * @return the compact JWS as ASCII bytes
     * @throws CredentialFormatException {@code PAYLOAD_TOO_LARGE} or {@code MALFORMED_QR_TEXT}
     */
    public static byte[] decodeToAscii(String text) throws CredentialFormatException {
        if (text == null) {
            throw new CredentialFormatException(FailureCode.MALFORMED_QR_TEXT, "No QR text");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new CredentialFormatException(FailureCode.PAYLOAD_TOO_LARGE,
                    "QR text of " + text.length() + " characters exceeds " + MAX_TEXT_LENGTH);
        }
        if (!text.startsWith(PREFIX)) {
            throw new CredentialFormatException(FailureCode.MALFORMED_QR_TEXT, "QR text does not start with " + PREFIX);
        }
        int digits = text.length() - PREFIX.length();
        if (digits == 0 || digits % 2 != 0) {
            throw new CredentialFormatException(FailureCode.MALFORMED_QR_TEXT, "Odd or zero digit count: " + digits);
        }
        byte[] jws = new byte[digits / 2];
        for (int i = PREFIX.length(), j = 0; i < text.length(); i += 2, j++) {
            char hi = text.charAt(i);
            char lo = text.charAt(i + 1);
            if (hi < '0' || hi > '9' || lo < '0' || lo > '9') {
                throw new CredentialFormatException(FailureCode.MALFORMED_QR_TEXT, "Non-digit character at " + i);
            }
            int v = (hi - '0') * 10 + (lo - '0');
            if (v > MAX_PAIR) {
                throw new CredentialFormatException(FailureCode.MALFORMED_QR_TEXT, "Digit pair " + v + " above 77 at " + i);
            }
            jws[j] = (byte) (v + OFFSET);
        }
        return jws;
    }
}
