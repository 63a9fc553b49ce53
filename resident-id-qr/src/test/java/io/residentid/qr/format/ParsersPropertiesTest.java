package io.residentid.qr.format;

import io.residentid.qr.internal.CompactJws;
import io.residentid.qr.internal.RawDeflate;
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

    @Property(tries = 500)
    void compactJwsPartsDecodeAsTheJdkBase64UrlDecoderDoes(@ForAll @Size(max = 200) byte[] payload,
                                                         @ForAll @Size(min = 1, max = 80) byte[] signature) throws Exception {
        java.util.Base64.Encoder enc = java.util.Base64.getUrlEncoder().withoutPadding();
        String header = enc.encodeToString("{\"alg\":\"ES256\",\"kid\":\"k1\",\"zip\":\"DEF\"}".getBytes(StandardCharsets.UTF_8));
        byte[] body = payload.length == 0 ? new byte[] {1} : payload;
        String input = header + "." + enc.encodeToString(body);
        CompactJws jws = CompactJws.parse(input + "." + enc.encodeToString(signature));
        assertEquals(java.util.Arrays.toString(body), java.util.Arrays.toString(jws.payload()));
        assertEquals(java.util.Arrays.toString(signature), java.util.Arrays.toString(jws.signature()));
        assertEquals(input, new String(jws.signingInput(), StandardCharsets.US_ASCII));
        assertEquals("k1", jws.kid());
    }

    @Test
    void deepNestingIsRejected() {
        byte[] deep = ("{\"a\":".repeat(100) + "1" + "}".repeat(100)).getBytes(StandardCharsets.UTF_8);
        CredentialFormatException e = assertThrows(CredentialFormatException.class, () -> ClaimsCodec.decode(deep));
        assertEquals(FailureCode.SCHEMA_INVALID, e.failureCode());
    }

    @Test
    void nonCanonicalBase64IsMalformed() throws Exception {
        // "eyJ" + a last character with non-zero unused bits
        CredentialFormatException e = assertThrows(CredentialFormatException.class, () -> CompactJws.parse("eyJhbGciOiJFUzI1NiJ9.AB.AB"));
        assertEquals(FailureCode.MALFORMED_JWS, e.failureCode());
    }
}
