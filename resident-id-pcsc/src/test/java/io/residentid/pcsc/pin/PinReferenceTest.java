package io.residentid.pcsc.pin;

import static io.residentid.pcsc.apdu.Hex.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PinReferenceTest {

    @Test
    void asciiDigitsArePaddedToTheConfiguredLength() {
        PinReference ref = PinReference.builder(0x81).format(PinFormat.ASCII).length(6, 8).paddedLength(8).build();
        assertEquals("313233343536FFFF", hex(ref.encode("123456".toCharArray())));
        PinReference unpadded = PinReference.builder(0x01).length(4, 8).build();
        assertEquals("31323334", hex(unpadded.encode("1234".toCharArray())));
        PinReference zeroPad = PinReference.builder(0x01).length(4, 8).paddedLength(8).padding(0x00).build();
        assertEquals("3132333400000000", hex(zeroPad.encode("1234".toCharArray())));
    }

    @Test
    void bcdPacksTwoDigitsPerByteWithFForAnOddDigit() {
        PinReference ref = PinReference.builder(0x01).format(PinFormat.BCD).length(4, 8).build();
        assertEquals("1234", hex(ref.encode("1234".toCharArray())));
        assertEquals("12345F", hex(ref.encode("12345".toCharArray())));
        PinReference padded = PinReference.builder(0x01).format(PinFormat.BCD).length(4, 8).paddedLength(8)
                .build();
        assertEquals("123456FFFFFFFFFF", hex(padded.encode("123456".toCharArray())));
    }

    @Test
    void iso9564Format2BlockCarriesTheLengthAndFFiller() {
        PinReference ref = PinReference.builder(0x80).format(PinFormat.ISO9564_FORMAT_2).length(4, 12).build();
        assertEquals("241234FFFFFFFFFF", hex(ref.encode("1234".toCharArray())));
        assertEquals("26123456FFFFFFFF", hex(ref.encode("123456".toCharArray())));
        assertEquals("25123450FFFFFFFF".replace("50", "5F"), hex(ref.encode("12345".toCharArray())));
        assertEquals("2C123456789012FF", hex(ref.encode("123456789012".toCharArray())));
    }

    @Test
    void invalidPinsAreRejectedWithoutEchoingThem() {
        PinReference ref = PinReference.builder(0x81).length(6, 6).build();
        InvalidPinException e = assertThrows(InvalidPinException.class, () -> ref.encode("12a456".toCharArray()));
        assertFalse(e.getMessage().contains("12a456"));
        assertThrows(InvalidPinException.class, () -> ref.encode("12345".toCharArray()));
        assertThrows(InvalidPinException.class, () -> ref.encode("1234567".toCharArray()));
        assertThrows(InvalidPinException.class, () -> ref.encode(null));
        assertThrows(InvalidPinException.class, () -> ref.encode("12 456".toCharArray()));
        assertThrows(InvalidPinException.class, () -> ref.encode("١٢٣٤٥٦".toCharArray())); // Arabic-Indic digits
    }

    @Test
    void inconsistentReferencesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> PinReference.builder(0x100).build());
        assertThrows(IllegalArgumentException.class, () -> PinReference.builder(1).length(6, 4).build());
        assertThrows(IllegalArgumentException.class, () -> PinReference.builder(1).length(4, 8).paddedLength(6)
                .build());
        assertThrows(IllegalArgumentException.class, () -> PinReference.builder(1)
                .format(PinFormat.ISO9564_FORMAT_2).length(4, 14).build());
    }
}
