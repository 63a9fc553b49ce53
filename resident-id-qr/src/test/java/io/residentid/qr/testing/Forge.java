package io.residentid.qr.testing;

import io.residentid.qr.internal.RawDeflate;
import io.residentid.qr.format.QrText;
import io.residentid.qr.trust.SigningKey;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Function;

/** Builds hostile credentials by hand: arbitrary headers, payloads and signatures. */
public final class Forge {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private Forge() {
    }

    public static String b64(byte[] bytes) {
        return B64.encodeToString(bytes);
    }

    public static String b64(String text) {
        return b64(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String header(SigningKey key) {
        return "{\"alg\":\"" + key.algorithm().jwsName() + "\",\"kid\":\"" + key.kid() + "\",\"zip\":\"DEF\"}";
    }

    /** A JWS with this header and claims JSON, deflated and signed by {@code signer}. */
    public static String text(String headerJson, String claimsJson, Function<byte[], byte[]> signer) {
        return text(headerJson, RawDeflate.deflate(claimsJson.getBytes(StandardCharsets.UTF_8)), signer);
    }

    public static String text(String headerJson, byte[] payload, Function<byte[], byte[]> signer) {
        String input = b64(headerJson) + "." + b64(payload);
        return QrText.encode(input + "." + b64(signer.apply(input.getBytes(StandardCharsets.US_ASCII))));
    }

    public static String jwsText(String jws) {
        return QrText.encode(jws);
    }
}
