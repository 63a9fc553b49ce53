package io.residentid.qr.internal;

import io.residentid.qr.format.CredentialFormatException;
import io.residentid.qr.format.QrText;
import io.residentid.qr.format.FailureCode;
import io.residentid.qr.format.SignatureAlgorithm;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * The one compact JWS codec of the module, used by credentials, signed trust lists and status list tokens: exactly
 * three canonical, unpadded base64url parts, a size cap checked first, and a protected header that is a strict JSON
 * object of bounded strings with only the parameters its {@link Profile} allows (no duplicates, no {@code crit},
 * {@code jku}, {@code x5u}, {@code jwk} or anything else), {@code alg} ES256 or EdDSA, a {@code kid} of 1..64
 * base64url characters and the profile's {@code typ} or {@code zip}. Only the header is interpreted: the payload is
 * returned as bytes, to be read once the signature has verified. Immutable.
 */
public final class CompactJws {

    /** Header parameters a credential may carry; everything else is rejected. */
    public static final Set<String> ALLOWED_HEADER = Set.of("alg", "kid", "zip");

    /** Longest {@code kid}. */
    public static final int MAX_KID_LENGTH = 64;

    private static final int MAX_HEADER_BYTES = 256;
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    /**
     * What one kind of JWS may carry: its header parameters (all required), the fixed value of {@code zip} or
     * {@code typ}, and the longest serialization accepted. Immutable.
     */
    public static final class Profile {

        /** A credential: header {@code alg}, {@code kid}, {@code zip: "DEF"}; at most {@link QrText#MAX_JWS_LENGTH}. */
        public static final Profile CREDENTIAL = new Profile("zip", "DEF", QrText.MAX_JWS_LENGTH);

        private final String fixedName;
        private final String fixedValue;
        private final int maxLength;
        private final Set<String> allowed;
        /**
         * Headers already checked, by their base64url text: an issuer signs every credential under one header, and
         * reading it through the strict JSON layer costs more than everything else but the signature. Only headers
         * that passed are kept; the result is a pure function of the text. Bounded: cleared past 64 entries.
         */
        private final java.util.concurrent.ConcurrentHashMap<String, CheckedHeader> checked =
                new java.util.concurrent.ConcurrentHashMap<>();

        private Profile(String fixedName, String fixedValue, int maxLength) {
            this.allowed = Set.of("alg", "kid", fixedName);
            this.fixedName = fixedName;
            this.fixedValue = fixedValue;
            this.maxLength = maxLength;
        }

        /**
         * A typed JWS (trust list, status list token): header exactly {@code alg}, {@code kid}, {@code typ}.
         *
         * @param typ       the required {@code typ} value
         * @param maxLength the longest serialization accepted, in characters
         */
        public static Profile typed(String typ, int maxLength) {
            if (typ == null || typ.isEmpty() || !typ.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '"' && c != '\\')) {
                throw new IllegalArgumentException("typ must be printable ASCII");
            }
            if (maxLength < 1) {
                throw new IllegalArgumentException("maxLength must be positive");
            }
            return new Profile("typ", typ, maxLength);
        }

        /** The longest serialization accepted. */
        public int maxLength() {
            return maxLength;
        }

        /** The protected header this profile writes, minified, in the order {@code alg, kid, zip|typ}. */
        public String header(SignatureAlgorithm algorithm, String kid) {
            if (!isKid(kid)) {
                throw new IllegalArgumentException("kid must be 1.." + MAX_KID_LENGTH + " base64url characters");
            }
            return "{\"alg\":\"" + algorithm.jwsName() + "\",\"kid\":\"" + kid + "\",\"" + fixedName + "\":\""
                    + fixedValue + "\"}";
        }

        @Override
        public String toString() {
            return "CompactJws.Profile[" + fixedName + "=" + fixedValue + ", max " + maxLength + "]";
        }
    }

    /** A header that passed every check. */
    private record CheckedHeader(SignatureAlgorithm algorithm, String kid) {
    }

    private static final int MAX_CACHED_HEADERS = 64;

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
     * Parses and checks a credential's compact JWS.
     *
     * @throws CredentialFormatException {@code PAYLOAD_TOO_LARGE}, {@code MALFORMED_JWS} (also for {@code null}),
     *                                   {@code HEADER_NOT_ALLOWED}, {@code HEADER_INVALID} or
     *                                   {@code UNSUPPORTED_ALGORITHM}
     */
    public static CompactJws parse(String jws) throws CredentialFormatException {
        return parse(jws, Profile.CREDENTIAL);
    }

    /**
     * Parses and checks a compact JWS of a profile.
     *
     * @throws CredentialFormatException {@code PAYLOAD_TOO_LARGE}, {@code MALFORMED_JWS} (also for {@code null}),
     *                                   {@code HEADER_NOT_ALLOWED}, {@code HEADER_INVALID} or
     *                                   {@code UNSUPPORTED_ALGORITHM}
     */
    public static CompactJws parse(String jws, Profile profile) throws CredentialFormatException {
        if (jws == null) {
            throw missing();
        }
        if (jws.length() > profile.maxLength) {
            throw new CredentialFormatException(FailureCode.PAYLOAD_TOO_LARGE, "JWS longer than " + profile.maxLength);
        }
        // Any character outside ASCII becomes '?', which no part of a JWS accepts.
        return parse(jws.getBytes(StandardCharsets.US_ASCII), profile);
    }

    /**
     * Parses and checks a credential's compact JWS given as ASCII bytes (as {@link QrText#decodeToAscii} returns
     * it), without string copies of its parts.
     *
     * @throws CredentialFormatException {@code PAYLOAD_TOO_LARGE}, {@code MALFORMED_JWS} (also for {@code null}),
     *                                   {@code HEADER_NOT_ALLOWED}, {@code HEADER_INVALID} or
     *                                   {@code UNSUPPORTED_ALGORITHM}
     */
    public static CompactJws parse(byte[] jws) throws CredentialFormatException {
        return parse(jws, Profile.CREDENTIAL);
    }

    /**
     * Parses and checks a compact JWS of a profile given as ASCII bytes.
     *
     * @throws CredentialFormatException {@code PAYLOAD_TOO_LARGE}, {@code MALFORMED_JWS} (also for {@code null}),
     *                                   {@code HEADER_NOT_ALLOWED}, {@code HEADER_INVALID} or
     *                                   {@code UNSUPPORTED_ALGORITHM}
     */
    public static CompactJws parse(byte[] jws, Profile profile) throws CredentialFormatException {
        if (jws == null) {
            throw missing();
        }
        if (jws.length > profile.maxLength) {
            throw new CredentialFormatException(FailureCode.PAYLOAD_TOO_LARGE, "JWS longer than " + profile.maxLength);
        }
        int dot1 = indexOfDot(jws, 0);
        int dot2 = dot1 < 0 ? -1 : indexOfDot(jws, dot1 + 1);
        if (dot1 < 0 || dot2 < 0 || indexOfDot(jws, dot2 + 1) >= 0) {
            throw new CredentialFormatException(FailureCode.MALFORMED_JWS, "A compact JWS has exactly three parts");
        }
        if (dot1 > MAX_HEADER_BYTES * 4 / 3 + 4) {
            throw new CredentialFormatException(FailureCode.MALFORMED_JWS, "JWS header longer than " + MAX_HEADER_BYTES + " bytes");
        }
        byte[] payload = base64url(jws, dot1 + 1, dot2, "payload");
        byte[] signature = base64url(jws, dot2 + 1, jws.length, "signature");
        if (payload.length == 0) {
            throw new CredentialFormatException(FailureCode.MALFORMED_JWS, "Empty header or payload");
        }
        String headerText = new String(jws, 0, dot1, StandardCharsets.US_ASCII);
        CheckedHeader header = profile.checked.get(headerText);
        if (header == null) {
            header = checkHeader(jws, dot1, profile);
            if (profile.checked.size() >= MAX_CACHED_HEADERS) {
                profile.checked.clear();
            }
            profile.checked.put(headerText, header);
        }
        return new CompactJws(Arrays.copyOf(jws, dot2), header.algorithm(), header.kid(), payload, signature);
    }

    private static CheckedHeader checkHeader(byte[] jws, int dot1, Profile profile) throws CredentialFormatException {
        byte[] headerBytes = base64url(jws, 0, dot1, "header");
        if (headerBytes.length == 0) {
            throw new CredentialFormatException(FailureCode.MALFORMED_JWS, "Empty header or payload");
        }
        Map<String, String> header = JwsHeaderReader.read(headerBytes, MAX_HEADER_BYTES, profile.allowed);
        String alg = header.get("alg");
        if (alg == null) {
            throw new CredentialFormatException(FailureCode.HEADER_NOT_ALLOWED, "Header has no alg");
        }
        SignatureAlgorithm algorithm = SignatureAlgorithm.fromJwsName(alg).orElseThrow(() ->
                new CredentialFormatException(FailureCode.UNSUPPORTED_ALGORITHM, "Algorithm not supported"));
        String kid = header.get("kid");
        if (kid == null) {
            throw new CredentialFormatException(FailureCode.HEADER_NOT_ALLOWED, "Header has no kid");
        }
        if (!isKid(kid)) {
            throw new CredentialFormatException(FailureCode.HEADER_INVALID,
                    "kid must be 1.." + MAX_KID_LENGTH + " base64url characters");
        }
        if (!profile.fixedValue.equals(header.get(profile.fixedName))) {
            throw new CredentialFormatException(FailureCode.HEADER_NOT_ALLOWED,
                    "Header " + profile.fixedName + " must be " + profile.fixedValue);
        }
        return new CheckedHeader(algorithm, kid);
    }

    /** Whether a {@code kid} has the allowed form: 1..64 base64url characters (safe in logs and file names). */
    public static boolean isKid(String kid) {
        if (kid == null || kid.isEmpty() || kid.length() > MAX_KID_LENGTH) {
            return false;
        }
        for (int i = 0; i < kid.length(); i++) {
            if (sextet((byte) kid.charAt(i)) < 0 || kid.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    /**
     * Signs a payload under a profile: the compact serialization as ASCII.
     *
     * @param profile   the kind of JWS
     * @param algorithm the signer's algorithm
     * @param kid       the signer's {@code kid}
     * @param payload   the payload bytes (compressed for credentials)
     * @param signer    computes the raw 64-byte signature over the ASCII signing input
     */
    public static String sign(Profile profile, SignatureAlgorithm algorithm, String kid, byte[] payload,
                              java.util.function.Function<byte[], byte[]> signer) {
        return new String(assembleAscii(encodeHeader(profile.header(algorithm, kid)), payload, signer),
                StandardCharsets.US_ASCII);
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
        return "CompactJws[alg=" + algorithm.jwsName() + ", kid=" + LogSafe.value(kid) + ", payload=" + payload.length + " bytes]";
    }

    private static CredentialFormatException missing() {
        return new CredentialFormatException(FailureCode.MALFORMED_JWS, "No JWS given");
    }
}
