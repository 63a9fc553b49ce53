package io.residentid.mdoc.cbor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.residentid.mdoc.MdocFormatException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CborProperties {

    @Provide
    Arbitrary<CborItem> items() {
        return Arbitraries.lazyOf(
                () -> Arbitraries.longs().map(CborItem::integer),
                () -> Arbitraries.strings().ofMaxLength(40).map(CborItem::text),
                () -> Arbitraries.bytes().array(byte[].class).ofMaxSize(40).map(CborItem::bytes),
                () -> Arbitraries.of(true, false).map(CborItem::bool),
                () -> items().list().ofMaxSize(4).map(CborItem::array),
                () -> items().map(i -> CborItem.embedded(i)),
                () -> Arbitraries.strings().alpha().ofMaxLength(6).list().ofMaxSize(4).uniqueElements()
                        .flatMap(keys -> items().list().ofSize(keys.size()).map(values -> {
                            CborMap.Builder b = CborMap.builder();
                            for (int i = 0; i < keys.size(); i++) {
                                b.put(keys.get(i), values.get(i));
                            }
                            return b.build();
                        })));
    }

    @Property(tries = 300)
    void encodingRoundTripsToEqualItemsAndIdenticalBytes(@ForAll("items") CborItem item) {
        byte[] encoded = CborEncoder.encode(item);
        CborItem decoded = CborDecoder.strict().decode(encoded);
        assertEquals(item, decoded);
        assertArrayEquals(encoded, CborEncoder.encode(decoded));
        assertArrayEquals(encoded, decoded.encoded().toByteArray());
        assertArrayEquals(encoded, CborEncoder.encode(CborDecoder.strict().decode(encoded))); // deterministic
    }

    @Property(tries = 1000)
    void arbitraryBytesDecodeOrFailWithTheDocumentedException(@ForAll byte[] data) {
        try {
            CborItem item = CborDecoder.strict().decode(data);
            assertArrayEquals(data, item.encoded().toByteArray());
        } catch (MdocFormatException expected) {
            // documented
        }
    }

    static List<Byte> unused() {
        return new ArrayList<>();
    }
}
