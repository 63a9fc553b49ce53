package io.residentid.pcsc.apdu;

/** The four command-response cases of ISO/IEC 7816-3 §12.1 / 7816-4 §5.1. */
public enum ApduCase {
    /** No command data, no response data expected. */
    CASE_1(1),
    /** No command data, response data expected (Le present). */
    CASE_2(2),
    /** Command data (Lc present), no response data expected. */
    CASE_3(3),
    /** Command data and response data expected. */
    CASE_4(4);

    private final int number;

    ApduCase(int number) {
        this.number = number;
    }

    /** {@return 1, 2, 3 or 4} */
    public int number() {
        return number;
    }

    static ApduCase of(boolean hasData, boolean hasLe) {
        if (hasData) {
            return hasLe ? CASE_4 : CASE_3;
        }
        return hasLe ? CASE_2 : CASE_1;
    }
}
