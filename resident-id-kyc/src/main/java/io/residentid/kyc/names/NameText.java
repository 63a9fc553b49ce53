package io.residentid.kyc.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns untrusted name text into name parts: removes invisible and control characters, folds Latin case and
 * accents, normalises Arabic letter forms (alef forms, teh marbuta, alef maksura, hamza carriers, tatweel, harakat,
 * presentation forms, Persian/Urdu forms), reads MRZ fillers and the primary/secondary split, and splits the text into
 * Latin and Arabic parts. Letters of other scripts are dropped: they cannot be compared across the two scripts.
 */
final class NameText {

    /** A name part as written: folded text, the raw text (for the exact-match rule) and where it came from. */
    record Part(String text, String raw, boolean arabic, boolean primary) {
    }

    /** The parts of one name; {@code truncated} when an MRZ name filled its field and may have been cut short. */
    record Parsed(List<Part> parts, boolean mrz, boolean truncated) {
    }

    /** MRZ name fields are 30 (TD1), 31 (TD2) or 39 (TD3) characters: a name this long without fillers may be cut. */
    private static final int MRZ_SHORTEST_FIELD = 30;

    private NameText() {
    }

    static Parsed parse(String input, int maxParts, int maxPartLength) {
        List<Part> parts = new ArrayList<>();
        String s = input.strip();
        int filler = s.indexOf('<');
        if (filler < 0) {
            split(s, false, parts, maxParts, maxPartLength);
            return new Parsed(parts, false, false);
        }
        boolean endsWithFiller = s.endsWith("<");
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '<') {
            end--;
        }
        s = s.substring(0, end);
        boolean truncated = !endsWithFiller && s.length() >= MRZ_SHORTEST_FIELD;
        int sep = s.indexOf("<<");
        if (sep < 0) {
            split(s.replace('<', ' '), true, parts, maxParts, maxPartLength);
        } else {
            split(s.substring(0, sep).replace('<', ' '), true, parts, maxParts, maxPartLength);
            split(s.substring(sep + 2).replace('<', ' '), false, parts, maxParts, maxPartLength);
        }
        return new Parsed(parts, true, truncated);
    }

    private static void split(String segment, boolean primary, List<Part> parts, int maxParts, int maxPartLength) {
        String s = plain(segment) ? segment : Normalizer.normalize(segment, Normalizer.Form.NFKC);
        StringBuilder text = new StringBuilder(16);
        StringBuilder raw = new StringBuilder(16);
        int script = 0; // 0 none, 1 Latin, 2 Arabic
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int kind = kind(cp);
            if (kind == SKIP) {
                continue;
            }
            if (kind == SEPARATOR) {
                flush(text, raw, script, primary, parts, maxParts, maxPartLength);
                script = 0;
                continue;
            }
            // The usual letters fold to one char without building a String (the general fold covers the rest).
            char one = kind == LATIN ? (cp < 0x80 ? (char) (cp | 0x20) : 0) : foldArabicOne(cp);
            String folded = one != 0 ? null : kind == LATIN ? foldLatinChar(cp) : foldArabicChar(cp);
            if (one == 0 && folded.isEmpty()) {
                if (text.length() > 0) {
                    raw.appendCodePoint(cp); // a mark or tatweel inside a word: kept in the raw form only
                }
                continue;
            }
            int newScript = kind == LATIN ? 1 : 2;
            if (script != 0 && script != newScript) {
                // Mixed scripts inside one word: treat the switch as a word boundary.
                flush(text, raw, script, primary, parts, maxParts, maxPartLength);
            }
            script = newScript;
            if (one != 0) {
                text.append(one);
            } else {
                text.append(folded);
            }
            if (cp <= 0xFFFF) {
                raw.append((char) cp);
            } else {
                raw.appendCodePoint(cp);
            }
            if (text.length() > maxPartLength) {
                throw NameInputException.tooLong(maxPartLength);
            }
        }
        flush(text, raw, script, primary, parts, maxParts, maxPartLength);
    }

    /** Whether NFKC can leave the text unchanged: ASCII and basic Arabic letters and marks only (the usual case). */
    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && (c < 0x0600 || c > 0x06FF || (c >= 0x0675 && c <= 0x0678))) {
                return false;
            }
        }
        return true;
    }

    /** ASCII and Arabic letters U+0621..U+064A only: nothing NFKC would compose or decompose. */
    private static boolean lettersOnly(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && (c < 0x0621 || c > 0x064A)) {
                return false;
            }
        }
        return true;
    }

    private static void flush(StringBuilder text, StringBuilder raw, int script, boolean primary, List<Part> parts,
            int maxParts, int maxPartLength) {
        if (text.length() > 0) {
            if (parts.size() == maxParts) {
                throw NameInputException.tooManyParts(maxParts);
            }
            parts.add(new Part(text.toString(), raw.toString(), script == 2, primary));
        }
        text.setLength(0);
        raw.setLength(0);
    }

    private static final int SKIP = 0;
    private static final int SEPARATOR = 1;
    private static final int LATIN = 2;
    private static final int ARABIC = 3;

    private static int kind(int cp) {
        if (cp < 0x80) {
            if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) {
                return LATIN;
            }
            return cp == '\'' || cp == '`' ? SKIP : SEPARATOR;
        }
        if (isApostrophe(cp)) {
            return SKIP;
        }
        if ((cp >= 0x0600 && cp <= 0x06FF) || (cp >= 0x0750 && cp <= 0x077F) || (cp >= 0x08A0 && cp <= 0x08FF)) {
            if (cp == 0x060C || cp == 0x061B || cp == 0x061F || cp == 0x066A || cp == 0x066B || cp == 0x066C
                    || cp == 0x06D4 || Character.isDigit(cp)) {
                return SEPARATOR;
            }
            return ARABIC;
        }
        int type = Character.getType(cp);
        switch (type) {
            case Character.CONTROL:
                return Character.isWhitespace(cp) ? SEPARATOR : SKIP;
            case Character.FORMAT:
            case Character.PRIVATE_USE:
            case Character.SURROGATE:
            case Character.UNASSIGNED:
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.COMBINING_SPACING_MARK:
                return SKIP;
            default:
                break;
        }
        if (Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
            return LATIN;
        }
        // Other scripts, digits, punctuation and symbols separate name parts.
        return SEPARATOR;
    }

    private static boolean isApostrophe(int cp) {
        return cp == 0x2019 || cp == 0x2018 || cp == 0x02BB || cp == 0x02BC || cp == 0x02BE || cp == 0x02BF
                || cp == 0x00B4 || cp == 0x02B9 || cp == 0x2032;
    }

    /** A Latin letter folded to lower-case a-z (possibly several letters, possibly none). */
    static String foldLatinChar(int cp) {
        if (cp < 0x80) {
            return String.valueOf((char) Character.toLowerCase(cp));
        }
        switch (cp) {
            case 'ß': case 'ẞ': return "ss";
            case 'æ': case 'Æ': return "ae";
            case 'œ': case 'Œ': return "oe";
            case 'ø': case 'Ø': return "o";
            case 'đ': case 'Đ': case 'ð': case 'Ð': return "d";
            case 'þ': case 'Þ': return "th";
            case 'ł': case 'Ł': return "l";
            case 'ı': return "i";
            case 'ħ': case 'Ħ': return "h";
            case 'ŋ': case 'Ŋ': return "n";
            default: break;
        }
        String d = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(2);
        for (int k = 0; k < d.length(); k++) {
            char c = Character.toLowerCase(d.charAt(k));
            if (c >= 'a' && c <= 'z') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The basic Arabic letters that fold to themselves (alef, beh, teh... yeh), returned as they are; 0 for every
     * other character, which then takes {@link #foldArabicChar(int)}. Same result, no String per letter.
     */
    private static char foldArabicOne(int cp) {
        if ((cp >= 0x0627 && cp <= 0x063A && cp != 0x0629) || (cp >= 0x0641 && cp <= 0x064A && cp != 0x0649)) {
            return (char) cp;
        }
        return 0;
    }

    /** An Arabic-block character folded to the normalised letter (empty for marks, tatweel and hamza). */
    static String foldArabicChar(int cp) {
        switch (cp) {
            case 0x0622: case 0x0623: case 0x0625: case 0x0671: case 0x0672: case 0x0673:
                return "\u0627";
            case 0x0624:
                return "\u0648";
            case 0x0626: case 0x0649: case 0x06CC: case 0x06D2: case 0x06D3:
                return "\u064A";
            case 0x0629: case 0x06C1: case 0x06C0: case 0x06D5: case 0x06BE:
                return "\u0647";
            case 0x06A9: case 0x06AA:
                return "\u0643";
            case 0x06BA:
                return "\u0646";
            case 0x0621: case 0x0640:
                return "";
            default:
                break;
        }
        if (Character.getType(cp) == Character.NON_SPACING_MARK || (cp >= 0x06D6 && cp <= 0x06ED)
                || (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670) {
            return "";
        }
        if (!Character.isLetter(cp)) {
            return "";
        }
        return new String(Character.toChars(cp));
    }

    /** A whole spelling folded as Latin (used for the data files): lower case a-z only. */
    static String foldLatin(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(n.length());
        n.codePoints().forEach(cp -> {
            if (Character.isLetter(cp)) {
                out.append(foldLatinChar(cp));
            }
        });
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** A whole spelling folded as Arabic (used for the data files). */
    static String foldArabic(String s) {
        // NFKC leaves ASCII and the Arabic letters without marks (what the matcher passes) as they are.
        String n = lettersOnly(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            char one = foldArabicOne(cp);
            if (one != 0) {
                out.append(one);
            } else {
                out.append(foldArabicChar(cp));
            }
        }
        return out.toString();
    }
}
