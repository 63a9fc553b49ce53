package io.residentid.kyc.names;

import java.util.Locale;
import java.util.Optional;

/**
 * Arabic script to the MRZ transliteration recommended by ICAO Doc 9303 Part 3 (and back). The ICAO scheme is
 * reversible: letters without a one-letter Latin value are written as X-sequences ({@code ح} → {@code XH},
 * {@code ش} → {@code XSH}). The table is data ({@code icao-9303-arabic.json}).
 *
 * <p>Short vowels (harakat) are removed before transliteration, as identity documents rarely carry them. Thread-safe.
 */
public final class IcaoArabicTransliterator {

    private static final int MAX_LENGTH = 4096;

    private IcaoArabicTransliterator() {
    }

    /**
     * The ICAO MRZ form of an Arabic-script name: upper-case letters and {@code <} between parts (for example
     * {@code محمد عبدالله} → {@code MXHMD<EBDALLH}). Latin parts are kept (upper case); other characters are dropped.
     *
     * @param name the name
     * @return the ICAO MRZ form of an Arabic-script name: upper-case letters and {@code <} between parts (for example
     *         {@code محمد عبدالله} → {@code MXHMD<EBDALLH})
     * @throws NameInputException when the name is {@code null} or longer than 4,096 characters
     */
    public static String toMrz(String name) {
        if (name == null) {
            throw NameInputException.missing();
        }
        if (name.length() > MAX_LENGTH) {
            throw NameInputException.tooLong(MAX_LENGTH);
        }
        NameData d = NameData.INSTANCE;
        String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length() * 2);
        boolean gap = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            String code = cp <= 0xFFFF ? d.icaoOf.get((char) cp) : null;
            String letters;
            if (code != null) {
                letters = code;
            } else if (Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                letters = NameText.foldLatinChar(cp).toUpperCase(Locale.ROOT);
            } else {
                // Harakat, tatweel and invisible characters vanish; anything else separates parts.
                int type = Character.getType(cp);
                boolean vanishes = type == Character.NON_SPACING_MARK || type == Character.FORMAT
                        || cp == 0x0640 || cp == '\'' || (type == Character.CONTROL && !Character.isWhitespace(cp));
                gap |= !vanishes;
                continue;
            }
            if (gap && out.length() > 0) {
                out.append('<');
            }
            gap = false;
            out.append(letters);
        }
        return out.toString();
    }

    /** One folded Arabic part to ICAO letters. */
    static String transliterate(String arabic) {
        NameData d = NameData.INSTANCE;
        StringBuilder out = new StringBuilder(arabic.length() * 2);
        for (int i = 0; i < arabic.length(); i++) {
            String code = d.icaoOf.get(arabic.charAt(i));
            if (code != null) {
                out.append(code);
            }
        }
        return out.toString();
    }

    /**
     * Reads one MRZ name part written with the ICAO Arabic scheme back into Arabic letters. Empty unless the part
     * uses at least one X-sequence and every letter decodes (ordinary Latin names never qualify: they use vowels
     * and letters the scheme does not produce).
     *
     * @param part letters only, any case
     * @return the Arabic letters, or empty
     */
    public static Optional<String> fromMrzPart(String part) {
        return fromMrzPart(part, false);
    }

    /** As {@link #fromMrzPart(String)}; with {@code withoutX} a part with no X-sequence is decoded too. */
    static Optional<String> fromMrzPart(String part, boolean withoutX) {
        if (part == null || part.isEmpty() || part.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String s = part.toUpperCase(Locale.ROOT);
        if (s.indexOf('X') < 0 && !withoutX) {
            return Optional.empty();
        }
        NameData d = NameData.INSTANCE;
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            Character letter = null;
            int used = 0;
            if (s.charAt(i) == 'X') {
                for (int len = 3; len >= 2 && letter == null; len--) {
                    if (i + len <= s.length()) {
                        letter = d.arabicOfIcao.get(s.substring(i, i + len));
                        used = len;
                    }
                }
            } else {
                letter = d.arabicOfIcao.get(s.substring(i, i + 1));
                used = 1;
            }
            if (letter == null) {
                return Optional.empty();
            }
            out.append(letter.charValue());
            i += used;
        }
        return Optional.of(out.toString());
    }
}
