package io.residentid.core.mrz;

import static io.residentid.core.mrz.IcaoSpecimens.PARSER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.mrz.MrzParseException.Reason;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MrzInputTest {

    private static final Mrz EXPECTED = PARSER.parse(IcaoSpecimens.TD1);

    @Test
    void acceptsLowerCaseJoinedLines() {
        String joined = IcaoSpecimens.TD1.replace("\n", "").toLowerCase(Locale.ROOT);
        assertEquals(EXPECTED, PARSER.parse(joined));
    }

    @Test
    void acceptsStrayWhitespaceAndCarriageReturns() {
        String messy = "  I<UTO D231458907 <<<<<<<<<<<<<<<\r\n\t7408122F1204159UTO<<<<<<<<<<<6 \r\n"
                + "ERIKSSON<<ANNA<MARIA<<<<<<<<<<\n\n";
        assertEquals(EXPECTED, PARSER.parse(messy));
    }

    @Test
    void acceptsLinesWrappedDifferently() {
        String t = IcaoSpecimens.TD1.replace("\n", "");
        String wrapped = t.substring(0, 17) + "\n" + t.substring(17, 50) + "\n" + t.substring(50, 71) + "\n"
                + t.substring(71);
        assertEquals(EXPECTED, PARSER.parse(wrapped));
    }

    @Test
    void acceptsALineList() {
        assertEquals(EXPECTED, PARSER.parse(Arrays.asList(IcaoSpecimens.TD1.split("\n"))));
    }

    @Test
    void rejectsNullAndEmptyInput() {
        assertEquals(Reason.EMPTY, assertThrows(MrzParseException.class, () -> PARSER.parse((String) null)).reason());
        assertEquals(Reason.EMPTY, assertThrows(MrzParseException.class, () -> PARSER.parse("")).reason());
        assertEquals(Reason.EMPTY, assertThrows(MrzParseException.class, () -> PARSER.parse(" \n\t ")).reason());
        assertEquals(Reason.EMPTY, assertThrows(MrzParseException.class, () -> PARSER.parse(List.of())).reason());
    }

    @Test
    void rejectsOversizedInputBeforeReadingIt() {
        String huge = "<".repeat(MrzParser.MAX_INPUT_CHARS + 1);
        MrzParseException e = assertThrows(MrzParseException.class, () -> PARSER.parse(huge));
        assertEquals(Reason.TOO_LONG, e.reason());
        assertThrows(MrzParseException.class, () -> PARSER.parse(List.of(huge.substring(1), "AB")));
        assertThrows(MrzParseException.class, () -> PARSER.parse("A".repeat(10_000_000)));
    }

    @Test
    void rejectsNullBytesNonAsciiAndPunctuation() {
        assertEquals(Reason.NULL_BYTE,
                assertThrows(MrzParseException.class, () -> PARSER.parse("I<UTO\0D23")).reason());
        MrzParseException nonAscii = assertThrows(MrzParseException.class,
                () -> PARSER.parse(IcaoSpecimens.TD1.replace("ANNA", "ANNÉ")));
        assertEquals(Reason.NON_ASCII, nonAscii.reason());
        assertTrue(nonAscii.getMessage().contains("U+00C9"), nonAscii.getMessage());
        assertEquals(Reason.ILLEGAL_CHARACTER, assertThrows(MrzParseException.class,
                () -> PARSER.parse(IcaoSpecimens.TD1.replace("<<ANNA", "<,ANNA"))).reason());
        assertEquals(Reason.ILLEGAL_CHARACTER,
                assertThrows(MrzParseException.class, () -> PARSER.parse("I<UTO\u0007")).reason());
    }

    @Test
    void rejectsCountsThatMatchNoFormat() {
        MrzParseException e = assertThrows(MrzParseException.class,
                () -> PARSER.parse(IcaoSpecimens.TD1.substring(1)));
        assertEquals(Reason.WRONG_LENGTH, e.reason());
        assertTrue(e.getMessage().contains("89"), e.getMessage());
        assertTrue(e.message(new Locale("ar")).contains("89"));
    }

    @Test
    void rejectsLinesOfTheWrongLengthWhenTheLineStructureIsThere() {
        // 90 characters in three lines, but the first line lost a character that the second gained.
        String shifted = "I<UTOD231458907<<<<<<<<<<<<<<\n<7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<";
        MrzParseException e = assertThrows(MrzParseException.class, () -> PARSER.parse(shifted));
        assertEquals(Reason.WRONG_LINE_LENGTH, e.reason());
        assertTrue(e.getMessage().contains("Line 1 has 29"), e.getMessage());
    }

    @Test
    void exceptionMessagesNeverEchoTheInput() {
        MrzParseException e = assertThrows(MrzParseException.class,
                () -> PARSER.parse(IcaoSpecimens.TD1 + "X"));
        assertTrue(!e.getMessage().contains("ERIKSSON") && !e.getMessage().contains("D23145890"));
    }
}
