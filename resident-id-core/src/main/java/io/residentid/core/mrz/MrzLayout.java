package io.residentid.core.mrz;

/**
 * Where each field sits in a format (0-based line and column indexes; ICAO 9303 Parts 4-6 count from 1).
 *
 * <pre>
 * TD1  line 1: code(2) state(3) number(9) check optional1(15)
 *      line 2: birth(6) check sex expiry(6) check nationality(3) optional2(11) composite
 *      line 3: name(30)
 * TD2  line 1: code(2) state(3) name(31)
 *      line 2: number(9) check nationality(3) birth(6) check sex expiry(6) check optional(7) composite
 * TD3  line 1: code(2) state(3) name(39)
 *      line 2: number(9) check nationality(3) birth(6) check sex expiry(6) check personal(14) check composite
 * </pre>
 */
final class MrzLayout {

    static final MrzLayout TD1 = new MrzLayout(MrzFormat.TD1, 2, 0, 30, 0, 5, 0, 15, 15, true,
            1, 0, 15, 18, 11, -1, 29, new int[][] {{0, 5, 30}, {1, 0, 7}, {1, 8, 15}, {1, 18, 29}});
    static final MrzLayout TD2 = new MrzLayout(MrzFormat.TD2, 0, 5, 31, 1, 0, 1, 28, 7, true,
            1, 13, 10, -1, 0, -1, 35, new int[][] {{1, 0, 10}, {1, 13, 20}, {1, 21, 35}});
    static final MrzLayout TD3 = new MrzLayout(MrzFormat.TD3, 0, 5, 39, 1, 0, 1, 28, 14, false,
            1, 13, 10, -1, 0, 42, 43, new int[][] {{1, 0, 10}, {1, 13, 20}, {1, 21, 43}});

    final MrzFormat format;
    final int nameLine;
    final int nameStart;
    final int nameLength;
    final int numberLine;
    final int numberStart;
    final int numberCheck;
    /** Line of the optional data area that follows the document number (TD3: the personal number). */
    final int optionalLine;
    final int optionalStart;
    final int optionalLength;
    /** Whether a document number longer than 9 characters may continue in the optional data (TD1, TD2). */
    final boolean longNumbers;
    /** The line holding birth, sex, expiry and nationality. */
    final int dataLine;
    final int birthStart;
    final int birthCheck;
    final int sex;
    final int expiryStart;
    final int expiryCheck;
    final int nationalityStart;
    /** TD1 optional data 2 on the middle line; -1 elsewhere. */
    final int optional2Start;
    final int optional2Length;
    /** TD3 personal number check digit; -1 elsewhere. */
    final int personalCheck;
    /** Composite check digit, on {@link #dataLine}. */
    final int composite;
    /** The {line, from, to} ranges the composite check digit covers, in order. */
    final int[][] compositeRanges;

    private MrzLayout(MrzFormat format, int nameLine, int nameStart, int nameLength, int numberLine, int numberStart,
                      int optionalLine, int optionalStart, int optionalLength, boolean longNumbers,
                      int dataLine, int birthStart, int nationalityStart, int optional2Start, int optional2Length,
                      int personalCheck, int composite, int[][] compositeRanges) {
        this.format = format;
        this.nameLine = nameLine;
        this.nameStart = nameStart;
        this.nameLength = nameLength;
        this.numberLine = numberLine;
        this.numberStart = numberStart;
        this.numberCheck = numberStart + 9;
        this.optionalLine = optionalLine;
        this.optionalStart = optionalStart;
        this.optionalLength = optionalLength;
        this.longNumbers = longNumbers;
        this.dataLine = dataLine;
        this.birthStart = birthStart;
        this.birthCheck = birthStart + 6;
        this.sex = birthStart + 7;
        this.expiryStart = birthStart + 8;
        this.expiryCheck = birthStart + 14;
        this.nationalityStart = nationalityStart;
        this.optional2Start = optional2Start;
        this.optional2Length = optional2Length;
        this.personalCheck = personalCheck;
        this.composite = composite;
        this.compositeRanges = compositeRanges;
    }

    static MrzLayout of(MrzFormat format) {
        switch (format) {
            case TD1:
                return TD1;
            case TD2:
                return TD2;
            default:
                return TD3;
        }
    }

    /**
     * Where the document number's parts and check digit are in these lines (ICAO 9303-5 §4.2.4: when the check
     * digit position holds {@code <}, the number continues in the optional data, followed by its check digit and a
     * filler).
     */
    NumberSpan numberSpan(char[][] lines) {
        char[] opt = lines[optionalLine];
        if (longNumbers && lines[numberLine][numberCheck] == '<' && opt[optionalStart] != '<') {
            int end = optionalStart + optionalLength;
            int e = optionalStart;
            while (e < end && opt[e] != '<') {
                e++;
            }
            // e: first filler after the continuation; the character before it is the check digit.
            return new NumberSpan(true, optionalStart, e - 1, optionalLine, e - 1, Math.min(e + 1, end));
        }
        return new NumberSpan(false, optionalStart, optionalStart, numberLine, numberCheck, optionalStart);
    }

    /**
     * A resolved document number location.
     *
     * @param isLong            whether the number continues in the optional data
     * @param continuationStart start of the continuation in the optional data line (inclusive)
     * @param continuationEnd   end of the continuation (exclusive); equal to the start when there is none
     * @param checkLine         line of the check digit
     * @param checkPosition     column of the check digit
     * @param optionalDataStart where the optional data proper begins, after a long number's check digit and filler
     */
    record NumberSpan(boolean isLong, int continuationStart, int continuationEnd, int checkLine, int checkPosition,
                      int optionalDataStart) {
    }
}
