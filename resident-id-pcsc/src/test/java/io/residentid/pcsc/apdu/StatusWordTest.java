package io.residentid.pcsc.apdu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class StatusWordTest {

    @Test
    void toStringReadsCodeAndMeaning() {
        assertEquals("6982 security status not satisfied", StatusWord.of(0x6982).toString());
        assertEquals("9000 success", StatusWord.OK.toString());
        assertEquals("6A82 file or application not found", StatusWord.of(0x6A, 0x82).toString());
        assertEquals("6983 authentication method blocked", StatusWord.of(0x6983).toString());
    }

    @Test
    void familiesCarryTheirNumbers() {
        assertEquals(16, StatusWord.of(0x6110).bytesAvailable().getAsInt());
        assertEquals(256, StatusWord.of(0x6100).bytesAvailable().getAsInt());
        assertEquals("6110 16 more bytes available", StatusWord.of(0x6110).toString());
        assertEquals(8, StatusWord.of(0x6C08).correctLe().getAsInt());
        assertEquals("6C08 wrong Le, 8 bytes available", StatusWord.of(0x6C08).toString());
        assertEquals(2, StatusWord.of(0x63C2).retryCounter().getAsInt());
        assertEquals("63C2 verification failed, 2 tries left", StatusWord.of(0x63C2).toString());
        assertTrue(StatusWord.of(0x9000).retryCounter().isEmpty());
        assertTrue(StatusWord.of(0x6110).isNormal());
        assertFalse(StatusWord.of(0x6110).isSuccess());
        assertTrue(StatusWord.of(0x6282).isWarning());
    }

    @Test
    void unknownCodesFallBackToTheirFamily() {
        assertEquals("6A99 wrong parameters P1-P2", StatusWord.of(0x6A99).toString());
        assertEquals("9123 proprietary status", StatusWord.of(0x9123).toString());
        assertEquals("6655 security-related issue", StatusWord.of(0x6655).toString());
    }

    @Test
    void meaningsAreAvailableInArabic() {
        assertEquals("شروط الأمان غير مستوفاة", StatusWord.of(0x6982).meaning(new Locale("ar")));
        String tries = StatusWord.of(0x63C1).meaning(new Locale("ar"));
        assertTrue(tries.contains("1") || tries.contains("\u0661"), tries);
    }

    @Test
    void nonStatusWordsAreRejected() {
        assertThrows(InvalidApduException.class, () -> StatusWord.of(0x0000));
        assertThrows(InvalidApduException.class, () -> StatusWord.of(0x6000));
        assertThrows(InvalidApduException.class, () -> StatusWord.of(0x7000));
        assertThrows(InvalidApduException.class, () -> StatusWord.of(0x10000));
        assertThrows(InvalidApduException.class, () -> StatusWord.of(256, 0));
    }

    @Test
    void valueSemantics() {
        assertSame(StatusWord.OK, StatusWord.of(0x9000));
        assertEquals(StatusWord.of(0x6982), StatusWord.SECURITY_STATUS_NOT_SATISFIED);
        assertEquals(0x69, StatusWord.of(0x6982).sw1());
        assertEquals(0x82, StatusWord.of(0x6982).sw2());
    }

    @Test
    void exceptionCarriesTheStatusWord() {
        StatusWordException e = assertThrows(StatusWordException.class,
                () -> ResponseApdu.of(0x6982).requireSuccess());
        assertEquals(StatusWord.SECURITY_STATUS_NOT_SATISFIED, e.statusWord());
        assertTrue(e.getMessage().contains("6982 security status not satisfied"));
    }

    @Test
    void responsesParseStrictly() {
        assertThrows(InvalidApduException.class, () -> ResponseApdu.parse(new byte[] {0x00}));
        assertThrows(InvalidApduException.class, () -> ResponseApdu.parse(null));
        assertThrows(InvalidApduException.class, () -> ResponseApdu.parse(new byte[] {0x01, 0x00, 0x00}));
        ResponseApdu r = ResponseApdu.parse(new byte[] {0x01, 0x02, (byte) 0x90, 0x00});
        assertEquals(2, r.nr());
        assertTrue(r.isSuccess());
        assertFalse(r.toString().contains("0102"));
    }
}
