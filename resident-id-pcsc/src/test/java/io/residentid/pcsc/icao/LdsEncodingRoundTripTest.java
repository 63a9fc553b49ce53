package io.residentid.pcsc.icao;

import io.residentid.pcsc.tlv.Tlv;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class LdsEncodingRoundTripTest {

    private static final String TD1 = "I<OMN1234567897<<<<<<<<<<<<<<<" + "8503151M3012314OMN<<<<<<<<<<<4"
            + "AL<BALUSHI<<AHMED<<<<<<<<<<<<<";

    @Test
    void dg1RoundTripsATd1Mrz() {
        Dg1 dg1 = Dg1.parse(Dg1.encode(TD1));
        assertEquals(Dg1.Format.TD1, dg1.format());
        assertEquals(3, dg1.lines().size());
        assertEquals(TD1, dg1.mrz());
    }

    @Test
    void dg2RoundTripsTheImageAndMetadata() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 4, (byte) 0xFF, (byte) 0xD9};
        FaceImage face = Dg2.parse(Dg2.encode(jpeg, 240, 320, 2)).faces().get(0);
        assertEquals(FaceImage.ImageFormat.JPEG, face.format());
        assertArrayEquals(jpeg, face.image().toByteArray());
        assertEquals(io.residentid.core.model.Bytes.of(jpeg), face.image(), "equal by content");
        assertEquals("[10 bytes]", face.image().toString(), "personal: length only");
        assertEquals(240, face.width());
        assertEquals(320, face.height());
        assertEquals(2, face.gender());
    }

    @Test
    void dg11KeepsArabicNamesAndAddressParts() {
        Dg11 dg11 = new Dg11("البلوشي<<أحمد", List.of(), "123456789", "19850315", "مسقط",
                List.of("Way 123", "Muscat"), "+96890000000", "Engineer", null, null, null, null);
        Dg11 parsed = Dg11.parse(dg11.encode());
        assertEquals("البلوشي<<أحمد", parsed.fullName());
        assertEquals(List.of("Way 123", "Muscat"), parsed.address());
        assertEquals("19850315", parsed.fullDateOfBirth());
        assertEquals("Dg11[fields hidden]", parsed.toString());
    }

    @Test
    void dg12RoundTrips() {
        Dg12 dg12 = new Dg12("Royal Oman Police", "20240101", null, null, null, null);
        assertEquals(dg12, Dg12.parse(dg12.encode()));
    }

    @Test
    void dg13KeepsUnknownContentAndNamesKnownTags() {
        byte[] dg13 = Tlv.encode(0x6D, concat(Tlv.encode(0x5F50, "ACME LLC".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                Tlv.encode(0x5F7E, new byte[] {1, 2})));
        Dg13 parsed = Dg13.parse(dg13);
        assertEquals("ACME LLC", parsed.interpret(Dg13Profile.emulatedResidentCard()).get("employer"));
        assertEquals(2, parsed.elements().size());
        assertEquals(1, Dg13.parse(Tlv.encode(0x6D, new byte[] {(byte) 0xFF})).content().length());
    }

    @Property(tries = 200)
    void dg11TextRoundTrips(@ForAll @StringLength(min = 1, max = 60) String name) {
        String clean = name.replace("<", "");
        if (clean.isEmpty()) {
            return;
        }
        Dg11 dg11 = new Dg11(clean, List.of(), null, null, null, List.of(), null, null, null, null, null, null);
        assertEquals(clean, Dg11.parse(dg11.encode()).fullName());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
