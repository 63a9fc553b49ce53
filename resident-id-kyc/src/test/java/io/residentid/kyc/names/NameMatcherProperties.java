package io.residentid.kyc.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties every comparison keeps, over names built from real parts in both scripts and from random letters. */
class NameMatcherProperties {

    private static final NameMatcher MATCHER = NameMatcher.getInstance();

    private static final String[] LATIN = {
        "Mohammed", "Muhammad", "Ahmed", "Ali", "Hassan", "Hussein", "Abdul", "Rahman", "Abdulrahman", "Fatima",
        "Aisha", "Khalid", "Yousef", "Ravi", "Kumar", "Sharma", "Maria", "Cristina", "Santos", "Dela", "Cruz", "bin",
        "Al", "el", "Saeed", "Noor", "Zainab", "Othman", "Qasim", "Gasim", "Thamer", "Ramadhan", "Jaber", "Mohd", "R",
        "Nasser", "Al-Qahtani", "O'Brien", "José", "Müller", "Abdullah", "Sheikh", "Christine", "Pradeep", "Ishaq",
    };
    private static final String[] ARABIC = {
        "محمد", "أحمد", "علي", "حسن", "حسين", "عبد", "الرحمن", "عبدالرحمن", "فاطمة", "عائشة", "خالد", "يوسف", "رافي",
        "كومار", "بن", "آل", "سعيد", "نور", "زينب", "عثمان", "قاسم", "ثامر", "رمضان", "جابر", "ناصر", "القحطاني",
        "مُحَمَّد", "إبراهيم", "مصطفى", "عيسى", "شيخة", "ظافر", "ذيب",
    };

    /** Arabic letters for random name parts (not ain: a random run of ains is no name; real names with it are listed). */
    private static final char[] ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظغفقكلمنهوي".toCharArray();

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> part = Arbitraries.oneOf(Arbitraries.of(LATIN), Arbitraries.of(ARABIC),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(9),
                Arbitraries.strings().withChars(ARABIC_LETTERS).ofMinLength(1).ofMaxLength(7));
        return part.list().ofMinSize(1).ofMaxSize(5).map(p -> String.join(" ", p));
    }

    @Provide
    Arbitrary<String> latinNames() {
        Arbitrary<String> part = Arbitraries.oneOf(Arbitraries.of(LATIN),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(9));
        return part.list().ofMinSize(2).ofMaxSize(4).map(p -> String.join(" ", p));
    }

    @Provide
    Arbitrary<String> arabicNames() {
        Arbitrary<String> part = Arbitraries.oneOf(Arbitraries.of(ARABIC),
                Arbitraries.strings().withChars(ARABIC_LETTERS).ofMinLength(2).ofMaxLength(7));
        return part.list().ofMinSize(2).ofMaxSize(4).map(p -> String.join(" ", p));
    }

    @Property(tries = 400)
    void comparisonIsSymmetric(@ForAll("names") String a, @ForAll("names") String b) {
        NameMatchResult ab = MATCHER.match(a, b);
        NameMatchResult ba = MATCHER.match(b, a);
        assertEquals(ab.outcome(), ba.outcome());
        assertEquals(ab.score(), ba.score(), 1e-9);
    }

    @Property(tries = 300)
    void aNameAlwaysMatchesItself(@ForAll("names") String name) {
        NameMatchResult r = MATCHER.match(name, name);
        assertEquals(NameMatchOutcome.MATCH, r.outcome(), () -> r + " " + r.explanation(Locale.ENGLISH));
        assertEquals(1.0, r.score());
    }

    @Property(tries = 300)
    void scoreIsBetweenZeroAndOneAndExplainsEveryPart(@ForAll("names") String a, @ForAll("names") String b) {
        NameMatchResult r = MATCHER.match(a, b);
        assertTrue(r.score() >= 0.0 && r.score() <= 1.0, r.toString());
        assertTrue(!r.matches().isEmpty());
        for (TokenMatch m : r.matches()) {
            assertTrue(m.score() >= 0.0 && m.score() <= 1.0);
            assertTrue(m.name1Part().isPresent() || m.name2Part().isPresent());
        }
    }

    @Property(tries = 300)
    void normalisationIsIdempotent(@ForAll("names") String name) {
        String once = normalised(name);
        assertEquals(once, normalised(once));
        assertEquals(1.0, MATCHER.match(name, once).score());
    }

    private static String normalised(String name) {
        return NameText.parse(name, 16, 64).parts().stream().map(NameText.Part::text)
                .collect(Collectors.joining(" "));
    }

    @Property(tries = 300)
    void aLatinNameMatchesItsMrzForm(@ForAll("latinNames") String name) {
        String mrz = mrzOf(name);
        NameMatchResult r = MATCHER.match(name, mrz);
        assertEquals(NameMatchOutcome.MATCH, r.outcome(), () -> mrz + " " + r + " " + r.explanation(Locale.ENGLISH));
    }

    @Property(tries = 300)
    void anArabicNameMatchesItsIcaoMrzForm(@ForAll("arabicNames") String name) {
        String mrz = IcaoArabicTransliterator.toMrz(name);
        NameMatchResult r = MATCHER.match(name, mrz);
        assertEquals(NameMatchOutcome.MATCH, r.outcome(), () -> mrz + " " + r + " " + r.explanation(Locale.ENGLISH));
    }

    /** The MRZ name field of a TD3 document: PRIMARY<<SECONDARY<PARTS, padded with fillers to 39. */
    private static String mrzOf(String name) {
        List<String> parts = new ArrayList<>(NameText.parse(name, 16, 64).parts().stream()
                .map(p -> p.text().toUpperCase(Locale.ROOT)).toList());
        String primary = parts.remove(parts.size() - 1);
        StringBuilder field = new StringBuilder(primary).append("<<").append(String.join("<", parts));
        while (field.length() < 39) {
            field.append('<');
        }
        return field.toString();
    }
}
