package io.residentid.kyc.names;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The result of comparing two names: {@link NameMatchOutcome MATCH / PARTIAL / NO_MATCH}, a score from 0 to 1 and
 * one explanation line per name part. Immutable; {@link #toString()} never shows the names.
 */
public final class NameMatchResult {

    private final NameMatchOutcome outcome;
    private final double score;
    private final List<TokenMatch> matches;

    NameMatchResult(NameMatchOutcome outcome, double score, List<TokenMatch> matches) {
        this.outcome = outcome;
        this.score = score;
        this.matches = List.copyOf(matches);
    }

    /**
     * MATCH, PARTIAL (review) or NO_MATCH, by the matcher's thresholds.
     *
     * @return the outcome
     */
    public NameMatchOutcome outcome() {
        return outcome;
    }

    /** {@return whether the outcome is {@link NameMatchOutcome#MATCH}} */
    public boolean isMatch() {
        return outcome == NameMatchOutcome.MATCH;
    }

    /** {@return the name-level score, 0 to 1, rounded to three decimals} */
    public double score() {
        return score;
    }

    /** {@return which part matched which, by which rule (parts of the first name first, in order)} */
    public List<TokenMatch> matches() {
        return matches;
    }

    /**
     * {@return the explanation lines in {@code locale}}
     *
     * @param locale the language of the messages
     */
    public List<String> explanation(Locale locale) {
        return matches.stream().map(m -> m.message(locale)).collect(Collectors.toUnmodifiableList());
    }

    @Override
    public String toString() {
        return "NameMatchResult[outcome=" + outcome + ", score=" + score + ", parts=" + matches.size() + "]";
    }
}
