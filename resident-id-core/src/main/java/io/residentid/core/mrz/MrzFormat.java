package io.residentid.core.mrz;

/**
 * The three ICAO 9303 machine-readable zone layouts, told apart by their line count and line length.
 */
public enum MrzFormat {
    /** Three lines of 30 characters: ID cards, including every GCC resident card (ICAO 9303 Part 5). */
    TD1(3, 30),
    /** Two lines of 36 characters: older ID cards and official travel documents (ICAO 9303 Part 6). */
    TD2(2, 36),
    /** Two lines of 44 characters: passports (ICAO 9303 Part 4). */
    TD3(2, 44);

    private final int lineCount;
    private final int lineLength;

    MrzFormat(int lineCount, int lineLength) {
        this.lineCount = lineCount;
        this.lineLength = lineLength;
    }

    /** {@return number of lines: 3 for TD1, 2 otherwise} */
    public int lineCount() {
        return lineCount;
    }

    /** {@return characters per line: 30, 36 or 44} */
    public int lineLength() {
        return lineLength;
    }

    /**
     * {@return total number of MRZ characters: 90, 72 or 88 (unique per format, so the total identifies the format)}
     */
    public int totalLength() {
        return lineCount * lineLength;
    }

    /** The format with this many MRZ characters in total, or {@code null}. */
    static MrzFormat ofTotalLength(int total) {
        for (MrzFormat format : values()) {
            if (format.totalLength() == total) {
                return format;
            }
        }
        return null;
    }
}
