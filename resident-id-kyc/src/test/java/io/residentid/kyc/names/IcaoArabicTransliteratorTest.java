package io.residentid.kyc.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class IcaoArabicTransliteratorTest {

    @Test
    void lettersFollowTheIcaoTable() {
        assertEquals("MXHMD", IcaoArabicTransliterator.toMrz("محمد"));
        assertEquals("XKHALD", IcaoArabicTransliterator.toMrz("خالد"));
        assertEquals("XSHRYF", IcaoArabicTransliterator.toMrz("شريف"));
        assertEquals("FAXTTMH", IcaoArabicTransliterator.toMrz("فاطمه"));
        assertEquals("FAXTTMXTA", IcaoArabicTransliterator.toMrz("فاطمة"));
        assertEquals("XAEXHMD<IBRAHYM", IcaoArabicTransliterator.toMrz("أحمد إبراهيم"));
        assertEquals("EYSXAY", IcaoArabicTransliterator.toMrz("عيسى"));
        assertEquals("XDHYB<ALXSSALXH", IcaoArabicTransliterator.toMrz("ذيب الصالح"));
        assertEquals("QASM<EBDALEZYZ", IcaoArabicTransliterator.toMrz("قاسم عبدالعزيز"));
    }

    @Test
    void harakatAndTatweelAreDroppedAndLatinIsKept() {
        assertEquals("MXHMD<RAVI", IcaoArabicTransliterator.toMrz("مُحَـمَّد Ravi"));
    }

    @Test
    void icaoFormsReadBackToArabic() {
        for (String arabic : new String[] {"محمد", "خالد", "ذيب", "الصالح", "عبدالعزيز", "ظافر", "غسان", "ثامر"}) {
            String mrz = IcaoArabicTransliterator.toMrz(arabic);
            Optional<String> back = IcaoArabicTransliterator.fromMrzPart(mrz);
            if (mrz.indexOf('X') >= 0) {
                assertEquals(Optional.of(arabic), back, mrz);
            }
        }
    }

    @Test
    void ordinaryLatinNamesAreNotReadAsIcaoForms() {
        assertEquals(Optional.empty(), IcaoArabicTransliterator.fromMrzPart("ALEXANDER"));
        assertEquals(Optional.empty(), IcaoArabicTransliterator.fromMrzPart("AHMED"));
        assertEquals(Optional.empty(), IcaoArabicTransliterator.fromMrzPart("MAXIMO"));
        assertEquals(Optional.empty(), IcaoArabicTransliterator.fromMrzPart(null));
        assertTrue(IcaoArabicTransliterator.fromMrzPart("xhsn").isPresent());
    }

    @Test
    void absentOrHugeInputIsRefused() {
        assertThrows(NameInputException.class, () -> IcaoArabicTransliterator.toMrz(null));
        assertThrows(NameInputException.class, () -> IcaoArabicTransliterator.toMrz("م".repeat(5000)));
    }
}
