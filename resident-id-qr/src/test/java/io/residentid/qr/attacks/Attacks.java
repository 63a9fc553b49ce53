package io.residentid.qr.attacks;

import io.residentid.qr.internal.RawDeflate;
import io.residentid.qr.format.ClaimsCodec;
import io.residentid.qr.format.CredentialClaims;
import io.residentid.qr.format.QrText;
import io.residentid.qr.testing.Fixtures;
import io.residentid.qr.testing.Forge;
import io.residentid.qr.trust.SigningKey;
import java.nio.charset.StandardCharsets;

/** Hand-built hostile inputs for the regression tests of issue 11 (items 1 to 10). */
final class Attacks {

    private Attacks() {
    }

    /** The reference claims as the issuer writes them. */
    static String claimsJson() {
        return json(Fixtures.referenceClaims());
    }

    static String json(CredentialClaims claims) {
        return new String(ClaimsCodec.encode(claims), StandardCharsets.UTF_8);
    }

    /** A credential with these claims, signed by {@code key} (the real kid in the header). */
    static String signed(SigningKey key, String claimsJson) {
        return Forge.text(Forge.header(key), claimsJson, key::sign);
    }

    /** A credential with the key's kid in the header but a signature that is 64 bytes of garbage. */
    static String unsigned(SigningKey key, String claimsJson) {
        return Forge.text(Forge.header(key), claimsJson, input -> new byte[64]);
    }

    /** A credential whose compressed payload is {@code payload}, with the signature of another payload. */
    static String withPayloadOf(String jws, byte[] payload) {
        String[] parts = jws.split("\\.");
        return QrText.encode(parts[0] + "." + Forge.b64(payload) + "." + parts[2]);
    }

    static byte[] deflate(String json) {
        return RawDeflate.deflate(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A status list token with hand-written claims, signed by {@code key}. */
    static String statusToken(SigningKey key, String claimsJson) {
        String header = "{\"alg\":\"" + key.algorithm().jwsName() + "\",\"kid\":\"" + key.kid()
                + "\",\"typ\":\"statuslist+jwt\"}";
        String input = Forge.b64(header) + "." + Forge.b64(claimsJson);
        return input + "." + Forge.b64(key.sign(input.getBytes(StandardCharsets.US_ASCII)));
    }
}
