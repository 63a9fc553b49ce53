package io.residentid.kyc;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The small default behind {@link NameComparison#basic()}: letters normalised (Latin: case and diacritics; Arabic:
 * alef forms, teh marbuta, alef maksura, tatweel, harakat), MRZ fillers and punctuation as separators, tokens
 * compared as sets in any order. Names in different scripts are never called a match here: PARTIAL, for review.
 */
final class BasicNameComparison implements NameComparison {

    static final BasicNameComparison INSTANCE = new BasicNameComparison();
    private static final int MAX_CHARS = 256;

    private BasicNameComparison() {
    }

    @Override
    public Result compare(String a, String b) {
        if (a == null || b == null || a.isBlank() || b.isBlank()) {
            return new Result(Outcome.NO_MATCH, 0.0, "a name is empty");
        }
        if (Scripts.isArabic(a) != Scripts.isArabic(b)) {
            return new Result(Outcome.PARTIAL, 0.0,
                    "the names are in different scripts; the basic comparison does not transliterate");
        }
        List<String> ta = tokens(a);
        List<String> tb = tokens(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return new Result(Outcome.NO_MATCH, 0.0, "a name has no letters");
        }
        if (sorted(ta).equals(sorted(tb))) {
            return new Result(Outcome.MATCH, 1.0, ta.equals(tb) ? "same tokens in the same order"
                    : "same tokens in another order");
        }
        if (String.join("", sorted(ta)).equals(String.join("", sorted(tb)))
                || String.join("", ta).equals(String.join("", tb))) {
            return new Result(Outcome.MATCH, 0.95, "same letters, tokens joined differently (compound name)");
        }
        List<String> common = new ArrayList<>(ta);
        common.retainAll(tb);
        int union = ta.size() + tb.size() - common.size();
        double score = union == 0 ? 0.0 : (double) common.size() / union;
        if (!common.isEmpty() && (tb.containsAll(ta) || ta.containsAll(tb))) {
            return new Result(Outcome.PARTIAL, score, common.size() + " tokens match; the other name has more"
                    + " (missing middle names?)");
        }
        if (common.size() >= 2) {
            return new Result(Outcome.PARTIAL, score, common.size() + " tokens match, others differ");
        }
        return new Result(Outcome.NO_MATCH, score, common.size() + " tokens in common");
    }

    private static List<String> sorted(List<String> tokens) {
        List<String> copy = new ArrayList<>(tokens);
        Collections.sort(copy);
        return copy;
    }

    static List<String> tokens(String name) {
        String s = name.length() > MAX_CHARS ? name.substring(0, MAX_CHARS) : name;
        s = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || c == '\u0640') {
                continue; // diacritics, harakat, tatweel
            }
            b.append(switch (c) {
                case '\u0623', '\u0625', '\u0622', '\u0671' -> '\u0627';
                case '\u0629' -> '\u0647';
                case '\u0649' -> '\u064A';
                default -> Character.isLetter(c) ? Character.toUpperCase(c) : ' ';
            });
        }
        return new ArrayList<>(Arrays.stream(b.toString().toUpperCase(Locale.ROOT).trim().split("\\s+"))
                .filter(t -> !t.isEmpty()).toList());
    }
}
