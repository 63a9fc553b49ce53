package io.residentid.core.mrz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.model.Sex;
import io.residentid.core.report.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MrzProperties {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";
    private static final LocalDate TODAY = LocalDate.now(IcaoSpecimens.CLOCK);
    private static final MrzParser PARSER = IcaoSpecimens.PARSER;

    /** Field values a valid MRZ can hold, and the builder made from them. */
    record Fields(MrzFormat format, String number, String optional1, String optional2, LocalDate birth,
                  LocalDate expiry, Sex sex, String nationality, String primary, String secondary) {

        Mrz build() {
            return Mrz.builder(format).clock(IcaoSpecimens.CLOCK).issuingState("OMN").documentNumber(number)
                    .optionalData1(optional1).optionalData2(optional2).dateOfBirth(birth).dateOfExpiry(expiry)
                    .sex(sex).nationality(nationality).primaryIdentifier(primary).secondaryIdentifier(secondary)
                    .build();
        }
    }

    @Provide
    Arbitrary<Fields> validFields() {
        Arbitrary<MrzFormat> format = Arbitraries.of(MrzFormat.class);
        Arbitrary<String> number = Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
                .ofMinLength(1).ofMaxLength(22);
        Arbitrary<String> optional = Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
                .ofMaxLength(14);
        Arbitrary<LocalDate> birth = Arbitraries.longs().between(0, 365L * 99).map(TODAY::minusDays);
        Arbitrary<LocalDate> expiry = Arbitraries.longs().between(-365L * 49, 365L * 49).map(TODAY::plusDays);
        Arbitrary<Sex> sex = Arbitraries.of(Sex.class);
        Arbitrary<String> nationality = Arbitraries.of("IND", "OMN", "SAU", "PAK", "BGD", "PHL", "D", "XXA", "UTO");
        Arbitrary<String> word = Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> secondary = word.list().ofMaxSize(2).map(l -> String.join(" ", l));
        return Combinators.combine(format, number, optional, birth, expiry, sex, nationality, word)
                .flatAs((f, n, o, b, e, s, nat, p) -> secondary.map(sec -> fit(f, n, o, b, e, s, nat, p, sec)));
    }

    /** Trims the generated values to what the format can hold. */
    private static Fields fit(MrzFormat f, String number, String optional, LocalDate birth, LocalDate expiry, Sex sex,
                              String nationality, String primary, String secondary) {
        int maxNumber = f == MrzFormat.TD1 ? MrzWriter.MAX_NUMBER_TD1 : f == MrzFormat.TD2 ? MrzWriter.MAX_NUMBER_TD2
                : 9;
        String n = number.substring(0, Math.min(number.length(), maxNumber));
        int optionalRoom = MrzLayout.of(f).optionalLength;
        if (n.length() > 9) {
            optionalRoom -= n.length() - 9 + 1;
            optionalRoom = optionalRoom > 1 ? optionalRoom - 1 : 0;
        }
        String o1 = optional.substring(0, Math.min(optional.length(), optionalRoom));
        String o2 = f == MrzFormat.TD1 ? optional.substring(0, Math.min(optional.length(), 11)) : "";
        return new Fields(f, n, o1, o2, birth, expiry, sex, nationality, primary, secondary);
    }

    @Property(tries = 500)
    void generatedMrzParsesBackToItsFields(@ForAll("validFields") Fields fields) {
        Mrz generated = fields.build();
        Mrz parsed = PARSER.parse(generated.text());
        assertTrue(parsed.checkDigits().allValid(), parsed.toString());
        assertTrue(parsed.valid(), parsed.findings().toString());
        assertTrue(parsed.corrections().isEmpty());
        assertEquals(fields.format(), parsed.format());
        assertEquals(fields.number(), parsed.documentNumber());
        assertEquals(fields.optional1(), parsed.optionalData1());
        assertEquals(fields.format() == MrzFormat.TD1 ? fields.optional2() : null, parsed.optionalData2());
        assertEquals(fields.birth(), parsed.dateOfBirth());
        assertEquals(fields.expiry(), parsed.dateOfExpiry());
        assertEquals(fields.sex(), parsed.sex());
        assertEquals(fields.nationality(), parsed.nationality());
        assertEquals("OMN", parsed.issuingState());
        assertEquals(fields.primary(), parsed.primaryIdentifier());
        assertEquals(fields.secondary(), parsed.secondaryIdentifier());
        assertEquals(generated, parsed);
    }

    @Property(tries = 1000)
    void arbitraryTextIsParsedOrRejectedWithTheDocumentedException(@ForAll String text) {
        parseOrReject(text);
    }

    @Provide
    Arbitrary<String> mrzShapedText() {
        return Arbitraries.of(72, 88, 90).flatMap(n -> Arbitraries.strings().withChars(ALPHABET).ofLength(n));
    }

    @Property(tries = 1000)
    void mrzShapedGarbageIsAResultNeverACrash(@ForAll("mrzShapedText") String text) {
        Mrz mrz = PARSER.parse(text);
        assertEquals(text.length(), mrz.format().totalLength());
        mrz.findings().forEach(f -> f.message(new Locale("ar")));
        assertFalse(mrz.toString().contains(text.substring(5, 14)) && text.substring(5, 14).chars()
                .anyMatch(c -> c != '<'), "toString must not print the document number");
    }

    private static void parseOrReject(String text) {
        try {
            Mrz mrz = PARSER.parse(text);
            mrz.toString();
            mrz.findings().forEach(Finding::message);
        } catch (MrzParseException expected) {
            assertFalse(expected.getMessage().isEmpty());
        }
    }

    @Provide
    Arbitrary<int[]> numericPosition() {
        // Numeric, check-digit-protected columns of the TD1 middle line: birth date and check (0-6), expiry date
        // and check (8-14), composite (29).
        return Arbitraries.of(0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 29)
                .flatMap(col -> Arbitraries.integers().between(1, 9).map(delta -> new int[] {col, delta}));
    }

    @Property(tries = 500)
    void anyDigitSubstitutionInACheckedNumericFieldIsDetected(@ForAll("validFields") Fields fields,
                                                              @ForAll("numericPosition") int[] change) {
        Mrz valid = Mrz.builder(MrzFormat.TD1).clock(IcaoSpecimens.CLOCK).issuingState("OMN")
                .documentNumber(fields.number().substring(0, Math.min(9, fields.number().length())))
                .dateOfBirth(fields.birth()).dateOfExpiry(fields.expiry()).sex(fields.sex())
                .nationality(fields.nationality()).primaryIdentifier(fields.primary()).build();
        List<String> lines = valid.lines();
        char[] middle = lines.get(1).toCharArray();
        int col = change[0];
        middle[col] = (char) ('0' + (middle[col] - '0' + change[1]) % 10);
        Mrz damaged = PARSER.parse(lines.get(0) + "\n" + new String(middle) + "\n" + lines.get(2));
        assertFalse(damaged.valid(), "column " + col);
        assertFalse(damaged.checkDigits().allValid());
    }

    @Property(tries = 300)
    void aLetterReadForADigitInADateIsRepaired(@ForAll("validFields") Fields fields,
                                               @ForAll("datePosition") int col) {
        Mrz valid = Mrz.builder(MrzFormat.TD1).clock(IcaoSpecimens.CLOCK).issuingState("OMN").documentNumber("X1")
                .dateOfBirth(fields.birth()).dateOfExpiry(fields.expiry()).sex(fields.sex())
                .nationality(fields.nationality()).primaryIdentifier(fields.primary()).build();
        char[] middle = valid.lines().get(1).toCharArray();
        char letter = OcrRepair.toLetter(middle[col]);
        if (letter == 0) {
            return; // 3, 4, 7 and 9 have no look-alike letter
        }
        middle[col] = letter;
        Mrz repaired = PARSER.parse(valid.lines().get(0) + new String(middle) + valid.lines().get(2));
        assertEquals(List.of(new MrzCorrection(2, col + 1, letter, valid.lines().get(1).charAt(col))),
                repaired.corrections());
        assertEquals(valid.lines(), repaired.lines());
        assertTrue(repaired.valid());
    }

    @Provide
    Arbitrary<Integer> datePosition() {
        return Arbitraries.of(0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 29);
    }
}
