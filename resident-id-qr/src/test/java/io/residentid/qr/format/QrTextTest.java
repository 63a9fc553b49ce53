package io.residentid.qr.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class QrTextTest {

    @Test
    void encodesTwoDigitsPerCharacterAsSmartHealthCards() throws Exception {
        assertEquals("rid:/000177", QrText.encode("-.z"));
        assertEquals("rid:/5644", QrText.encode("eY"));
        assertEquals("-.z", QrText.decode("rid:/000177"));
    }

    @Test
    void rejectsCharactersOutsideTheAlphabet() {
        assertThrows(IllegalArgumentException.class, () -> QrText.encode("a b"));
        assertThrows(IllegalArgumentException.class, () -> QrText.encode("{"));
    }

    @Test
    void reportsSizeBeforeShape() {
        CredentialFormatException e = assertThrows(CredentialFormatException.class,
                () -> QrText.decode("x".repeat(QrText.MAX_TEXT_LENGTH + 1)));
        assertEquals(FailureCode.PAYLOAD_TOO_LARGE, e.failureCode());
    }

    @Property(tries = 500)
    void roundTripsEveryJwsAlphabetString(@ForAll @StringLength(min = 1, max = 600) @CharRange(from = '-', to = 'z') String s)
            throws Exception {
        assertEquals(s, QrText.decode(QrText.encode(s)));
    }

    @Property(tries = 1000)
    void arbitraryTextNeverThrowsAnythingElse(@ForAll @StringLength(max = 200) String s) {
        try {
            QrText.decode(s);
        } catch (CredentialFormatException e) {
            // expected for most inputs
        }
        try {
            QrText.decode(QrText.PREFIX + s);
        } catch (CredentialFormatException e) {
            // expected for most inputs
        }
    }
}
