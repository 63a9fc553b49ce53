package io.residentid.qr.internal;

import io.residentid.core.model.Person;
import java.text.Normalizer;
import java.util.Optional;

/**
 * Which characters a name in a credential may hold. Latin names: the letters an MRZ transliteration (ICAO 9303-3)
 * can come from (Basic Latin, Latin-1 Supplement, Latin Extended-A/B and Latin Extended Additional letters), combining
 * diacritics, space, full stop, apostrophe and hyphen. Arabic names: Arabic letters (including the extended letters
 * of Persian and Urdu names), harakat, superscript alef, tatweel, space, full stop, apostrophe and hyphen. Anything
 * else is suspicious: invisible and format characters (U+034F, U+061C, U+200B..U+200F, U+2028, U+3164, U+115F,
 * variation selectors, tags), presentation forms, fullwidth and compatibility letters, letters of another script
 * (mixed scripts in one name part, UTS #39 "single script"), a name that is not NFC, or more than two combining marks
 * on one base letter. The issuer refuses such names; the verifier flags them ({@code SUSPICIOUS_CHARACTERS}).
 * Thread-safe (stateless).
 */
public final class NameCharacters {

    /** The script a name part must be written in. */
    public enum Script {
        /** Latin letters as found in machine-readable zones before transliteration. */
        LATIN,
        /** Arabic letters. */
        ARABIC
    }

    /** Most combining marks allowed on one base letter. */
    public static final int MAX_COMBINING_MARKS = 2;

    private NameCharacters() {
    }

    /**
     * Why a name part is suspicious, or empty when it is clean.
     *
     * @param name   one name part (surname or given names)
     * @param script the script it must be written in
     */
    public static Optional<String> problem(String name, Script script) {
        if (name == null) {
            return Optional.empty();
        }
        if (!Normalizer.isNormalized(name, Normalizer.Form.NFC)) {
            return Optional.of("not in Unicode normalisation form C");
        }
        int marks = 0;
        boolean afterLetter = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (isMark(cp, script)) {
                if (!afterLetter) {
                    return Optional.of("combining mark without a base letter at " + (i - 1));
                }
                if (++marks > MAX_COMBINING_MARKS) {
                    return Optional.of("more than " + MAX_COMBINING_MARKS + " combining marks on one letter");
                }
            } else if (isLetter(cp, script)) {
                marks = 0;
                afterLetter = true;
            } else if (cp == ' ' || cp == '-' || cp == '.' || cp == '\'') {
                marks = 0;
                afterLetter = false;
            } else {
                return Optional.of(String.format("character U+%04X is not allowed in a %s name", cp,
                        script == Script.LATIN ? "Latin" : "Arabic"));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether any name of a holder is suspicious: the Latin surname and given names, and the Arabic name (the rules
     * allow a space, so checking the whole Arabic name checks both of its parts).
     *
     * @param holder the holder whose names are checked
     * @return true when a name breaks the rules above
     */
    public static boolean suspicious(Person holder) {
        return problem(holder.primaryIdentifier(), Script.LATIN).isPresent()
                || problem(holder.secondaryIdentifier(), Script.LATIN).isPresent()
                || problem(holder.arabicName(), Script.ARABIC).isPresent();
    }

    /** A name part in NFC (what the issuer writes). */
    public static String normalize(String name) {
        return name == null ? null : Normalizer.normalize(name, Normalizer.Form.NFC);
    }

    private static boolean isLetter(int cp, Script script) {
        if (script == Script.LATIN) {
            return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z')
                    || (cp >= 0x00C0 && cp <= 0x024F && cp != 0x00D7 && cp != 0x00F7)
                    || (cp >= 0x1E00 && cp <= 0x1EFF);
        }
        return (cp >= 0x0621 && cp <= 0x064A) || cp == 0x066E || cp == 0x066F
                || (cp >= 0x0671 && cp <= 0x06D3) || cp == 0x06D5 || cp == 0x06EE || cp == 0x06EF
                || (cp >= 0x06FA && cp <= 0x06FC) || cp == 0x06FF;
    }

    private static boolean isMark(int cp, Script script) {
        if (script == Script.LATIN) {
            // U+034F COMBINING GRAPHEME JOINER is in the block but invisible: not a diacritic.
            return cp >= 0x0300 && cp <= 0x036F && cp != 0x034F;
        }
        return (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670;
    }
}
