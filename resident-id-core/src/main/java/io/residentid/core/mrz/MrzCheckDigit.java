package io.residentid.core.mrz;

/**
 * The ICAO 9303 Part 3 check digit: characters weighted 7, 3, 1 (repeating), digits count as their value, letters
 * {@code A}-{@code Z} as 10-35 and the filler {@code <} as 0; the check digit is the sum modulo 10.
 */
public final class MrzCheckDigit {

    private static final int[] WEIGHTS = {7, 3, 1};

    private MrzCheckDigit() {
    }

    /**
     * The check digit over {@code data}.
     *
     * @throws IllegalArgumentException when {@code data} holds a character outside {@code A-Z 0-9 <}
     * @param data the field, as printed
     * @return the check digit, {@code 0}-{@code 9}
     */
    public static char compute(CharSequence data) {
        int sum = 0;
        for (int i = 0; i < data.length(); i++) {
            int v = valueOf(data.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("Not an MRZ character at index " + i);
            }
            sum += v * WEIGHTS[i % 3];
        }
        return (char) ('0' + sum % 10);
    }

    /**
     * {@return whether {@code check} is the check digit of {@code data}}
     *
     * @param data the bytes, copied
     * @param check the check digit as printed
     */
    public static boolean isValid(CharSequence data, char check) {
        for (int i = 0; i < data.length(); i++) {
            if (valueOf(data.charAt(i)) < 0) {
                return false;
            }
        }
        return compute(data) == check;
    }

    /** The value of an MRZ character in the check digit sum, or -1 for a character outside {@code A-Z 0-9 <}. */
    static int valueOf(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return c == '<' ? 0 : -1;
    }

    /** Weighted sum of {@code line[from, to)} continuing the weight cycle at {@code weightIndex}. */
    static int sum(char[] line, int from, int to, int weightIndex) {
        int sum = 0;
        int w = weightIndex;
        for (int i = from; i < to; i++) {
            sum += valueOf(line[i]) * WEIGHTS[w % 3];
            w++;
        }
        return sum;
    }

    /** The check digit (0-9) of {@code line[from, to)}. */
    static int of(char[] line, int from, int to) {
        return sum(line, from, to, 0) % 10;
    }
}
