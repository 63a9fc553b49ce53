package io.residentid.core.mrz;

import io.residentid.core.mrz.MrzParseException.Reason;

/**
 * Turns text as it comes from OCR, a scanner or a person into MRZ lines: case folded, whitespace dropped, lines
 * split or joined as the total character count demands. One pass, no regular expressions.
 */
final class MrzInput {

    /** Most explicit lines we track the lengths of; more lines are treated as wrapped text. */
    private static final int TRACKED_LINES = 4;

    private static final byte ILLEGAL = 0;
    private static final byte MRZ = 1;
    private static final byte SPACE = 2;
    private static final byte NEWLINE = 3;
    /** Character class of each ASCII character: one table look-up per input character. */
    private static final byte[] KIND = new byte[128];
    /** Upper-case MRZ character of each ASCII MRZ character. */
    private static final char[] UPPER = new char[128];

    static {
        for (char c = 'A'; c <= 'Z'; c++) {
            KIND[c] = MRZ;
            UPPER[c] = c;
            KIND[c + 32] = MRZ;
            UPPER[c + 32] = c;
        }
        for (char c = '0'; c <= '9'; c++) {
            KIND[c] = MRZ;
            UPPER[c] = c;
        }
        KIND['<'] = MRZ;
        UPPER['<'] = '<';
        KIND[' '] = SPACE;
        KIND['\t'] = SPACE;
        KIND['\f'] = SPACE;
        KIND[0x0B] = SPACE;
        KIND['\n'] = NEWLINE;
        KIND['\r'] = NEWLINE;
    }

    private MrzInput() {
    }

    static char[][] read(CharSequence text) {
        if (text == null) {
            throw new MrzParseException(Reason.EMPTY);
        }
        int n = text.length();
        if (n > MrzParser.MAX_INPUT_CHARS) {
            throw new MrzParseException(Reason.TOO_LONG, String.valueOf(n),
                    String.valueOf(MrzParser.MAX_INPUT_CHARS));
        }
        char[] chars = new char[Math.min(n, 96)];
        int count = 0;
        int[] lineLengths = new int[TRACKED_LINES];
        int lines = 0;
        int current = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int kind = c < 128 ? KIND[c] : ILLEGAL;
            if (kind == MRZ) {
                if (count < chars.length) {
                    chars[count] = UPPER[c];
                }
                count++;
                current++;
            } else if (kind == SPACE) {
                continue;
            } else if (kind == NEWLINE) {
                if (current > 0) {
                    if (lines < TRACKED_LINES) {
                        lineLengths[lines] = current;
                    }
                    lines++;
                    current = 0;
                }
            } else if (c == 0) {
                throw new MrzParseException(Reason.NULL_BYTE, i + 1);
            } else if (c > 0x7E) {
                throw new MrzParseException(Reason.NON_ASCII, i + 1, String.format("U+%04X", (int) c));
            } else {
                throw new MrzParseException(Reason.ILLEGAL_CHARACTER, i + 1,
                        c < 0x20 ? String.format("U+%04X", (int) c) : "'" + c + "'");
            }
        }
        if (current > 0) {
            if (lines < TRACKED_LINES) {
                lineLengths[lines] = current;
            }
            lines++;
        }
        if (count == 0) {
            throw new MrzParseException(Reason.EMPTY);
        }
        MrzFormat format = MrzFormat.ofTotalLength(count);
        if (format == null) {
            throw new MrzParseException(Reason.WRONG_LENGTH, count);
        }
        if (lines == format.lineCount()) {
            // The text has the format's line structure: a misplaced character must not silently shift fields.
            for (int l = 0; l < lines; l++) {
                if (lineLengths[l] != format.lineLength()) {
                    throw new MrzParseException(Reason.WRONG_LINE_LENGTH, l + 1, lineLengths[l], format,
                            format.lineLength());
                }
            }
        }
        char[][] result = new char[format.lineCount()][format.lineLength()];
        for (int l = 0; l < result.length; l++) {
            System.arraycopy(chars, l * format.lineLength(), result[l], 0, format.lineLength());
        }
        return result;
    }
}
