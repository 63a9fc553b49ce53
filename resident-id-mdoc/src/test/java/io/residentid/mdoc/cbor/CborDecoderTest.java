package io.residentid.mdoc.cbor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.residentid.core.model.Bytes;
import io.residentid.mdoc.MdocCode;
import io.residentid.mdoc.MdocFormatException;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class CborDecoderTest {

    static MdocFormatException fails(String hex) {
        return assertThrows(MdocFormatException.class,
                () -> CborDecoder.strict().decode(HexFormat.of().parseHex(hex)));
    }

    static void failsWith(MdocCode code, String hex) {
        assertEquals(code.code(), fails(hex).code(), hex);
    }

    @Test
    void indefiniteLengthsAreRefused() {
        failsWith(MdocCode.CBOR_INDEFINITE_LENGTH, "9f01ff");      // array
        failsWith(MdocCode.CBOR_INDEFINITE_LENGTH, "bf616101ff"); // map
        failsWith(MdocCode.CBOR_INDEFINITE_LENGTH, "5f4101ff");    // byte string
        failsWith(MdocCode.CBOR_INDEFINITE_LENGTH, "7f6161ff");    // text
    }

    @Test
    void deepNestingIsRefusedQuickly() {
        byte[] deep = new byte[100_000];
        java.util.Arrays.fill(deep, (byte) 0x81); // [[[[...
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            MdocFormatException e = assertThrows(MdocFormatException.class, () -> CborDecoder.strict().decode(deep));
            assertEquals(MdocCode.CBOR_TOO_DEEP.code(), e.code());
        });
        byte[] tags = new byte[10_000];
        for (int i = 0; i < tags.length; i += 2) {
            tags[i] = (byte) 0xd8; // tag 24 ... nested tags count as depth
            tags[i + 1] = 0x20;
        }
        assertThrows(MdocFormatException.class, () -> CborDecoder.strict().decode(tags));
    }

    @Test
    void hugeDeclaredLengthsAreRefusedBeforeAllocation() {
        failsWith(MdocCode.CBOR_TRUNCATED, "5bffffffffffffffff");   // bstr of 2^64-1
        failsWith(MdocCode.CBOR_TRUNCATED, "5a7fffffff00");          // bstr of 2 GiB, 1 byte present
        failsWith(MdocCode.CBOR_TOO_LARGE, "9b00000000ffffffff");    // array count beyond the container limit
        failsWith(MdocCode.CBOR_TRUNCATED, "9a0000ffff01");          // array count beyond the bytes left
        failsWith(MdocCode.CBOR_TOO_LARGE, "1bffffffffffffffff");    // uint beyond long
        failsWith(MdocCode.CBOR_TOO_LARGE, "3bffffffffffffffff");    // nint beyond long
    }

    @Test
    void duplicateMapKeysAreRefusedEvenWhenEncodedDifferently() {
        failsWith(MdocCode.CBOR_DUPLICATE_KEY, "a2616101616102");
        failsWith(MdocCode.CBOR_DUPLICATE_KEY, "a20101180102"); // 1 and 1 in a longer head
    }

    @Test
    void wrongTagsAreRefused() {
        failsWith(MdocCode.CBOR_WRONG_TAG, "d81801");          // tag 24 on an integer
        failsWith(MdocCode.CBOR_WRONG_TAG, "d903ec01");        // tag 1004 on an integer
        failsWith(MdocCode.CBOR_WRONG_TAG, "c04100");          // tag 0 on bytes
    }

    @Test
    void otherMalformedInputIsRefused() {
        failsWith(MdocCode.CBOR_TRUNCATED, "");
        failsWith(MdocCode.CBOR_TRUNCATED, "a1");
        failsWith(MdocCode.CBOR_TRUNCATED, "19ff");
        failsWith(MdocCode.CBOR_TRAILING_BYTES, "0000");
        failsWith(MdocCode.CBOR_MALFORMED, "1c");               // reserved additional information
        failsWith(MdocCode.CBOR_MALFORMED, "62c328");           // invalid UTF-8
        failsWith(MdocCode.CBOR_MALFORMED, "f801");             // two-byte simple value below 32
        failsWith(MdocCode.CBOR_INDEFINITE_LENGTH, "ff");       // a lone break
    }

    @Test
    void tooManyItemsAreRefused() {
        CborDecoder small = CborDecoder.withLimits(new CborLimits(1024, 8, 10, 100));
        byte[] many = new byte[21];
        many[0] = (byte) 0x94; // array of 20 zeros
        assertEquals(MdocCode.CBOR_TOO_LARGE.code(),
                assertThrows(MdocFormatException.class, () -> small.decode(many)).code());
        assertEquals(MdocCode.CBOR_TOO_LARGE.code(), assertThrows(MdocFormatException.class,
                () -> small.decode(new byte[2000])).code());
    }

    @Test
    void embeddedItemsKeepTheirExactBytes() {
        // {1: "a"} with the key in a non-shortest head, inside a tag-24 byte string: kept as received.
        CborItem outer = CborDecoder.strict().decode(Bytes.fromHex("d81845a118016161"));
        CborItem inner = CborDecoder.strict().decodeEmbedded(outer, "x");
        assertEquals(Bytes.fromHex("a118016161"), inner.encoded());
        assertEquals(CborItem.integer(1), inner.asMap("x").entries().keySet().iterator().next());
        assertEquals(outer.encoded(), CborItem.embedded(inner).encoded());
        // A re-encoding would differ: the built equivalent uses the shortest head.
        assertEquals(Bytes.fromHex("a1016161"), CborMap.builder().put(1, CborItem.text("a")).build().encoded());
    }

    @Test
    void halfAndSingleFloatsDecode() {
        assertEquals(1.5, ((CborFloat) CborDecoder.strict().decode(HexFormat.of().parseHex("f93e00"))).value());
        assertEquals(100000.0, ((CborFloat) CborDecoder.strict().decode(HexFormat.of().parseHex("fa47c35000")))
                .value());
    }
}
