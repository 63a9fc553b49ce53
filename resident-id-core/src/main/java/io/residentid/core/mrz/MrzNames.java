package io.residentid.core.mrz;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The name field: primary and secondary identifiers separated by {@code <<}, name components by {@code <}.
 */
final class MrzNames {

    private MrzNames() {
    }

    /** {primary, secondary} read from {@code line[start, start+length)}; fillers become single spaces. */
    static String[] decode(char[] line, int start, int length) {
        int end = start + length;
        while (end > start && line[end - 1] == '<') {
            end--;
        }
        int separator = -1;
        for (int i = start; i + 1 < end; i++) {
            if (line[i] == '<' && line[i + 1] == '<') {
                separator = i;
                break;
            }
        }
        if (separator < 0) {
            return new String[] {words(line, start, end), ""};
        }
        return new String[] {words(line, start, separator), words(line, separator + 2, end)};
    }

    /** The characters in {@code [from, to)} with filler runs turned into single spaces, trimmed. */
    private static String words(char[] line, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        boolean pendingSpace = false;
        for (int i = from; i < to; i++) {
            char c = line[i];
            if (c == '<') {
                pendingSpace = sb.length() > 0;
            } else {
                if (pendingSpace) {
                    sb.append(' ');
                    pendingSpace = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * The name field of {@code width} characters. Names are transliterated to {@code A-Z} (diacritics dropped,
     * {@code ß} as {@code SS}), spaces and hyphens become fillers, apostrophes and full stops are omitted. A name
     * that does not fit is truncated from its end, so the primary identifier keeps priority over the secondary; when
     * the cut falls on a filler, the name component before it gives up a letter so the field ends with a letter, the
     * sign ICAO 9303 Part 3 uses for a truncated name.
     *
     * @throws IllegalArgumentException when a name has characters that have no Latin transliteration here
     */
    static String encode(String primary, String secondary, int width) {
        String p = component(primary, "primary identifier");
        String s = secondary == null ? "" : component(secondary, "secondary identifier");
        if (p.isEmpty()) {
            throw new IllegalArgumentException("The primary identifier (surname) is required");
        }
        String full = s.isEmpty() ? p : p + "<<" + s;
        if (full.length() <= width) {
            return pad(full, width);
        }
        if (full.charAt(width - 1) != '<') {
            return full.substring(0, width);
        }
        int runStart = width - 1;
        while (full.charAt(runStart - 1) == '<') {
            runStart--;
        }
        int runEnd = width - 1;
        while (full.charAt(runEnd + 1) == '<') {
            runEnd++;
        }
        int runLength = runEnd - runStart + 1;
        int prefix = width - 1 - runLength;
        if (prefix <= 0) {
            return full.substring(0, width);
        }
        return full.substring(0, prefix) + full.substring(runStart, runEnd + 1) + full.charAt(runEnd + 1);
    }

    /** A name in MRZ characters: upper case A-Z, components separated by single fillers. */
    static String component(String name, String what) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            String upper = String.valueOf(c).toUpperCase(Locale.ROOT);
            for (int j = 0; j < upper.length(); j++) {
                appendMrz(sb, upper.charAt(j), what);
            }
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == '<') {
            end--;
        }
        sb.setLength(end);
        return sb.toString();
    }

    private static void appendMrz(StringBuilder sb, char c, String what) {
        if (c >= 'A' && c <= 'Z') {
            sb.append(c);
        } else if (c == ' ' || c == '-' || c == '<' || c == ',' || c == '\t') {
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '<') {
                sb.append('<');
            }
        } else if (c == '\'' || c == '.' || c == '`' || c == '\u2019') {
            return;
        } else if (c == '\u00C6') {
            sb.append("AE");
        } else if (c == '\u00D8') {
            sb.append("OE");
        } else if (c == '\u00DE') {
            sb.append("TH");
        } else if (c == '\u00D0' || c == '\u0110') {
            sb.append('D');
        } else if (c == '\u0141') {
            sb.append('L');
        } else {
            throw new IllegalArgumentException("The " + what + " has a character that cannot be written in an MRZ ("
                    + String.format("U+%04X", (int) c) + "); transliterate it to Latin letters first");
        }
    }

    private static String pad(String value, int width) {
        StringBuilder sb = new StringBuilder(width).append(value);
        while (sb.length() < width) {
            sb.append('<');
        }
        return sb.toString();
    }
}
