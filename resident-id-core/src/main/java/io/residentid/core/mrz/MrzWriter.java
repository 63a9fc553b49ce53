package io.residentid.core.mrz;

import java.time.LocalDate;
import java.util.Locale;

/** Writes the lines of {@link Mrz.Builder}'s field values. */
final class MrzWriter {

    /** Longest document number per format: TD1 continues up to 13 characters in optional data 1, TD2 up to 5. */
    static final int MAX_NUMBER_TD1 = 22;
    static final int MAX_NUMBER_TD2 = 14;

    private MrzWriter() {
    }

    static char[][] write(MrzFormat format, Mrz.Builder b) {
        MrzLayout layout = MrzLayout.of(format);
        String code = code(b.documentCode(), 2, "document code", false);
        if (code.isEmpty() || code.charAt(0) < 'A' || code.charAt(0) > 'Z') {
            throw new IllegalArgumentException("The document code must start with a letter");
        }
        String state = country(b.issuingState(), "issuing state");
        String nationality = country(b.nationality(), "nationality");
        String number = code(required(b.documentNumber(), "document number"), 99, "document number", true);
        if (number.isEmpty()) {
            throw new IllegalArgumentException("The document number is required");
        }
        if (number.indexOf('<') >= 0) {
            throw new IllegalArgumentException("The document number may only hold letters and digits");
        }
        int maxNumber = format == MrzFormat.TD1 ? MAX_NUMBER_TD1 : format == MrzFormat.TD2 ? MAX_NUMBER_TD2 : 9;
        if (number.length() > maxNumber) {
            throw new IllegalArgumentException("The document number has " + number.length()
                    + " characters; " + format + " holds at most " + maxNumber);
        }
        LocalDate birth = required(b.dateOfBirth(), "date of birth");
        LocalDate expiry = required(b.dateOfExpiry(), "date of expiry");
        String optional1 = code(b.optionalData1(), 99, "optional data 1", true);
        String optional2 = code(b.optionalData2(), 99, "optional data 2", true);
        if (format != MrzFormat.TD1 && !optional2.isEmpty()) {
            throw new IllegalArgumentException(format + " has no optional data 2");
        }

        char[][] lines = new char[format.lineCount()][format.lineLength()];
        put(lines[0], 0, code, 2);
        put(lines[0], 2, state, 3);
        String name = MrzNames.encode(b.primaryIdentifier(), b.secondaryIdentifier(), layout.nameLength);
        put(lines[layout.nameLine], layout.nameStart, name, layout.nameLength);

        // Document number and the optional data after it.
        char[] numberLine = lines[layout.numberLine];
        String optionalArea;
        if (number.length() <= 9) {
            put(numberLine, layout.numberStart, number, 9);
            numberLine[layout.numberCheck] = MrzCheckDigit.compute(number);
            optionalArea = optional1;
        } else {
            put(numberLine, layout.numberStart, number.substring(0, 9), 9);
            numberLine[layout.numberCheck] = '<';
            optionalArea = number.substring(9) + MrzCheckDigit.compute(number)
                    + (optional1.isEmpty() ? "" : "<" + optional1);
        }
        if (optionalArea.length() > layout.optionalLength) {
            throw new IllegalArgumentException((number.length() > 9 ? "The long document number and optional data 1"
                    : "Optional data 1") + " need " + optionalArea.length() + " characters; " + format + " has "
                    + layout.optionalLength);
        }
        char[] data = lines[layout.dataLine];
        put(lines[layout.optionalLine], layout.optionalStart, optionalArea, layout.optionalLength);
        if (layout.personalCheck >= 0) {
            data[layout.personalCheck] = optional1.isEmpty() ? '<' : MrzCheckDigit.compute(optional1);
        }
        if (layout.optional2Start >= 0) {
            if (optional2.length() > layout.optional2Length) {
                throw new IllegalArgumentException("Optional data 2 has " + optional2.length() + " characters; "
                        + format + " has " + layout.optional2Length);
            }
            put(data, layout.optional2Start, optional2, layout.optional2Length);
        }
        String birthText = MrzDates.format(birth);
        put(data, layout.birthStart, birthText, 6);
        data[layout.birthCheck] = MrzCheckDigit.compute(birthText);
        data[layout.sex] = b.sex().mrzCode();
        String expiryText = MrzDates.format(expiry);
        put(data, layout.expiryStart, expiryText, 6);
        data[layout.expiryCheck] = MrzCheckDigit.compute(expiryText);
        put(data, layout.nationalityStart, nationality, 3);
        data[layout.composite] = (char) ('0' + OcrRepair.compositeValue(lines, layout));
        return lines;
    }

    private static <T> T required(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException("The " + what + " is required");
        }
        return value;
    }

    private static String country(String code, String what) {
        String c = code(required(code, what), 3, what, false);
        if (c.isEmpty()) {
            throw new IllegalArgumentException("The " + what + " is required");
        }
        for (int i = 0; i < c.length(); i++) {
            if (c.charAt(i) < 'A' || c.charAt(i) > 'Z') {
                throw new IllegalArgumentException("The " + what + " must be letters (an ICAO code such as OMN)");
            }
        }
        return c;
    }

    /**
     * A value in MRZ characters: upper case, spaces as fillers, trailing fillers dropped.
     *
     * @param digits whether digits are allowed
     */
    private static String code(String value, int max, String what, boolean digits) {
        String v = value.toUpperCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= 'A' && c <= 'Z' || c == '<' || digits && c >= '0' && c <= '9') {
                sb.append(c);
            } else if (c == ' ') {
                sb.append('<');
            } else {
                throw new IllegalArgumentException("The " + what + " may only hold letters" + (digits ? ", digits" : "")
                        + " and spaces");
            }
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == '<') {
            end--;
        }
        sb.setLength(end);
        if (sb.length() > max) {
            throw new IllegalArgumentException("The " + what + " has " + sb.length() + " characters; at most " + max
                    + " fit");
        }
        return sb.toString();
    }

    /** Writes {@code value} at {@code at}, padded with fillers to {@code width}. */
    private static void put(char[] line, int at, String value, int width) {
        for (int i = 0; i < width; i++) {
            line[at + i] = i < value.length() ? value.charAt(i) : '<';
        }
    }
}
