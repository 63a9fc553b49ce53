package io.residentid.kyc;

import java.util.Objects;

/**
 * Compares two names for the consistency check. {@link #matcher()} is the SDK's full matcher (Arabic↔Latin
 * transliteration,
 * variants, token order) and the default; {@link #basic()} compares within one script only.
 * Implementations are thread-safe.
 */
public interface NameComparison {

    /**
     * Compares two names.
     *
     * @param a a name as one source gives it (any script; MRZ form allowed)
     * @param b a name as another source gives it
     * @return the outcome, never null
     */
    Result compare(String a, String b);

    /** The outcome of a comparison. */
    enum Outcome {
        /** The same person's name. */
        MATCH,
        /** Possibly the same; a person should look. */
        PARTIAL,
        /** Different names. */
        NO_MATCH
    }

    /**
     * A comparison result.
     *
     * @param outcome     match, partial or no match
     * @param score       0.0 (nothing in common) to 1.0 (identical after normalisation)
     * @param explanation why, in English, without quoting the names
     */
    record Result(Outcome outcome, double score, String explanation) {
        /**
         * Checks the values.
         *
         * @param outcome match, partial or no match
         * @param score the score, 0 to 1
         * @param explanation why, without the names themselves
         */
        public Result {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(explanation, "explanation");
            if (!(score >= 0.0 && score <= 1.0)) {
                throw new IllegalArgumentException("score must be within 0..1");
            }
        }
    }

    /**
     * The SDK's full name matcher ({@link io.residentid.kyc.names.NameMatcher}): Arabic↔Latin transliteration,
     * variant spellings, token order, compounds, MRZ forms. The default of {@link KycVerifier}.
     *
     * @return the SDK's full name matcher ({@link io.residentid.kyc.names.NameMatcher}): Arabic↔Latin
     *         transliteration, variant spellings, token order, compounds, MRZ forms
     */
    static NameComparison matcher() {
        return MatcherNameComparison.DEFAULT;
    }

    /**
     * {@return the same, with the integrator's thresholds}
     *
     * @param matcher the configured matcher
     */
    static NameComparison matcher(io.residentid.kyc.names.NameMatcher matcher) {
        return new MatcherNameComparison(matcher);
    }

    /** {@return the small built-in comparison: normalised tokens, any order, same script only} */
    static NameComparison basic() {
        return BasicNameComparison.INSTANCE;
    }
}
