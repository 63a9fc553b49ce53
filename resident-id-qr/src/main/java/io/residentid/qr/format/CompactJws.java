package io.residentid.qr.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.Set;

/**
 * A compact JWS of the credential format, parsed strictly: exactly three base64url parts (canonical, unpadded), a
 * header that is a JSON object with only {@code alg}, {@code kid} and {@code zip} (no duplicates, no {@code crit},
 * {@code jku}, {@code x5u}, {@code jwk} or anything else), {@code alg} ES256 or EdDSA and {@code zip} = {@code DEF}.
 * The header is checked on its raw JSON before anything trusts it. Immutable.
 */
public final class CompactJws {

    /** Header parameters allowed; everything else is rejected. */
    public static final Set<String> ALLOWED_HEADER = Set.of("alg", "kid", "zip");

    private static final int MAX_HEADER_BYTES = 256;
    private static final int MAX_KID_LENGTH = 64;
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final byte[] signingInput;
    private final SignatureAlgorithm algorithm;
    private final String kid;
    private final byte[] payload;
    private final byte[] signature;

    private CompactJws(byte[] signingInput, SignatureAlgorithm algorithm, String kid, byte[] payload, byte[] signature) {
        this.signingInput = signingInput;
        this.algorithm = algorithm;
        this.kid = kid;
        this.payload = payload;
        this.signature = signature;
    }

    /**
     * Parses and checks a compact JWS.
     *
     * @throws CredentialFormatException {@code PAYLOAD_TOO_LARGE}, {@code MALFORMED_JWS} (also for {@code null}),
     *                                   {@code HEADER_NOT_ALLOWED} or {@code UNSUPPORTED_ALGORITHM}
     */
    public static CompactJws parse(String jws) throws CredentialFormatException {
        if (jws == null) {
            throw missing();
        }
        if (jws.length() > QrText.MAX_JWS_LENGTH) {
            throw new CredentialFormatException(FailureCode.PAYLOAD_TOO_LARGE, "JWS longer than " + QrText.MAX_JWS_LENGTH);
        }
        // Any character outside ASCII becomes '?', which no part of a JWS accepts.
        return parse(jws.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Parses and checks a compact JWS given as ASCII bytes (as {@link QrText#decodeToAscii} returns it), without
     * string copies of its parts.
     *
     * @throws CredentialFormatException {@code PAYLOAD_TOO_LARGE}, {@code MALFORMED_JWS} (also for {@code null}),
     *                                   {@code HEADER_NOT_ALLOWED} or {@code UNSUPPORTED_ALGORITHM}
     */
    public static CompactJws parse(byte[] jws) throws CredentialFormatException {
        if (jws == null) {
            throw missing();
        }
        if (jws.length > QrText.MAX_JWS_LENGTH) {
            throw new CredentialFormatException(FailureCode.PAYLOAD_TOO_LARGE, "JWS longer than " + QrText.MAX_JWS_LENGTH);
        }
        int dot1 = indexOfDot(jws, 0);
        int dot2 = dot1 < 0 ? -1 : indexOfDot(jws, dot1 + 1);
        if (dot1 < 0 || dot2 < 0 || indexOfDot(jws, dot2 + 1) >= 0) {
            throw new CredentialFormatException(FailureCode.MALFORMED_JWS, "A compact JWS has exactly three parts");
        }
        byte[] headerBytes = base64url(jws, 0, dot1, "header");
        byte[] payload = base64url(jws, dot1 + 1, dot2, "payload");
        byte[] signature = base64url(jws, dot2 + 1, jws.length, "signature");
        if (headerBytes.length == 0 || payload.length == 0) {
            throw new CredentialFormatException(FailureCode.MALFORMED_JWS, "Empty header or payload");
        }
        JsonNode header;
        try {
            header = StrictJson.parse(headerBytes, MAX_HEADER_BYTES, 2);
        } catch (StrictJson.Exception e) {
            throw new CredentialFormatException(
                    e.duplicateKey() ? FailureCode.HEADER_NOT_ALLOWED : FailureCode.MALFORMED_JWS,
                    "JWS header: " + e.getMessage());
        }
        if (!header.isObject()) {
            throw new CredentialFormatException(FailureCode.MALFORMED_JWS, "JWS header is not a JSON object");
        }
        for (Iterator<String> names = header.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!ALLOWED_HEADER.contains(name)) {
                throw new CredentialFormatException(FailureCode.HEADER_NOT_ALLOWED,
                        "Header parameter not allowed: " + (name.length() > 16 ? name.substring(0, 16) : name));
            }
        }
        JsonNode alg = header.get("alg");
        if (alg == null || !alg.isTextual()) {
            throw new CredentialFormatException(FailureCode.HEADER_NOT_ALLOWED, "Header has no alg");
        }
        SignatureAlgorithm algorithm = SignatureAlgorithm.fromJwsName(alg.textValue()).orElseThrow(() ->
                new CredentialFormatException(FailureCode.UNSUPPORTED_ALGORITHM, "Algorithm not supported"));
        JsonNode kid = header.get("kid");
        if (kid == null || !kid.isTextual() || kid.textValue().isEmpty() || kid.textValue().length() > MAX_KID_LENGTH) {
            throw new CredentialFormatException(FailureCode.HEADER_NOT_ALLOWED, "Header has no usable kid");
        }
        JsonNode zip = header.get("zip");
        if (zip == null || !"DEF".equals(zip.textValue())) {
            throw new CredentialFormatException(FailureCode.HEADER_NOT_ALLOWED, "Header zip must be DEF");
        }
        return new CompactJws(Arrays.copyOf(jws, dot2), algorithm, kid.textValue(), payload, signature);
    }

    /**
     * Assembles a compact JWS from its parts (used by the issuer).
     *
     * @param headerJson the minified header JSON
     * @param payload    the compressed payload
     * @param signer     computes the signature over the ASCII signing input
     */
    public static String assemble(String headerJson, byte[] payload, java.util.function.Function<byte[], byte[]> signer) {
        return new String(assembleAscii(encodeHeader(headerJson), payload, signer), StandardCharsets.US_ASCII);
    }

    /** The base64url form of a header, for issuers that sign many payloads under one header. */
    public static byte[] encodeHeader(String headerJson) {
        return BASE64URL.encode(headerJson.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Assembles a compact JWS as ASCII bytes (what {@link QrText#encode(byte[])} reads), without intermediate strings.
     *
     * @param encodedHeader the header as {@link #encodeHeader} returns it
     * @param payload       the compressed payload
     * @param signer        computes the signature over the ASCII signing input
     */
    public static byte[] assembleAscii(byte[] encodedHeader, byte[] payload, java.util.function.Function<byte[], byte[]> signer) {
        byte[] body = BASE64URL.encode(payload);
        byte[] input = Arrays.copyOf(encodedHeader, encodedHeader.length + 1 + body.length);
        input[encodedHeader.length] = '.';
        System.arraycopy(body, 0, input, encodedHeader.length + 1, body.length);
        byte[] signature = BASE64URL.encode(signer.apply(input.clone()));
        byte[] jws = Arrays.copyOf(input, input.length + 1 + signature.length);
        jws[input.length] = '.';
        System.arraycopy(signature, 0, jws, input.length + 1, signature.length);
        return jws;
    }

    private static int indexOfDot(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '.') {
                return i;
            }
        }
        return -1;
    }

    /** Decodes canonical unpadded base64url from {@code bytes[from, to)}, checking every character once. */
    private static byte[] base64url(byte[] bytes, int from, int to, String what) throws CredentialFormatException {
        int length = to - from;
        if (length % 4 == 1) {
            throw new CredentialFormatException(FailureCode.MALFORMED_JWS, "Truncated base64url in " + what);
        }
        byte[] out = new byte[length / 4 * 3 + Math.max(0, length % 4 - 1)];
        int bits = 0;
        int bitCount = 0;
        int o = 0;
        for (int i = from; i < to; i++) {
            int v = sextet(bytes[i]);
            if (v < 0) {
                throw new CredentialFormatException(FailureCode.MALFORMED_JWS, "Invalid base64url character in " + what);
            }
            bits = (bits << 6) | v;
            bitCount += 6;
            if (bitCount >= 8) {
                bitCount -= 8;
                out[o++] = (byte) (bits >> bitCount);
                bits &= (1 << bitCount) - 1;
            }
        }
        // Non-zero unused bits in the last character would give several encodings of one value: reject them.
        if (bits != 0) {
            throw new CredentialFormatException(FailureCode.MALFORMED_JWS, "Non-canonical base64url in " + what);
        }
        return out;
    }

    /** The value of a base64url character, or -1 for any other byte. */
    private static int sextet(byte c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        if (c == '-') {
            return 62;
        }
        return c == '_' ? 63 : -1;
    }

    /** The ASCII bytes the signature covers: {@code base64url(header) "." base64url(payload)}. */
    public byte[] signingInput() {
        return signingInput.clone();
    }

    /** The {@code alg} header. */
    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    /** The {@code kid} header. */
    public String kid() {
        return kid;
    }

    /** The compressed payload (a copy). */
    public byte[] payload() {
        return payload.clone();
    }

    /** The signature bytes as sent (a copy). */
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public String toString() {
        return "CompactJws[alg=" + algorithm.jwsName() + ", kid=" + kid + ", payload=" + payload.length + " bytes]";
    }

    private static CredentialFormatException missing() {
        return new CredentialFormatException(FailureCode.MALFORMED_JWS, "No JWS given");
    }
}
