package io.residentid.qr.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ParsersPropertiesTest {

    @Property(tries = 1000)
    void compactJwsParserOnlyThrowsFormatExceptions(@ForAll @StringLength(max = 300) String s) {
        try {
            CompactJws.parse(s);
        } catch (CredentialFormatException e) {
            // expected
        }
    }

    @Property(tries = 1000)
    void inflateOnlyThrowsFormatExceptions(@ForAll @Size(max = 300) byte[] data) {
        try {
            RawDeflate.inflate(data, RawDeflate.MAX_INFLATED);
        } catch (CredentialFormatException e) {
            // expected
        }
    }

    @Property(tries = 1000)
    void claimsDecoderOnlyThrowsFormatExceptions(@ForAll @StringLength(max = 300) String json) {
        try {
            ClaimsCodec.decode(json.getBytes(StandardCharsets.UTF_8));
        } catch (CredentialFormatException e) {
            // expected
        }
    }

    @Property(tries = 300)
    void deflateRoundTrips(@ForAll @Size(max = 4000) byte[] data) throws Exception {
        assertEquals(java.util.Arrays.toString(data),
                java.util.Arrays.toString(RawDeflate.inflate(RawDeflate.deflate(data), RawDeflate.MAX_INFLATED)));
    }

    @Test
    void deepNestingIsRejected() {
        byte[] deep = ("{\"a\":".repeat(100) + "1" + "}".repeat(100)).getBytes(StandardCharsets.UTF_8);
        CredentialFormatException e = assertThrows(CredentialFormatException.class, () -> ClaimsCodec.decode(deep));
        assertEquals(FailureCode.SCHEMA_INVALID, e.code());
    }

    @Test
    void nonCanonicalBase64IsMalformed() throws Exception {
        // "eyJ" + a last character with non-zero unused bits
        CredentialFormatException e = assertThrows(CredentialFormatException.class, () -> CompactJws.parse("eyJhbGciOiJFUzI1NiJ9.AB.AB"));
        assertEquals(FailureCode.MALFORMED_JWS, e.code());
    }
}
