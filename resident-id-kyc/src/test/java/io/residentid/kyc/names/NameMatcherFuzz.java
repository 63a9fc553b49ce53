package io.residentid.kyc.names;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hostile names (random Unicode, controls, bidi and invisible characters, MRZ fillers, marks, huge inputs, mutated real
 * names) only ever give a result or the documented {@link NameInputException}, each in well under a second.
 */
class NameMatcherFuzz {

    private static final NameMatcher MATCHER = NameMatcher.getInstance();
    private static final String[] SEEDS = {
        "KUMAR<<RAVI", "رافي كومار", "Mohammed bin Rashid Al Maktoum", "عبد الرحمن", "ABD<AL<RAHMAN<<<<<<",
        "ALHAMMADI<<MOHAMMED<ABDULLA<SA", "MXHMD<<EBDALLH", "Ma. Cristina Dela Cruz", "مُحَمَّد عَلِيّ",
    };

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(400);
        Arbitrary<String> special = Arbitraries.strings()
                .withChars('<', ' ', '-', '\'', '.', '\u200B', '\u200D', '\u200F', '\u202E', '\uFEFF', '\u0000',
                        '\u0640', '\u064E', '\u0651', 'ﻻ', 'ا', 'ل', 'a', 'X', 'H', '\uD800', '\uDC00', '\u0301')
                .ofMaxLength(300);
        Arbitrary<String> mutated = Arbitraries.of(SEEDS).flatMap(seed -> Arbitraries.integers()
                .between(0, seed.length()).list().ofMaxSize(6)
                .flatMap(positions -> Arbitraries.chars().list().ofSize(positions.size()).map(chars -> {
                    StringBuilder sb = new StringBuilder(seed);
                    for (int i = 0; i < positions.size(); i++) {
                        int at = Math.min(positions.get(i), sb.length());
                        sb.insert(at, chars.get(i));
                    }
                    return sb.toString();
                })));
        Arbitrary<String> repeated = Arbitraries.of(SEEDS).flatMap(seed -> Arbitraries.integers().between(1, 60)
                .map(seed::repeat));
        Arbitrary<String> longParts = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(40).ofMaxLength(70)
                .list().ofMaxSize(5).map(p -> String.join(" ", p));
        return Arbitraries.oneOf(unicode, special, mutated, repeated, longParts);
    }

    @Property(tries = 2000)
    void hostileNamesGiveAResultOrTheDocumentedException(@ForAll("hostile") String a, @ForAll("hostile") String b) {
        long start = System.nanoTime();
        try {
            NameMatchResult r = MATCHER.match(a, b);
            assertTrue(r.score() >= 0 && r.score() <= 1);
        } catch (NameInputException expected) {
            assertTrue(expected.getMessage() != null && !expected.code().isEmpty());
        }
        try {
            IcaoArabicTransliterator.toMrz(a);
            IcaoArabicTransliterator.fromMrzPart(b);
        } catch (NameInputException expected) {
            // documented
        }
        assertTrue(System.nanoTime() - start < 1_000_000_000L, "slow input");
    }
}
