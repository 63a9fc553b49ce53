package io.residentid.core.mrz;

import io.residentid.core.model.Nationality;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Repairs the classic OCR confusions {@code O/0 I/1 B/8 S/5 Z/2 G/6}, and only where the field's character class
 * tells which side is right and a check confirms the repair:
 * <ul>
 *   <li>numeric fields (dates, check digits): letters become digits when the field's check digit then holds;</li>
 *   <li>alphabetic fields (document code, issuing state, nationality): digits become letters when the result is a
 *       known code;</li>
 *   <li>alphanumeric fields (document number, TD3 personal number): at most two substitutions, kept only when the
 *       field's check digit <em>and</em> the composite check digit then hold and exactly one candidate does.</li>
 * </ul>
 * Names are never changed: no check digit protects them. Everything is bounded: at most a few hundred candidates.
 */
final class OcrRepair {

    /** Most substitutions tried in one alphanumeric field. */
    private static final int MAX_SUBSTITUTIONS = 2;

    private OcrRepair() {
    }

    /** The digit an OCR engine may have read as this letter, or 0. */
    static char toDigit(char c) {
        switch (c) {
            case 'O':
                return '0';
            case 'I':
                return '1';
            case 'B':
                return '8';
            case 'S':
                return '5';
            case 'Z':
                return '2';
            case 'G':
                return '6';
            default:
                return 0;
        }
    }

    /** The letter an OCR engine may have read as this digit, or 0. */
    static char toLetter(char c) {
        switch (c) {
            case '0':
                return 'O';
            case '1':
                return 'I';
            case '8':
                return 'B';
            case '5':
                return 'S';
            case '2':
                return 'Z';
            case '6':
                return 'G';
            default:
                return 0;
        }
    }

    private static char swap(char c) {
        char d = toDigit(c);
        return d != 0 ? d : toLetter(c);
    }

    /**
     * Repairs {@code lines} in place.
     *
     * @return the corrections made, ordered by line and position (empty when nothing needed repair)
     */
    static List<MrzCorrection> repair(char[][] lines, MrzLayout layout) {
        List<MrzCorrection> corrections = new ArrayList<>(0); // no backing array until a repair is made
        int data = layout.dataLine;
        repairNumeric(lines, data, layout.birthStart, 6, data, layout.birthCheck, corrections);
        repairNumeric(lines, data, layout.expiryStart, 6, data, layout.expiryCheck, corrections);
        repairDocumentCode(lines, corrections);
        repairCountry(lines, 0, 2, corrections);
        repairCountry(lines, data, layout.nationalityStart, corrections);
        if (layout.personalCheck >= 0 && !digitHolds(lines[data][layout.personalCheck],
                MrzCheckDigit.of(lines[data], layout.optionalStart, layout.personalCheck))) {
            int[][] positions = range(data, layout.optionalStart, layout.optionalLength);
            repairAlphanumeric(lines, layout, positions, data, layout.personalCheck, true, corrections);
        }
        MrzLayout.NumberSpan span = layout.numberSpan(lines);
        if (digitHolds(lines[span.checkLine()][span.checkPosition()], numberCheck(lines, layout, span))) {
            repairComposite(lines, layout, corrections);
            return sorted(corrections);
        }
        int[][] main = range(layout.numberLine, layout.numberStart, 9);
        int[][] positions = main;
        if (span.isLong()) {
            int[][] continuation = range(layout.optionalLine, span.continuationStart(),
                    span.continuationEnd() - span.continuationStart());
            positions = new int[main.length + continuation.length][];
            System.arraycopy(main, 0, positions, 0, main.length);
            System.arraycopy(continuation, 0, positions, main.length, continuation.length);
        }
        repairAlphanumeric(lines, layout, positions, span.checkLine(), span.checkPosition(), false, corrections);
        repairComposite(lines, layout, corrections);
        return sorted(corrections);
    }

    private static boolean digitHolds(char check, int value) {
        return check == '0' + value;
    }

    /** The check digit value over the (possibly long) document number. */
    static int numberCheck(char[][] lines, MrzLayout layout, MrzLayout.NumberSpan span) {
        char[] main = lines[layout.numberLine];
        int sum = MrzCheckDigit.sum(main, layout.numberStart, layout.numberStart + 9, 0);
        if (span.isLong()) {
            sum += MrzCheckDigit.sum(lines[layout.optionalLine], span.continuationStart(), span.continuationEnd(), 9);
        }
        return sum % 10;
    }

    private static void repairComposite(char[][] lines, MrzLayout layout, List<MrzCorrection> corrections) {
        char compositeDigit = toDigit(lines[layout.dataLine][layout.composite]);
        if (compositeDigit != 0 && compositeValue(lines, layout) == compositeDigit - '0') {
            apply(lines, layout.dataLine, layout.composite, compositeDigit, corrections);
        }
    }

    private static List<MrzCorrection> sorted(List<MrzCorrection> corrections) {
        if (corrections.size() > 1) {
            corrections.sort(Comparator.comparingInt(MrzCorrection::line).thenComparingInt(MrzCorrection::position));
        }
        return corrections;
    }

    /** A numeric field and its check digit: letters become digits when the check digit then holds. */
    private static void repairNumeric(char[][] lines, int line, int start, int length, int checkLine, int checkPos,
                                      List<MrzCorrection> corrections) {
        char[] l = lines[line];
        boolean needed = false;
        for (int i = start; i < start + length; i++) {
            char c = l[i];
            if (c < '0' || c > '9') {
                if (toDigit(c) == 0) {
                    return;
                }
                needed = true;
            }
        }
        char check = lines[checkLine][checkPos];
        char checkDigit = check >= '0' && check <= '9' ? check : toDigit(check);
        if (checkDigit == 0) {
            return;
        }
        if (!needed && checkDigit == check) {
            return;
        }
        int sum = 0;
        int[] weights = {7, 3, 1};
        for (int i = 0; i < length; i++) {
            char c = l[start + i];
            char d = c >= '0' && c <= '9' ? c : toDigit(c);
            sum += (d - '0') * weights[i % 3];
        }
        if (sum % 10 != checkDigit - '0') {
            return;
        }
        for (int i = start; i < start + length; i++) {
            if (l[i] < '0' || l[i] > '9') {
                apply(lines, line, i, toDigit(l[i]), corrections);
            }
        }
        if (checkDigit != check) {
            apply(lines, checkLine, checkPos, checkDigit, corrections);
        }
    }

    /** The document code's letter: a 1 read for the I of an identity card. */
    private static void repairDocumentCode(char[][] lines, List<MrzCorrection> corrections) {
        char letter = toLetter(lines[0][0]);
        if (letter == 'I') { // the only document-code letter with a look-alike digit
            apply(lines, 0, 0, letter, corrections);
        }
    }

    /** A three-letter country code: digits become letters when the result is a known code. */
    private static void repairCountry(char[][] lines, int line, int start, List<MrzCorrection> corrections) {
        char[] l = lines[line];
        char[] code = new char[3];
        boolean needed = false;
        for (int i = 0; i < 3; i++) {
            char c = l[start + i];
            if (c >= '0' && c <= '9') {
                c = toLetter(c);
                if (c == 0) {
                    return;
                }
                needed = true;
            }
            code[i] = c;
        }
        if (!needed || !isKnownCountry(code, 0)) {
            return;
        }
        for (int i = 0; i < 3; i++) {
            if (l[start + i] != code[i]) {
                apply(lines, line, start + i, code[i], corrections);
            }
        }
    }

    /** Whether the 3 characters at {@code code[from]} (fillers trimmed) are a known nationality or the specimen UTO. */
    static boolean isKnownCountry(char[] code, int from) {
        int end = from + 3;
        while (end > from && code[end - 1] == '<') {
            end--;
        }
        if (end == from) {
            return false;
        }
        String s = new String(code, from, end - from);
        return Mrz.SPECIMEN_STATE.equals(s) || Nationality.isKnown(s);
    }

    /**
     * An alphanumeric field and its check digit. A letter in the check digit position becomes a digit when the
     * field then checks; otherwise up to {@link #MAX_SUBSTITUTIONS} confusable characters of the field are swapped,
     * and a candidate is kept only when it is the single one at its substitution count that makes both the field's
     * and the composite check digit hold.
     */
    private static void repairAlphanumeric(char[][] lines, MrzLayout layout, int[][] positions, int checkLine,
                                           int checkPos, boolean emptyMayHaveFillerCheck,
                                           List<MrzCorrection> corrections) {
        if (checkPos < 0) {
            return;
        }
        char check = lines[checkLine][checkPos];
        if (check == '<' && emptyMayHaveFillerCheck) {
            return;
        }
        char checkDigit = check >= '0' && check <= '9' ? check : toDigit(check);
        if (checkDigit == 0) {
            return;
        }
        int expected = checkDigit - '0';
        if (fieldCheck(lines, positions) == expected) {
            if (checkDigit != check) {
                apply(lines, checkLine, checkPos, checkDigit, corrections);
            }
            return;
        }
        int[] confusable = new int[positions.length];
        int n = 0;
        for (int i = 0; i < positions.length; i++) {
            if (swap(lines[positions[i][0]][positions[i][1]]) != 0 && outOfClass(lines, positions, i)) {
                confusable[n++] = i;
            }
        }
        lines[checkLine][checkPos] = checkDigit;
        int[] found = null;
        for (int k = 1; k <= Math.min(MAX_SUBSTITUTIONS, n) && found == null; k++) {
            found = search(lines, layout, positions, confusable, n, k, expected);
        }
        lines[checkLine][checkPos] = check;
        if (found == null || found.length == 0) {
            return; // nothing works, or several candidates do and the check digits cannot tell which is right
        }
        if (checkDigit != check) {
            apply(lines, checkLine, checkPos, checkDigit, corrections);
        }
        for (int index : found) {
            int[] p = positions[index];
            apply(lines, p[0], p[1], swap(lines[p[0]][p[1]]), corrections);
        }
    }

    /**
     * Whether the character at {@code positions[i]} differs in class (letter or digit) from all its neighbours in
     * the field: a lone letter among digits ({@code 23I45}) or a lone digit among letters. Only such characters are
     * candidates, because the check digit alone cannot tell a genuine letter from a misread digit, and in TD1 and
     * TD3 the composite covers the document number with the same weights, so it confirms whatever the field's
     * check digit confirms.
     */
    private static boolean outOfClass(char[][] lines, int[][] positions, int i) {
        boolean digit = isDigit(lines[positions[i][0]][positions[i][1]]);
        int neighbours = 0;
        for (int j = i - 1; j <= i + 1; j += 2) {
            if (j < 0 || j >= positions.length) {
                continue;
            }
            char c = lines[positions[j][0]][positions[j][1]];
            if (c == '<') {
                continue;
            }
            if (isDigit(c) == digit) {
                return false;
            }
            neighbours++;
        }
        return neighbours > 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Tries every set of {@code k} swaps among the confusable positions.
     *
     * @return the position indexes of the single working candidate, an empty array when several work, or
     *         {@code null} when none does
     */
    private static int[] search(char[][] lines, MrzLayout layout, int[][] positions, int[] confusable, int n, int k,
                                int expected) {
        int[] found = null;
        if (k == 1) {
            for (int a = 0; a < n; a++) {
                if (works(lines, layout, positions, expected, confusable[a], -1)) {
                    if (found != null) {
                        return new int[0];
                    }
                    found = new int[] {confusable[a]};
                }
            }
        } else {
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    if (works(lines, layout, positions, expected, confusable[a], confusable[b])) {
                        if (found != null) {
                            return new int[0];
                        }
                        found = new int[] {confusable[a], confusable[b]};
                    }
                }
            }
        }
        return found;
    }

    private static boolean works(char[][] lines, MrzLayout layout, int[][] positions, int expected, int a, int b) {
        int[] pa = positions[a];
        char oldA = lines[pa[0]][pa[1]];
        lines[pa[0]][pa[1]] = swap(oldA);
        int[] pb = b >= 0 ? positions[b] : null;
        char oldB = 0;
        if (pb != null) {
            oldB = lines[pb[0]][pb[1]];
            lines[pb[0]][pb[1]] = swap(oldB);
        }
        try {
            if (fieldCheck(lines, positions) != expected) {
                return false;
            }
            char composite = lines[layout.dataLine][layout.composite];
            char compositeDigit = composite >= '0' && composite <= '9' ? composite : toDigit(composite);
            return compositeDigit != 0 && compositeValue(lines, layout) == compositeDigit - '0';
        } finally {
            lines[pa[0]][pa[1]] = oldA;
            if (pb != null) {
                lines[pb[0]][pb[1]] = oldB;
            }
        }
    }

    private static int fieldCheck(char[][] lines, int[][] positions) {
        int sum = 0;
        int[] weights = {7, 3, 1};
        for (int i = 0; i < positions.length; i++) {
            sum += MrzCheckDigit.valueOf(lines[positions[i][0]][positions[i][1]]) * weights[i % 3];
        }
        return sum % 10;
    }

    /** The composite check digit over the current lines (characters outside the alphabet count as fillers). */
    static int compositeValue(char[][] lines, MrzLayout layout) {
        int sum = 0;
        int w = 0;
        for (int[] r : layout.compositeRanges) {
            sum += MrzCheckDigit.sum(lines[r[0]], r[1], r[2], w);
            w += r[2] - r[1];
        }
        return sum % 10;
    }

    private static int[][] range(int line, int start, int length) {
        int[][] positions = new int[Math.max(0, length)][];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = new int[] {line, start + i};
        }
        return positions;
    }

    private static void apply(char[][] lines, int line, int position, char to, List<MrzCorrection> corrections) {
        corrections.add(new MrzCorrection(line + 1, position + 1, lines[line][position], to));
        lines[line][position] = to;
    }
}
