package io.residentid.kyc.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Compares two personal names Latin↔Latin, Arabic↔Arabic and Arabic↔Latin, and explains the answer part by part.
 *
 * <p>Each name is normalised (case, accents, Arabic letter forms, marks, invisible characters, MRZ fillers), split
 * into parts, and each part gets a phonetic skeleton: its consonants mapped to sound classes, for Latin spellings
 * (kh, sh, th, dh, q/k/g…) and Arabic letters (by the ICAO 9303 table) alike, with what was written between them.
 * Parts are then paired regardless of order: identical text, a known variant spelling (data), the same skeleton
 * (transliteration or phonetic), a compound written together or apart, an initial, an MRZ part cut short. Connectors
 * and articles (bin, ibn, al…) need not match; a middle name given on one side only costs a little.
 *
 * <p>Immutable and thread-safe; build once and share. Inputs are bounded ({@link Builder#maxLength},
 * {@link Builder#maxParts}); a name beyond the bounds throws {@link NameInputException}.
 *
 * <pre>{@code
 * NameMatcher matcher = NameMatcher.builder().build();
 * NameMatchResult r = matcher.match("KUMAR<<RAVI", "رافي كومار");   // MATCH
 * }</pre>
 */
public final class NameMatcher {

    /** Pairs at least this good are taken in the first pass. */
    private static final float STRONG = 0.7f;
    /** Pairs at least this good are shown (and counted) when nothing better is left. */
    private static final float WEAK = 0.5f;
    private static final float COMPOUND_MIN = 0.8f;
    private static final int MAX_COMPOUND = 3;
    private static final int MAX_PART_LENGTH = 64;

    private final double matchThreshold;
    private final double partialThreshold;
    private final double partThreshold;
    private final double missingPartPenalty;
    private final boolean allowMissingParts;
    private final int maxLength;
    private final int maxParts;

    private NameMatcher(Builder b) {
        this.matchThreshold = b.matchThreshold;
        this.partialThreshold = b.partialThreshold;
        this.partThreshold = b.partThreshold;
        this.missingPartPenalty = b.missingPartPenalty;
        this.allowMissingParts = b.allowMissingParts;
        this.maxLength = b.maxLength;
        this.maxParts = b.maxParts;
    }

    /** {@return a builder with the default policy (see each setter)} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a matcher with the default policy} */
    public static NameMatcher getInstance() {
        return DEFAULT;
    }

    private static final NameMatcher DEFAULT = builder().build();

    /**
     * Compares two names. Either may be Latin (free text or MRZ form such as {@code KUMAR<<RAVI}), Arabic, or mixed.
     * Symmetric: swapping the names gives the same outcome and score.
     *
     * @param name1 one name
     * @param name2 the other name
     * @return the outcome, the score and the part-by-part explanation
     * @throws NameInputException when a name is {@code null}, longer than the limits, or has too many parts
     */
    public NameMatchResult match(String name1, String name2) {
        Token[] a = tokens(name1);
        Token[] b = tokens(name2);
        if (a.length == 0 || b.length == 0) {
            return new NameMatchResult(NameMatchOutcome.NO_MATCH, 0.0,
                    List.of(new TokenMatch(null, null, MatchRule.EMPTY_NAME, 0.0, null)));
        }
        Token[] ja = joinCompounds(a);
        Token[] jb = joinCompounds(b);
        NameMatchResult joined = new Alignment(ja, jb).run();
        if ((ja == a && jb == b) || (joined.isMatch() && joined.score() >= 0.95)) {
            return joined;
        }
        // "Abdul X" is read both as one compound part and as two parts; the better reading wins.
        NameMatchResult apart = new Alignment(a, b).run();
        return better(apart, joined) ? apart : joined;
    }

    private static boolean better(NameMatchResult x, NameMatchResult y) {
        if (x.outcome() != y.outcome()) {
            return x.outcome().ordinal() < y.outcome().ordinal();
        }
        return x.score() > y.score();
    }

    private Token[] tokens(String name) {
        if (name == null) {
            throw NameInputException.missing();
        }
        if (name.length() > maxLength) {
            throw NameInputException.tooLong(maxLength);
        }
        NameText.Parsed parsed = NameText.parse(name, maxParts, MAX_PART_LENGTH);
        List<NameText.Part> parts = parsed.parts();
        Token[] single = new Token[parts.size()];
        for (int i = 0; i < single.length; i++) {
            NameText.Part p = parts.get(i);
            single[i] = new Token(p.text(), p.raw(), p.arabic(), parsed.mrz() && p.primary(),
                    parsed.truncated() && i == single.length - 1);
        }
        return single;
    }

    /** Same script and same MRZ identifier (a compound never spans the primary/secondary split). */
    private static boolean sameField(Token a, Token b) {
        return a.arabic == b.arabic && a.primary == b.primary;
    }

    /** Joins "Abd/Abdul/عبد [al] X" into one part: such a prefix never stands alone as a name. */
    private static Token[] joinCompounds(Token[] tokens) {
        Set<String> prefixes = NameData.INSTANCE.compoundPrefixes;
        List<Token> out = null;
        for (int i = 0; i < tokens.length; i++) {
            int end = i + 1;
            if (prefixes.contains(tokens[i].text) && end < tokens.length && sameField(tokens[i], tokens[end])) {
                if (tokens[end].article && end + 1 < tokens.length && sameField(tokens[i], tokens[end + 1])) {
                    end++;
                }
                if (!tokens[end].connector) {
                    end++;
                }
            }
            if (end - i > 1) {
                if (out == null) {
                    out = new ArrayList<>(Arrays.asList(tokens).subList(0, i));
                }
                out.add(Token.joined(tokens, i, end));
                i = end - 1;
            } else if (out != null) {
                out.add(tokens[i]);
            }
        }
        return out == null ? tokens : out.toArray(new Token[0]);
    }

    /** A scored comparison of two parts. */
    record Scored(float score, MatchRule rule, String detail) {
    }

    private static final Scored NONE = new Scored(0f, MatchRule.UNMATCHED, null);

    /** Compares two parts by the strongest rule that applies. Symmetric. */
    static Scored compare(Token x, Token y) {
        if (x.text.equals(y.text)) {
            return new Scored(1f, x.raw.equalsIgnoreCase(y.raw) ? MatchRule.EXACT : MatchRule.NORMALISED, null);
        }
        if (x.initial || y.initial) {
            return initial(x, y);
        }
        boolean knownDifferent = false;
        if (x.groups.length > 0 && y.groups.length > 0) {
            for (int g : x.groups) {
                for (int h : y.groups) {
                    if (g == h) {
                        return new Scored(0.95f, MatchRule.VARIANT, NameData.INSTANCE.groupIds.get(g));
                    }
                }
            }
            knownDifferent = true;
        }
        float best = skeletonScore(x.skeleton, y.skeleton);
        if (best < 0.9f && (x.stripped != null || y.stripped != null)) {
            if (x.stripped != null) {
                best = Math.max(best, 0.99f * skeletonScore(x.stripped, y.skeleton));
            }
            if (y.stripped != null) {
                best = Math.max(best, 0.99f * skeletonScore(x.skeleton, y.stripped));
            }
        }
        if (best < 0.9f && (x.arabic || y.arabic)) {
            // A Latin part that may be an ICAO transliteration (AZHZ) is also read as the Arabic it would encode.
            Skeleton xi = x.icao();
            Skeleton yi = y.icao();
            // The ICAO scheme is exact and reversible: only an identical skeleton counts.
            if (xi != null && Skeleton.distance(xi, y.skeleton) == 0f) {
                best = Math.max(best, skeletonScore(xi, y.skeleton));
            }
            if (yi != null && Skeleton.distance(x.skeleton, yi) == 0f) {
                best = Math.max(best, skeletonScore(x.skeleton, yi));
            }
        }
        MatchRule rule;
        if (best >= 0.75f) {
            rule = x.arabic != y.arabic ? MatchRule.TRANSLITERATION : MatchRule.PHONETIC;
        } else {
            rule = MatchRule.SIMILAR;
        }
        float truncated = Math.max(truncated(x, y), truncated(y, x));
        if (truncated > best) {
            best = truncated;
            rule = MatchRule.TRUNCATED;
        }
        if (knownDifferent && best > 0.75f) {
            // Both parts are listed names, in different groups (Hassan / Hussein): alike, but not the same name.
            best = 0.75f;
            rule = MatchRule.SIMILAR;
        }
        return best <= 0f ? NONE : new Scored(best, rule, null);
    }

    private static Scored initial(Token x, Token y) {
        if (x.initial && y.initial) {
            return NONE;
        }
        Token letter = x.initial ? x : y;
        Token other = x.initial ? y : x;
        int f1 = letter.skeleton.first();
        int f2 = other.skeleton.first();
        if (f1 >= 0 && f2 >= 0 && NameData.INSTANCE.substitution[f1][f2] <= 0.25f) {
            return new Scored(0.85f, MatchRule.INITIAL, null);
        }
        return NONE;
    }

    private static float truncated(Token cut, Token full) {
        if (!cut.truncatable || cut.text.length() < 2) {
            return 0f;
        }
        if (!cut.arabic && !full.arabic) {
            return full.text.startsWith(cut.text) ? 0.92f : 0f;
        }
        boolean enough = cut.skeleton.length() >= 2 || (cut.skeleton.length() == 1 && cut.text.length() >= 3);
        return enough && full.skeleton.startsWith(cut.skeleton) ? 0.9f : 0f;
    }

    private static float skeletonScore(Skeleton p, Skeleton q) {
        float d = Skeleton.distance(p, q);
        int maxLen = Math.max(1, Math.max(p.length(), q.length()));
        boolean shortName = Math.max(consonants(p), consonants(q)) <= 2;
        if (d <= 0.5f && d <= 0.15f * maxLen + 0.05f) {
            float s = 0.95f - 0.3f * d / maxLen;
            if (shortName && p.length() != q.length()) {
                // A dropped or changed letter weighs more in a name of two consonants (Ali / Alawi).
                s -= 0.06f;
            }
            if (p.length() == q.length()) {
                float conflict = Skeleton.vowelConflict(p, q) * (shortName ? 0.12f : 0.06f);
                s -= Math.min(0.25f, conflict);
            }
            return s;
        }
        float s = 0.9f * (1f - d / maxLen);
        if (shortName) {
            s *= 0.85f;
        }
        return Math.max(0f, s);
    }

    private static int consonants(Skeleton s) {
        return s.length() - (s.first() == NameData.INITIAL_VOWEL ? 1 : 0);
    }

    /** A candidate pairing of a span of parts of name 1 with a span of name 2. */
    private record Candidate(int a0, int a1, int b0, int b1, Scored scored, String low, String high, int order) {
    }

    /** One comparison: greedy pairing in a canonical order, so the result does not depend on which name is first. */
    private final class Alignment {
        final Token[] a;
        final Token[] b;
        final Candidate[] pairOfA;
        final Candidate[] pairOfB;
        final List<Candidate> chosen = new ArrayList<>();

        Alignment(Token[] a, Token[] b) {
            this.a = a;
            this.b = b;
            this.pairOfA = new Candidate[a.length];
            this.pairOfB = new Candidate[b.length];
        }

        NameMatchResult run() {
            List<Candidate> singles = new ArrayList<>(a.length * b.length);
            for (int i = 0; i < a.length; i++) {
                for (int j = 0; j < b.length; j++) {
                    Scored s = compare(a[i], b[j]);
                    // A particle pairs with a name part only when they are plainly the same word (AZ / از).
                    float minimum = a[i].particle() != b[j].particle() ? 0.9f : WEAK;
                    if (s.score() >= minimum) {
                        singles.add(candidate(i, i + 1, j, j + 1, s, a[i].text, b[j].text));
                    }
                }
            }
            singles.sort(ORDER);
            pick(singles, STRONG);
            if (hasFree(a) && hasFree(b)) {
                List<Candidate> compounds = new ArrayList<>();
                compounds(a, b, pairOfA, pairOfB, true, compounds);
                compounds(b, a, pairOfB, pairOfA, false, compounds);
                compounds.sort(ORDER);
                pick(compounds, COMPOUND_MIN);
                pick(singles, WEAK);
            }
            return result();
        }

        private boolean hasFree(Token[] side) {
            Candidate[] pairs = side == a ? pairOfA : pairOfB;
            for (int i = 0; i < side.length; i++) {
                if (pairs[i] == null && !side[i].particle()) {
                    return true;
                }
            }
            return false;
        }

        private Candidate candidate(int a0, int a1, int b0, int b1, Scored s, String ka, String kb) {
            boolean aFirst = ka.compareTo(kb) <= 0;
            int order = Math.min(a0, b0) * 64 + Math.max(a0, b0);
            return new Candidate(a0, a1, b0, b1, s, aFirst ? ka : kb, aFirst ? kb : ka, order);
        }

        private void compounds(Token[] side, Token[] other, Candidate[] sidePairs, Candidate[] otherPairs,
                boolean sideIsA, List<Candidate> out) {
            for (int start = 0; start < side.length; start++) {
                for (int end = start + 2; end <= Math.min(side.length, start + MAX_COMPOUND); end++) {
                    if (!joinable(side, sidePairs, start, end)) {
                        break;
                    }
                    int spanLength = 0;
                    for (int k = start; k < end; k++) {
                        spanLength += side[k].skeleton.length();
                    }
                    Token joined = null;
                    for (int k = 0; k < other.length; k++) {
                        if (otherPairs[k] != null || other[k].particle()
                                || Math.abs(spanLength - other[k].skeleton.length()) > 3) {
                            continue;
                        }
                        if (joined == null) {
                            joined = Token.joined(side, start, end);
                        }
                        Scored s = compare(joined, other[k]);
                        if (s.score() >= COMPOUND_MIN) {
                            Scored c = new Scored(s.score(), MatchRule.COMPOUND, null);
                            out.add(sideIsA ? candidate(start, end, k, k + 1, c, joined.text, other[k].text)
                                    : candidate(k, k + 1, start, end, c, other[k].text, joined.text));
                        }
                    }
                }
            }
        }

        private boolean joinable(Token[] side, Candidate[] pairs, int start, int end) {
            boolean content = false;
            for (int k = start; k < end; k++) {
                if (pairs[k] != null || side[k].connector || side[k].arabic != side[start].arabic) {
                    return false;
                }
                content |= !side[k].article;
            }
            return content;
        }

        private void pick(List<Candidate> candidates, float minimum) {
            for (Candidate c : candidates) {
                if (c.scored().score() < minimum) {
                    break;
                }
                if (free(pairOfA, c.a0(), c.a1()) && free(pairOfB, c.b0(), c.b1())) {
                    Arrays.fill(pairOfA, c.a0(), c.a1(), c);
                    Arrays.fill(pairOfB, c.b0(), c.b1(), c);
                    chosen.add(c);
                }
            }
        }

        private boolean free(Candidate[] pairs, int from, int to) {
            for (int k = from; k < to; k++) {
                if (pairs[k] != null) {
                    return false;
                }
            }
            return true;
        }

        private NameMatchResult result() {
            boolean countAllA = allParticles(a);
            boolean countAllB = allParticles(b);
            Coverage ca = coverage(a, pairOfA, b, true, countAllA);
            Coverage cb = coverage(b, pairOfB, a, false, countAllB);
            double score;
            boolean refOk;
            if (!allowMissingParts) {
                score = Math.min(ca.value, cb.value);
                refOk = ca.allStrong && cb.allStrong && (ca.full >= 2 || (ca.counted == 1 && cb.counted == 1));
            } else {
                // The better-covered name sets the score; parts missing from the other cost a little. Taking the
                // better of the two readings keeps the score symmetric when both names are covered alike.
                score = Math.max(ca.value - Math.min(0.12, missingPartPenalty * cb.unmatched),
                        cb.value - Math.min(0.12, missingPartPenalty * ca.unmatched));
                refOk = (ca.value >= cb.value && ca.allStrong && ca.full >= 2)
                        || (cb.value >= ca.value && cb.allStrong && cb.full >= 2)
                        || (ca.counted == 1 && cb.counted == 1 && ca.full == 1);
            }
            score = Math.max(0.0, Math.round(score * 1000.0) / 1000.0);
            NameMatchOutcome outcome;
            if (score >= matchThreshold && refOk && ca.primaryOk && cb.primaryOk) {
                outcome = NameMatchOutcome.MATCH;
            } else if (score >= partialThreshold) {
                outcome = NameMatchOutcome.PARTIAL;
            } else {
                outcome = NameMatchOutcome.NO_MATCH;
            }
            return new NameMatchResult(outcome, score, explanation());
        }

        private boolean allParticles(Token[] side) {
            for (Token t : side) {
                if (!t.particle()) {
                    return false;
                }
            }
            return true;
        }

        private Coverage coverage(Token[] side, Candidate[] pairs, Token[] other, boolean sideIsA, boolean countAll) {
            Coverage c = new Coverage();
            double sum = 0;
            boolean hasPrimary = false;
            boolean primaryMatched = false;
            for (int i = 0; i < side.length; i++) {
                // A particle counts only when it was paired with a name part of the other name (AZ / از).
                boolean pairedWithName = pairs[i] != null
                        && !other[sideIsA ? pairs[i].b0() : pairs[i].a0()].particle();
                if (side[i].particle() && !countAll && !pairedWithName) {
                    continue;
                }
                c.counted++;
                double s = pairs[i] == null ? 0 : pairs[i].scored().score();
                sum += s;
                if (pairs[i] == null) {
                    c.unmatched++;
                }
                boolean initial = pairs[i] != null && pairs[i].scored().rule() == MatchRule.INITIAL;
                if (s >= partThreshold) {
                    c.full++;
                } else if (!initial) {
                    // An initial does not stop a MATCH when two full parts also match (Abdulla M. Al Hammadi).
                    c.allStrong = false;
                }
                if (side[i].primary) {
                    hasPrimary = true;
                    primaryMatched |= s >= partThreshold;
                }
            }
            c.value = c.counted == 0 ? 0 : sum / c.counted;
            c.primaryOk = !hasPrimary || primaryMatched;
            return c;
        }

        private List<TokenMatch> explanation() {
            List<TokenMatch> lines = new ArrayList<>();
            List<Candidate> done = new ArrayList<>();
            for (int i = 0; i < a.length; i++) {
                Candidate c = pairOfA[i];
                if (c == null) {
                    lines.add(unpaired(a[i], true));
                } else if (!containsSame(done, c)) {
                    done.add(c);
                    lines.add(new TokenMatch(raw(a, c.a0(), c.a1()), raw(b, c.b0(), c.b1()), c.scored().rule(),
                            round(c.scored().score()), c.scored().detail()));
                }
            }
            for (int j = 0; j < b.length; j++) {
                if (pairOfB[j] == null) {
                    lines.add(unpaired(b[j], false));
                }
            }
            return lines;
        }

        private boolean containsSame(List<Candidate> done, Candidate c) {
            for (Candidate d : done) {
                if (d == c) {
                    return true;
                }
            }
            return false;
        }

        private TokenMatch unpaired(Token t, boolean first) {
            MatchRule rule = t.particle() ? MatchRule.PARTICLE : MatchRule.UNMATCHED;
            return first ? new TokenMatch(t.raw, null, rule, 0.0, null) : new TokenMatch(null, t.raw, rule, 0.0, null);
        }

        private String raw(Token[] side, int from, int to) {
            if (to - from == 1) {
                return side[from].raw;
            }
            StringBuilder sb = new StringBuilder();
            for (int k = from; k < to; k++) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(side[k].raw);
            }
            return sb.toString();
        }
    }

    private static double round(float v) {
        return Math.round(v * 1000.0) / 1000.0;
    }

    private static final class Coverage {
        double value;
        int counted;
        int unmatched;
        boolean allStrong = true;
        int full;
        boolean primaryOk = true;
    }

    private static final Comparator<Candidate> ORDER = Comparator
            .comparingDouble((Candidate c) -> -c.scored().score())
            .thenComparing(Candidate::low)
            .thenComparing(Candidate::high)
            .thenComparingInt(Candidate::order);

    /**
     * The matching policy. Defaults: MATCH at a score of 0.85 with every part of the better-covered name paired at
     * 0.88 or more; PARTIAL from 0.60; a part missing on one side costs 0.03 (at most 0.12); names up to 300
     * characters and 16 parts.
     */
    public static final class Builder {
        private double matchThreshold = 0.85;
        private double partialThreshold = 0.60;
        private double partThreshold = 0.88;
        private double missingPartPenalty = 0.03;
        private boolean allowMissingParts = true;
        private int maxLength = 300;
        private int maxParts = 16;

        private Builder() {
        }

        /**
         * The name score from which (with every part matched) the outcome is MATCH; default 0.85.
         *
         * @param value the threshold, 0 to 1
         * @return this builder
         */
        public Builder matchThreshold(double value) {
            this.matchThreshold = unit(value, "matchThreshold");
            return this;
        }

        /**
         * The name score from which the outcome is PARTIAL rather than NO_MATCH; default 0.60.
         *
         * @param value the threshold, 0 to 1
         * @return this builder
         */
        public Builder partialThreshold(double value) {
            this.partialThreshold = unit(value, "partialThreshold");
            return this;
        }

        /**
         * The score every part of the better-covered name must reach for a MATCH; default 0.88.
         *
         * @param value the threshold, 0 to 1
         * @return this builder
         */
        public Builder partThreshold(double value) {
            this.partThreshold = unit(value, "partThreshold");
            return this;
        }

        /**
         * What each part given on one side only costs (missing middle names); default 0.03.
         *
         * @param value the penalty per part, 0 to 1
         * @return this builder
         */
        public Builder missingPartPenalty(double value) {
            this.missingPartPenalty = unit(value, "missingPartPenalty");
            return this;
        }

        /**
         * Whether a name may leave out parts of the other (middle names, a grandfather's name); default true. When
         * false, every part of both names must be paired for a MATCH.
         *
         * @param value whether parts may be missing
         * @return this builder
         */
        public Builder allowMissingParts(boolean value) {
            this.allowMissingParts = value;
            return this;
        }

        /**
         * The longest name accepted, in characters (1 to 10,000); default 300.
         *
         * @param value the length
         * @return this builder
         */
        public Builder maxLength(int value) {
            if (value < 1 || value > 10_000) {
                throw new IllegalArgumentException("maxLength must be 1..10000");
            }
            this.maxLength = value;
            return this;
        }

        /**
         * The most parts a name may have (1 to 32); default 16.
         *
         * @param value the number of parts
         * @return this builder
         */
        public Builder maxParts(int value) {
            if (value < 1 || value > 32) {
                throw new IllegalArgumentException("maxParts must be 1..32");
            }
            this.maxParts = value;
            return this;
        }

        /** {@return the matcher} */
        public NameMatcher build() {
            if (partialThreshold > matchThreshold) {
                throw new IllegalArgumentException("partialThreshold must not exceed matchThreshold");
            }
            return new NameMatcher(this);
        }

        private static double unit(double value, String name) {
            if (!(value >= 0.0 && value <= 1.0)) {
                throw new IllegalArgumentException(name + " must be between 0 and 1");
            }
            return value;
        }
    }
}
