package io.residentid.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.residentid.core.report.Plurals.Category;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PluralsTest {

    private static final Locale AR = Locale.forLanguageTag("ar-u-nu-arab");
    private static final String DAYS = "{0,plural,zero{# يوم}one{يوم واحد}two{يومان}few{# أيام}many{# يومًا}other{# يوم}}";

    @Test
    void arabicCountsFallIntoTheSixCldrCategories() {
        assertEquals(Category.ZERO, Plurals.category(AR, 0));
        assertEquals(Category.ONE, Plurals.category(AR, 1));
        assertEquals(Category.TWO, Plurals.category(AR, 2));
        assertEquals(Category.FEW, Plurals.category(AR, 3));
        assertEquals(Category.FEW, Plurals.category(AR, 10));
        assertEquals(Category.MANY, Plurals.category(AR, 11));
        assertEquals(Category.MANY, Plurals.category(AR, 99));
        assertEquals(Category.OTHER, Plurals.category(AR, 100));
        assertEquals(Category.OTHER, Plurals.category(AR, 102));
        assertEquals(Category.FEW, Plurals.category(AR, 103));
        assertEquals(Category.MANY, Plurals.category(AR, 111));
        assertEquals(Category.ONE, Plurals.category(Locale.ENGLISH, 1));
        assertEquals(Category.OTHER, Plurals.category(Locale.ENGLISH, 2));
    }

    @Test
    void theNounAgreesWithTheCountInArabic() {
        assertEquals("١٠ أيام", Plurals.resolveAndFormat(DAYS, AR, 10));
        assertEquals("١١ يومًا", Plurals.resolveAndFormat(DAYS, AR, 11));
        assertEquals("يومان", Plurals.resolveAndFormat(DAYS, AR, 2));
        assertEquals("١٠٠ يوم", Plurals.resolveAndFormat(DAYS, AR, 100));
        assertEquals("10 أيام", Plurals.resolveAndFormat(DAYS, Locale.forLanguageTag("ar"), 10));
    }

    /** Renewal notes pass counts as plain text (no grouping); "10 يوم" was printed for every such count. */
    @Test
    void countsAlreadyWrittenAsTextAgreeToo() {
        Locale ar = Locale.forLanguageTag("ar");
        assertEquals("10 أيام", Plurals.resolveAndFormat(DAYS, ar, "10"));
        assertEquals("40 يومًا", Plurals.resolveAndFormat(DAYS, ar, "40"));
        assertEquals("يومان", Plurals.resolveAndFormat(DAYS, ar, "2"));
        assertEquals("-3 أيام", Plurals.resolveAndFormat(DAYS, ar, "-3"));
        assertEquals("x يوم", Plurals.resolveAndFormat(DAYS, ar, "x"));
        assertEquals("99999999999999999999 يوم", Plurals.resolveAndFormat(DAYS, ar, "99999999999999999999"));
    }

    @Test
    void selectBlocksAgreeWithTheHoldersSex() {
        String pattern = "{0,select,F{انتهت بطاقتها}M{انتهت بطاقته}other{انتهت البطاقة}}";
        assertEquals("انتهت بطاقتها", Plurals.resolveAndFormat(pattern, AR, "F"));
        assertEquals("انتهت البطاقة", Plurals.resolveAndFormat(pattern, AR, "X"));
        assertEquals("انتهت بطاقتها", Plurals.resolveAndFormat(pattern, AR, io.residentid.core.model.Sex.FEMALE));
        assertEquals("انتهت بطاقته", Plurals.resolveAndFormat(pattern, AR, io.residentid.core.model.Sex.MALE));
        assertEquals("انتهت بطاقته", Plurals.resolveAndFormat(pattern, AR, 'M'));
        assertEquals("انتهت البطاقة", Plurals.resolveAndFormat(pattern, AR, io.residentid.core.model.Sex.UNSPECIFIED));
        assertEquals("انتهت البطاقة", Plurals.resolve(pattern, AR, new Object[0]));
    }

    @Test
    void englishSingularAndPlural() {
        String pattern = "expires in {0,plural,one{# day}other{# days}}";
        assertEquals("expires in 1 day", Plurals.resolveAndFormat(pattern, Locale.ENGLISH, 1));
        assertEquals("expires in 0 days", Plurals.resolveAndFormat(pattern, Locale.ENGLISH, 0));
    }
}
