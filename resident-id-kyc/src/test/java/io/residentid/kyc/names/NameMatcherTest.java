package io.residentid.kyc.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NameMatcherTest {

    private static final NameMatcher MATCHER = NameMatcher.getInstance();
    private static final Locale AR = Locale.forLanguageTag("ar");
    private static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}");

    static List<Arguments> realPairs() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = NameMatcherTest.class.getResourceAsStream("name-pairs.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.add(Arguments.of(f[0], f[1], NameMatchOutcome.valueOf(f[2])));
            }
        }
        assertTrue(out.size() > 150, "pairs: " + out.size());
        return out;
    }

    @ParameterizedTest(name = "{0} ~ {1} -> {2}")
    @MethodSource("realPairs")
    void realWorldPairsGetTheExpectedOutcome(String name1, String name2, NameMatchOutcome expected) {
        NameMatchResult result = MATCHER.match(name1, name2);
        assertEquals(expected, result.outcome(), () -> describe(result));
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @MethodSource("realPairs")
    void everyPairIsSymmetric(String name1, String name2, NameMatchOutcome ignored) {
        NameMatchResult forward = MATCHER.match(name1, name2);
        NameMatchResult backward = MATCHER.match(name2, name1);
        assertEquals(forward.outcome(), backward.outcome());
        assertEquals(forward.score(), backward.score(), 1e-9);
    }

    private static String describe(NameMatchResult r) {
        return r + " " + r.explanation(Locale.ENGLISH);
    }

    @Test
    void chipMrzArabicAndTypedNamesOfTheSamePersonMatch() {
        assertTrue(MATCHER.match("KUMAR<<RAVI", "رافي كومار").isMatch());
        assertTrue(MATCHER.match("KUMAR<<RAVI", "Ravi Kumar").isMatch());
        assertTrue(MATCHER.match("رافي كومار", "Ravi Kumar").isMatch());
    }

    @Test
    void explanationSaysWhichPartMatchedWhichByWhichRule() {
        NameMatchResult r = MATCHER.match("KUMAR<<RAVI", "رافي كومار");
        assertEquals(2, r.matches().size());
        TokenMatch first = r.matches().get(0);
        assertEquals("KUMAR", first.name1Part().orElseThrow());
        assertEquals("كومار", first.name2Part().orElseThrow());
        assertTrue(first.rule() == MatchRule.VARIANT || first.rule() == MatchRule.TRANSLITERATION, first.toString());
        assertTrue(first.message(Locale.ENGLISH).contains("KUMAR"));
        assertTrue(ARABIC.matcher(first.message(AR)).find());
    }

    @Test
    void arabicLetterFormsAreNormalised() {
        NameMatchResult r = MATCHER.match("أحمد إبراهيم آل مكتوم", "احمد ابراهيم ال مكتوم");
        assertEquals(NameMatchOutcome.MATCH, r.outcome(), describe(r));
        assertEquals(1.0, r.score());
        assertEquals(MatchRule.NORMALISED, r.matches().get(0).rule());
        // teh marbuta / heh, alef maksura / yeh, tatweel, harakat, presentation forms
        assertEquals(1.0, MATCHER.match("فاطمة موسى", "فاطمه موسي").score());
        assertEquals(1.0, MATCHER.match("مُحَمَّد عَلِيّ", "محمد علي").score());
        assertEquals(1.0, MATCHER.match("محـــمد علي", "محمد علي").score());
        assertEquals(1.0, MATCHER.match("ﻣﺤﻤﺪ ﻋﻠﻲ", "محمد علي").score());
    }

    @Test
    void latinCaseAccentsHyphensAndApostrophesAreNormalised() {
        assertEquals(1.0, MATCHER.match("José Dela-Cruz", "JOSE DELA CRUZ").score());
        assertEquals(1.0, MATCHER.match("Mu'ammar al-Qadhafi", "MUAMMAR AL QADHAFI").score());
        assertEquals(MatchRule.EXACT, MATCHER.match("RAVI", "ravi").matches().get(0).rule());
        assertEquals(MatchRule.NORMALISED, MATCHER.match("Zoë", "Zoe").matches().get(0).rule());
    }

    @Test
    void compoundNamesMatchWrittenTogetherOrApart() {
        NameMatchResult r = MATCHER.match("Abdul Rahman Ali", "Abdulrahman Ali");
        assertTrue(r.isMatch(), describe(r));
        r = MATCHER.match("Noor ud Din Khan", "Nooruddin Khan");
        assertTrue(r.isMatch(), describe(r));
        assertTrue(r.matches().stream().anyMatch(m -> m.rule() == MatchRule.COMPOUND), describe(r));
        assertTrue(MATCHER.match("ABD AL RAHMAN", "عبد الرحمن").isMatch());
    }

    @Test
    void tokenOrderDoesNotMatter() {
        NameMatchResult r = MATCHER.match("Ahmed Mansour Al Ali", "Al Ali Mansour Ahmed");
        assertEquals(1.0, r.score(), describe(r));
    }

    @Test
    void connectorsAndArticlesNeedNotMatch() {
        NameMatchResult r = MATCHER.match("Mohammed bin Rashid Al Maktoum", "Mohammed Rashid Maktoum");
        assertTrue(r.isMatch(), describe(r));
        assertTrue(r.matches().stream().anyMatch(m -> m.rule() == MatchRule.PARTICLE));
    }

    @Test
    void aMissingMiddleNameCostsLittleButASingleNameIsOnlyPartial() {
        NameMatchResult r = MATCHER.match("Ali Hassan", "Ali Hassan Mohammed Saleh");
        assertEquals(NameMatchOutcome.MATCH, r.outcome(), describe(r));
        assertTrue(r.score() < 1.0);
        assertTrue(r.matches().stream().anyMatch(m -> m.rule() == MatchRule.UNMATCHED));
        assertEquals(NameMatchOutcome.PARTIAL, MATCHER.match("Ravi", "Ravi Kumar").outcome());
    }

    @Test
    void missingPartsCanBeRefusedByPolicy() {
        NameMatcher strict = NameMatcher.builder().allowMissingParts(false).build();
        assertEquals(NameMatchOutcome.PARTIAL, strict.match("Ali Hassan", "Ali Hassan Mohammed").outcome());
        assertEquals(NameMatchOutcome.MATCH, strict.match("Ali Hassan", "Hasan Aly").outcome());
    }

    @Test
    void thresholdsArePolicy() {
        NameMatcher strict = NameMatcher.builder().matchThreshold(0.99).partialThreshold(0.9).build();
        assertEquals(NameMatchOutcome.PARTIAL, strict.match("Mohammed Ali", "Muhammad Aly").outcome());
        NameMatcher lenient = NameMatcher.builder().partThreshold(0.8).build();
        assertEquals(NameMatchOutcome.MATCH, lenient.match("M. Ali", "Mohammed Ali").outcome());
        assertEquals(NameMatchOutcome.PARTIAL, MATCHER.match("M. Ali", "Mohammed Ali").outcome());
        assertThrows(IllegalArgumentException.class, () -> NameMatcher.builder().matchThreshold(1.5));
        assertThrows(IllegalArgumentException.class, () -> NameMatcher.builder().partialThreshold(Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> NameMatcher.builder().matchThreshold(0.5).partialThreshold(0.7).build());
        assertThrows(IllegalArgumentException.class, () -> NameMatcher.builder().maxParts(0));
        assertThrows(IllegalArgumentException.class, () -> NameMatcher.builder().maxLength(100_000));
    }

    @Test
    void initialsMatchTheirNameForReview() {
        NameMatchResult r = MATCHER.match("R. Kumar", "Ravi Kumar");
        assertEquals(NameMatchOutcome.PARTIAL, r.outcome());
        assertEquals(MatchRule.INITIAL, r.matches().get(0).rule());
        assertEquals(NameMatchOutcome.NO_MATCH, MATCHER.match("S. Kumar", "Ravi Sharma").outcome());
        // A middle initial next to two full matching parts does not stop a MATCH.
        NameMatchResult middle = MATCHER.match("Abdulla M. Al Hammadi", "Abdulla Mohammed Al Hammadi");
        assertEquals(NameMatchOutcome.MATCH, middle.outcome(), describe(middle));
    }

    @Test
    void truncatedMrzNamesMatchTheFullName() {
        // A TD1 name field is 30 characters; the last given name was cut.
        String mrz = "ALHAMMADI<<MOHAMMED<ABDULLA<SA";
        assertEquals(30, mrz.length());
        NameMatchResult r = MATCHER.match(mrz, "Mohammed Abdulla Saeed Al Hammadi");
        assertTrue(r.isMatch(), describe(r));
        assertTrue(r.matches().stream().anyMatch(m -> m.rule() == MatchRule.TRUNCATED), describe(r));
        // With fillers the field was not full: "SA" is then a name of its own.
        NameMatchResult filled = MATCHER.match("ALHAMMADI<<MOHAMMED<SA<<<<<<<<", "Mohammed Saeed Al Hammadi");
        assertFalse(filled.matches().stream().anyMatch(m -> m.rule() == MatchRule.TRUNCATED), describe(filled));
    }

    @Test
    void theMrzPrimaryIdentifierMustMatch() {
        NameMatchResult r = MATCHER.match("SHARMA<<RAVI<KUMAR", "Ravi Kumar");
        assertEquals(NameMatchOutcome.PARTIAL, r.outcome(), describe(r));
        assertTrue(MATCHER.match("KUMAR<<RAVI", "Ravi Kumar Sharma").isMatch());
    }

    @Test
    void icaoTransliteratedMrzNamesAreReadBackAsArabic() {
        assertEquals("MXHMD<EBDALLH", IcaoArabicTransliterator.toMrz("محمد عبدالله"));
        assertTrue(MATCHER.match("MXHMD<<EBDALLH", "محمد عبدالله").isMatch());
        assertTrue(MATCHER.match("EBDALLH<<MXHMD", "Mohammed Abdullah").isMatch());
        assertTrue(MATCHER.match(IcaoArabicTransliterator.toMrz("أحمد إبراهيم"), "أحمد إبراهيم").isMatch());
        assertTrue(MATCHER.match(IcaoArabicTransliterator.toMrz("فاطمة عيسى"), "Fatima Eisa").isMatch());
    }

    @Test
    void knownDifferentNamesWithAlikeConsonantsAreNeverAMatch() {
        for (String[] pair : new String[][] {
            {"Hassan Ali", "Hussein Ali"}, {"Mohammed Ali", "Mahmoud Ali"}, {"Saad Ahmed", "Said Ahmed"},
            {"Omar Khalid", "Amr Khalid"}, {"Mohamed Salah", "Mohamed Saleh"}, {"حسن علي", "حسين علي"},
        }) {
            NameMatchResult r = MATCHER.match(pair[0], pair[1]);
            assertEquals(NameMatchOutcome.PARTIAL, r.outcome(), describe(r));
            assertTrue(r.matches().stream().anyMatch(m -> m.rule() == MatchRule.SIMILAR), describe(r));
        }
    }

    @Test
    void differentPeopleDoNotMatch() {
        assertEquals(NameMatchOutcome.NO_MATCH, MATCHER.match("John Smith", "Mohammed Ali").outcome());
        assertEquals(NameMatchOutcome.NO_MATCH, MATCHER.match("Ahmed Hassan", "Khalid Saeed").outcome());
        assertEquals(NameMatchOutcome.NO_MATCH, MATCHER.match("محمد علي", "احمد حسن").outcome());
        assertEquals(NameMatchOutcome.NO_MATCH, MATCHER.match("Priya Nair", "فاطمة الزهراء").outcome());
    }

    @Test
    void namesWithoutLatinOrArabicLettersAreNoMatchWithAnExplanation() {
        NameMatchResult r = MATCHER.match("123 456", "Ravi");
        assertEquals(NameMatchOutcome.NO_MATCH, r.outcome());
        assertEquals(0.0, r.score());
        assertEquals(MatchRule.EMPTY_NAME, r.matches().get(0).rule());
        assertEquals(NameMatchOutcome.NO_MATCH, MATCHER.match("", "").outcome());
        assertEquals(NameMatchOutcome.NO_MATCH, MATCHER.match("王小明", "王小明").outcome());
    }

    @Test
    void invisibleAndControlCharactersAreIgnored() {
        String clean = MATCHER.match("Ravi Kumar", "رافي كومار").toString();
        assertEquals(clean, MATCHER.match("R\u200Bavi\u200D Ku\u00ADmar\uFEFF", "\u200Fرافي\u202E كومار\u0000").toString());
        assertEquals(1.0, MATCHER.match("Ravi\tKumar\n", "Ravi Kumar").score());
    }

    @Test
    void mixedScriptsInOneWordAreSplit() {
        NameMatchResult r = MATCHER.match("Raviرافي Kumar", "Ravi Kumar");
        assertTrue(r.isMatch(), describe(r));
        assertEquals(3, r.matches().size());
    }

    @Test
    void hostileSizesAreRefusedWithCodes() {
        NameInputException missing = assertThrows(NameInputException.class, () -> MATCHER.match(null, "Ravi"));
        assertEquals("NAME_MISSING", missing.code());
        NameInputException longName = assertThrows(NameInputException.class,
                () -> MATCHER.match("a".repeat(1_000_000), "Ravi"));
        assertEquals(NameInputError.NAME_TOO_LONG, longName.error());
        assertFalse(longName.getMessage().contains("aaaa"));
        assertTrue(ARABIC.matcher(longName.message(AR)).find());
        assertThrows(NameInputException.class, () -> MATCHER.match("b".repeat(65), "Ravi"));
        NameInputException parts = assertThrows(NameInputException.class,
                () -> MATCHER.match("a b c d e f g h i j k l m n o p q", "Ravi"));
        assertEquals("NAME_TOO_MANY_PARTS", parts.code());
    }

    @Test
    void resultsNeverPrintTheNames() {
        NameMatchResult r = MATCHER.match("Ravi Kumar", "رافي كومار");
        assertFalse(r.toString().contains("Ravi"), r.toString());
        String parts = r.matches().stream().map(TokenMatch::toString).collect(Collectors.joining());
        assertFalse(parts.contains("Ravi") || parts.contains("رافي"), parts);
    }

    @Test
    void everyRuleHasAnEnglishAndArabicMessage() {
        for (MatchRule rule : MatchRule.values()) {
            String en = rule.message(Locale.ENGLISH, "A", "B", "C");
            String ar = rule.message(AR, "A", "B", "C");
            assertFalse(en.equals(rule.code()), rule.code());
            assertTrue(ARABIC.matcher(ar).find(), rule.code());
        }
        for (NameInputError error : NameInputError.values()) {
            assertTrue(ARABIC.matcher(error.message(AR, "10")).find(), error.code());
        }
    }
}
