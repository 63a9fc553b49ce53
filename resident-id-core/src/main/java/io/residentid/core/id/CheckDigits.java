package io.residentid.core.id;

/**
 * Check-digit arithmetic used by GCC identifiers, on strings of ASCII digits.
 *
 * <ul>
 *   <li>Luhn (ISO/IEC 7812-1 annex B): Saudi national ID and Iqama (all 10 digits), Emirates ID (all 15 digits).
 *   Catches every single-digit error and every adjacent transposition except {@code 09 <-> 90}.</li>
 *   <li>Kuwait civil ID: {@code K = 11 - (sum(d[i] * w[i]) mod 11)} over the first 11 digits with weights
 *   {@code 2,1,6,3,7,9,10,5,8,4,2}. Results 10 (sum mod 11 = 1) and 11 (sum mod 11 = 0) cannot be written as one
 *   digit; the civil registry does not issue such numbers, so they are invalid rather than mapped to 0.</li>
 * </ul>
 *
 * <p>Methods never throw for wrong digits: a character that is not an ASCII digit makes the check fail (or the
 * computation return {@code -1}). {@code null} is treated like an empty string.
 */
public final class CheckDigits {

    /** Kuwait civil ID weights for digits 1 to 11. */
    private static final int[] KUWAIT_WEIGHTS = {2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    /** Luhn's doubled digit with its digits summed: 0,2,4,6,8,1,3,5,7,9. */
    private static final int[] LUHN_DOUBLED = {0, 2, 4, 6, 8, 1, 3, 5, 7, 9};

    private CheckDigits() {
    }

    /**
     * The Luhn check digit to append to {@code payload}.
     *
     * @return 0-9, or -1 when the payload is empty or holds a character other than an ASCII digit
     * @param payload the digits without their check digit
     */
    public static int luhnCheckDigit(CharSequence payload) {
        if (payload == null || payload.length() == 0) {
            return -1;
        }
        // The check digit will sit at position 0 from the right, so the payload's last digit is doubled.
        int sum = luhnSum(payload, payload.length(), true);
        return sum < 0 ? -1 : (10 - sum % 10) % 10;
    }

    /**
     * {@return whether {@code number} (payload followed by its check digit) passes the Luhn check}
     *
     * @param number the digits, check digit last
     */
    public static boolean isLuhnValid(CharSequence number) {
        if (number == null || number.length() < 2) {
            return false;
        }
        int sum = luhnSum(number, number.length(), false);
        return sum >= 0 && sum % 10 == 0;
    }

    /** Luhn sum of the first {@code end} characters; -1 on a non-digit. */
    static int luhnSum(CharSequence s, int end, boolean doubleLast) {
        int sum = 0;
        boolean doubled = doubleLast;
        for (int i = end - 1; i >= 0; i--) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            sum += doubled ? LUHN_DOUBLED[d] : d;
            doubled = !doubled;
        }
        return sum;
    }

    /**
     * The Kuwait check value {@code 11 - (sum mod 11)} of the first 11 digits of {@code number} (it may hold 11 or
     * 12 digits).
     *
     * @return 1 to 11 (10 and 11 mean no valid check digit exists), or -1 when fewer than 11 leading ASCII digits
     * @param number the civil ID, 11 or 12 digits
     */
    public static int kuwaitCheckValue(CharSequence number) {
        if (number == null || number.length() < KUWAIT_WEIGHTS.length) {
            return -1;
        }
        int sum = 0;
        for (int i = 0; i < KUWAIT_WEIGHTS.length; i++) {
            int d = number.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            sum += d * KUWAIT_WEIGHTS[i];
        }
        return 11 - sum % 11;
    }

    /**
     * {@return whether a 12-digit Kuwait civil ID's last digit equals its check value (values 10 and 11 never pass)}
     *
     * @param number the digits, check digit last
     */
    public static boolean isKuwaitValid(CharSequence number) {
        if (number == null || number.length() != 12) {
            return false;
        }
        int value = kuwaitCheckValue(number);
        int last = number.charAt(11) - '0';
        return value >= 1 && value <= 9 && last == value;
    }
}
