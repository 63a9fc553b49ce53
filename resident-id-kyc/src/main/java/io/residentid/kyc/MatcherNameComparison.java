package io.residentid.kyc;

import io.residentid.kyc.names.NameInputException;
import io.residentid.kyc.names.NameMatchResult;
import io.residentid.kyc.names.NameMatcher;
import io.residentid.kyc.names.TokenMatch;

/** {@link NameComparison} over the SDK's {@link NameMatcher}: Arabic↔Latin, variants, token order, MRZ forms. */
final class MatcherNameComparison implements NameComparison {

    static final MatcherNameComparison DEFAULT = new MatcherNameComparison(NameMatcher.getInstance());

    private final NameMatcher matcher;

    MatcherNameComparison(NameMatcher matcher) {
        this.matcher = matcher;
    }

    @Override
    public Result compare(String a, String b) {
        NameMatchResult result;
        try {
            result = matcher.match(a, b);
        } catch (NameInputException e) {
            return new Result(Outcome.NO_MATCH, 0.0, "a name could not be read (" + e.code() + ")");
        }
        // The explanation names rules and scores per part, never the parts themselves (they are personal data).
        StringBuilder explanation = new StringBuilder(32 * result.matches().size());
        int part = 1;
        for (TokenMatch match : result.matches()) {
            if (part > 1) {
                explanation.append("; ");
            }
            explanation.append("part ").append(part++).append(": ").append(match.rule().name()).append(' ')
                    .append(Decimals.two(match.score()));
        }
        Outcome outcome = switch (result.outcome()) {
            case MATCH -> Outcome.MATCH;
            case PARTIAL -> Outcome.PARTIAL;
            default -> Outcome.NO_MATCH;
        };
        double score = Math.max(0.0, Math.min(1.0, result.score()));
        return new Result(outcome, score, explanation.toString());
    }
}
