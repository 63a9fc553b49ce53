package io.residentid.core.report;

import java.util.Locale;

/**
 * One digit policy for a whole output, chosen by the locale: Western digits (0–9, as GCC identity documents, portals
 * and ID numbers print them) unless the locale asks for Arabic-Indic digits with the Unicode extension
 * {@code nu-arab} ({@code ar-u-nu-arab}; the CLI's {@code --digits arab}). Numbers formatted by messages and digits
 * already inside arguments (ISO dates, counts, masked numbers) then read the same way in one message.
 */
public final class DigitPolicy {

    private DigitPolicy() {
    }

    /**
     * Text that keeps its digits whatever the policy — hex (APDU headers, status words, file identifiers) and other
     * codes made only of digits, which would change meaning in Arabic-Indic digits. Pass it as a message argument.
     *
     * @param text the code as it must be shown
     */
    public record Verbatim(String text) {

        /**
         * Checks the text is present.
         *
         * @param text the code as it must be shown
         */
        public Verbatim {
            java.util.Objects.requireNonNull(text, "text");
        }

        /** {@return the text itself, so that a message shows it as it is} */
        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * Marks {@code text} as a code that keeps its digits.
     *
     * @param text the code, e.g. {@code "00200081"} or {@code "9000"}
     * @return the text wrapped for a message argument
     */
    public static Verbatim verbatim(String text) {
        return new Verbatim(text);
    }

    /** Whether text for {@code locale} uses Arabic-Indic digits. */
    static boolean arabicIndic(Locale locale) {
        String numbering = locale.getUnicodeLocaleType("nu");
        return "arab".equals(numbering);
    }

    /** The locale to format numbers with, its numbering system made explicit by the policy. */
    static Locale numberLocale(Locale locale) {
        return new Locale.Builder().setLocale(locale)
                .setUnicodeLocaleKeyword("nu", arabicIndic(locale) ? "arab" : "latn").build();
    }

    /**
     * {@code text} with its digits in the locale's policy. Digits that belong to a code (next to a Latin letter, as in
     * {@code DG1} or {@code P-256}) stay Western.
     */
    static String apply(String text, Locale locale) {
        if (!arabicIndic(locale)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' && !partOfCode(text, i)) {
                out.append((char) ('\u0660' + (c - '0')));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean partOfCode(String text, int at) {
        int start = at;
        while (start > 0 && isAsciiDigit(text.charAt(start - 1))) {
            start--;
        }
        int end = at;
        while (end < text.length() - 1 && isAsciiDigit(text.charAt(end + 1))) {
            end++;
        }
        return (start > 0 && isCodeChar(text.charAt(start - 1)))
                || (end < text.length() - 1 && isCodeChar(text.charAt(end + 1)));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isCodeChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '_' || c == '.';
    }
}
