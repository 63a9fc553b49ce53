package io.residentid.kyc.names;

import java.util.Locale;
import java.util.Optional;

/**
 * One line of a name comparison's explanation: which part of the first name was paired with which part of the second,
 * by which rule, with what score. A part with no counterpart has only one side. Immutable.
 *
 * <p>The parts are personal data: {@link #toString()} shows only their lengths; the texts are available through
 * the accessors and {@link #message(Locale)} for callers that may show them (e.g. to the customer who typed them).
 */
public final class TokenMatch {

    private final String name1Part;
    private final String name2Part;
    private final MatchRule rule;
    private final double score;
    private final String detail;

    TokenMatch(String name1Part, String name2Part, MatchRule rule, double score, String detail) {
        this.name1Part = name1Part;
        this.name2Part = name2Part;
        this.rule = rule;
        this.score = score;
        this.detail = detail == null ? "" : detail;
    }

    /**
     * {@return the part (or parts, space-separated) of the first name, as written; empty when only the second has one}
     */
    public Optional<String> name1Part() {
        return Optional.ofNullable(name1Part);
    }

    /** {@return the part (or parts) of the second name, as written; empty when only the first has one} */
    public Optional<String> name2Part() {
        return Optional.ofNullable(name2Part);
    }

    /** {@return the rule that paired the parts, or {@link MatchRule#UNMATCHED} / {@link MatchRule#PARTICLE}} */
    public MatchRule rule() {
        return rule;
    }

    /** {@return how alike the two parts are, 0 to 1 (0 for a part with no counterpart)} */
    public double score() {
        return score;
    }

    /**
     * {@return the explanation in {@code locale} (English, or Arabic for {@code ar})}
     *
     * @param locale the language of the messages
     */
    public String message(Locale locale) {
        String first = name1Part != null ? name1Part : name2Part;
        String second = name1Part != null && name2Part != null ? name2Part : "";
        String extra = rule == MatchRule.SIMILAR ? Long.toString(Math.round(score * 100)) : detail;
        return rule.message(locale, first, second, extra);
    }

    @Override
    public String toString() {
        return "TokenMatch[" + rule + ", score=" + score + ", parts="
                + (name1Part == null ? "-" : name1Part.length() + " chars") + "/"
                + (name2Part == null ? "-" : name2Part.length() + " chars") + "]";
    }
}
