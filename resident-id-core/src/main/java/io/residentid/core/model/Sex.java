package io.residentid.core.model;

/** Sex as printed in the MRZ (ICAO 9303: {@code M}, {@code F}, {@code <} or {@code X} for unspecified). */
public enum Sex {
    /** Male, {@code M}. */
    MALE('M'),
    /** Female, {@code F}. */
    FEMALE('F'),
    /** Unspecified, {@code X} (or {@code <}). */
    UNSPECIFIED('X');

    private final char mrzCode;

    Sex(char mrzCode) {
        this.mrzCode = mrzCode;
    }

    /** {@return the MRZ character: {@code M}, {@code F} or {@code X}} */
    public char mrzCode() {
        return mrzCode;
    }

    /**
     * Reads an MRZ sex character; {@code <} and {@code X} mean unspecified.
     *
     * @throws IllegalArgumentException for any other character
     * @param c the MRZ character
     * @return the sex
     */
    public static Sex fromMrzCode(char c) {
        switch (Character.toUpperCase(c)) {
            case 'M':
                return MALE;
            case 'F':
                return FEMALE;
            case '<':
            case 'X':
                return UNSPECIFIED;
            default:
                throw new IllegalArgumentException("Not an MRZ sex code: '" + c + "'");
        }
    }
}
