package io.residentid.core.report;

import java.util.Locale;

/**
 * Plural and gender agreement in messages, by the CLDR plural rules. Message patterns may hold ICU-style blocks that
 * are resolved before {@link java.text.MessageFormat} runs:
 * <ul>
 *   <li>{@code {0,plural,zero{…}one{…}two{…}few{…}many{…}other{…}}} — the form for the count in argument 0 ({@code #}
 *       inside a form is the count); Arabic has all six categories (few = 3–10, many = 11–99 modulo 100), English
 *       one and other; a missing category falls back to {@code other};</li>
 *   <li>{@code {1,select,F{…}M{…}other{…}}} — the form for the argument's text (e.g. the holder's sex, given as
 *       {@code "F"}/{@code "M"}/{@code "X"}, a {@code char} or a {@link io.residentid.core.model.Sex}, whose MRZ code
 *       is the key), so a sentence about the holder agrees with them; a missing argument takes {@code other}.</li>
 * </ul>
 * Blocks may nest. Patterns without blocks are returned unchanged.
 */
public final class Plurals {

    /** The CLDR plural categories. */
    public enum Category {
        /** Arabic 0. */
        ZERO,
        /** 1. */
        ONE,
        /** Arabic 2. */
        TWO,
        /** Arabic 3–10 (mod 100). */
        FEW,
        /** Arabic 11–99 (mod 100). */
        MANY,
        /** Everything else. */
        OTHER
    }

    private Plurals() {
    }

    /**
     * {@return the plural category of an integer count in {@code locale}'s language (CLDR cardinal rules)}
     *
     * @param locale the language wanted
     * @param count the number that chooses the form
     */
    public static Category category(Locale locale, long count) {
        long n = Math.abs(count);
        if ("ar".equals(locale.getLanguage())) {
            if (n == 0) {
                return Category.ZERO;
            }
            if (n == 1) {
                return Category.ONE;
            }
            if (n == 2) {
                return Category.TWO;
            }
            long mod = n % 100;
            if (mod >= 3 && mod <= 10) {
                return Category.FEW;
            }
            if (mod >= 11) {
                return Category.MANY;
            }
            return Category.OTHER;
        }
        return n == 1 ? Category.ONE : Category.OTHER;
    }

    /**
     * {@return {@code pattern} with every plural and select block replaced by the form its argument chooses}
     *
     * @param pattern the message pattern
     * @param locale the language wanted
     * @param arguments the message arguments, already masked
     */
    public static String resolve(String pattern, Locale locale, Object[] arguments) {
        if (pattern.indexOf(",plural,") < 0 && pattern.indexOf(",select,") < 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder(pattern.length());
        int i = 0;
        while (i < pattern.length()) {
            int block = nextBlock(pattern, i);
            if (block < 0) {
                out.append(pattern, i, pattern.length());
                break;
            }
            out.append(pattern, i, block);
            int end = matchingBrace(pattern, block);
            if (end < 0) {
                out.append(pattern, block, pattern.length());
                break;
            }
            out.append(resolveBlock(pattern.substring(block + 1, end), locale, arguments));
            i = end + 1;
        }
        return out.toString();
    }

    private static int nextBlock(String pattern, int from) {
        int p = pattern.indexOf(",plural,", from);
        int s = pattern.indexOf(",select,", from);
        int at = p < 0 ? s : (s < 0 ? p : Math.min(p, s));
        if (at < 0) {
            return -1;
        }
        int open = pattern.lastIndexOf('{', at);
        return open < from ? -1 : open;
    }

    private static int matchingBrace(String pattern, int open) {
        int depth = 0;
        for (int i = open; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Resolves {@code index,kind,forms} (the text between a block's braces). */
    private static String resolveBlock(String body, Locale locale, Object[] arguments) {
        int c1 = body.indexOf(',');
        int c2 = body.indexOf(',', c1 + 1);
        String indexText = body.substring(0, c1).trim();
        String kind = body.substring(c1 + 1, c2).trim();
        String forms = body.substring(c2 + 1);
        int index;
        try {
            index = Integer.parseInt(indexText);
        } catch (NumberFormatException e) {
            return "{" + body + "}";
        }
        Object argument = index < arguments.length ? arguments[index] : null;
        String key;
        if ("plural".equals(kind)) {
            long count = count(argument);
            key = category(locale, count).name().toLowerCase(Locale.ROOT);
        } else {
            key = argument == null ? "other"
                    : argument instanceof io.residentid.core.model.Sex sex ? String.valueOf(sex.mrzCode())
                    : String.valueOf(argument);
        }
        String chosen = form(forms, key);
        if (chosen == null) {
            chosen = form(forms, "other");
        }
        if (chosen == null) {
            return "";
        }
        if ("plural".equals(kind)) {
            chosen = chosen.replace("#", "{" + index + "}");
        }
        return resolve(chosen, locale, arguments);
    }

    /**
     * The count a plural block agrees with: a number, or a number already written as text (callers that print
     * numbers without grouping pass them as strings); anything else counts as 0.
     */
    private static long count(Object argument) {
        if (argument instanceof Number n) {
            return n.longValue();
        }
        if (argument instanceof CharSequence text && text.length() > 0 && text.length() <= 18) {
            String digits = text.toString();
            int start = digits.charAt(0) == '-' ? 1 : 0;
            if (start == digits.length()) {
                return 0;
            }
            for (int i = start; i < digits.length(); i++) {
                if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                    return 0;
                }
            }
            return Long.parseLong(digits);
        }
        return 0;
    }

    /** The text of form {@code key} in {@code a{…}b{…}}, or {@code null}. */
    private static String form(String forms, String key) {
        int i = 0;
        while (i < forms.length()) {
            int open = forms.indexOf('{', i);
            if (open < 0) {
                return null;
            }
            String name = forms.substring(i, open).trim();
            int close = matchingBrace(forms, open);
            if (close < 0) {
                return null;
            }
            if (name.equalsIgnoreCase(key)) {
                return forms.substring(open + 1, close);
            }
            i = close + 1;
        }
        return null;
    }

    /**
     * Resolves {@code pattern}'s blocks and formats it as {@link Messages} does, digits by the digit policy.
     *
     * @param pattern the message pattern
     * @param locale the language wanted
     * @param arguments the message arguments, already masked
     * @return the formatted text
     */
    public static String resolveAndFormat(String pattern, Locale locale, Object... arguments) {
        String resolved = resolve(pattern, locale, arguments);
        return DigitPolicy.apply(new java.text.MessageFormat(resolved, DigitPolicy.numberLocale(locale))
                .format(arguments), locale);
    }
}
