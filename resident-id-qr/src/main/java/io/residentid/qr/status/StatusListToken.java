package io.residentid.qr.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.residentid.qr.format.SignatureAlgorithm;
import io.residentid.qr.format.StrictJson;
import io.residentid.qr.trust.IssuerKey;
import io.residentid.qr.trust.SigningKey;
import io.residentid.qr.trust.TrustedIssuer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/**
 * A Status List Token: a JWT (header {@code alg}, {@code kid}, {@code typ: statuslist+jwt}) with {@code sub} (the
 * list URI), {@code iat}, optional {@code exp} and {@code ttl} (seconds) and {@code status_list: {bits, lst}},
 * signed by the credential issuer's key. Parsing verifies the signature with the issuer's key from the trust list
 * before reading anything else. Immutable.
 */
public final class StatusListToken {

    /** The JWT {@code typ}. */
    public static final String TYPE = "statuslist+jwt";
    /** Largest token accepted. */
    public static final int MAX_TOKEN_LENGTH = 4 << 20;

    private static final Set<String> HEADER = Set.of("alg", "kid", "typ");
    private static final Set<String> CLAIMS = Set.of("sub", "iss", "iat", "exp", "ttl", "status_list");

    private final String uri;
    private final String issuer;
    private final Instant issuedAt;
    private final Instant expiresAt;
    private final Duration ttl;
    private final StatusList list;

    private StatusListToken(String uri, String issuer, Instant issuedAt, Instant expiresAt, Duration ttl, StatusList list) {
        this.uri = uri;
        this.issuer = issuer;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
        this.ttl = ttl;
        this.list = list;
    }

    /**
     * Signs a status list token.
     *
     * @param expiresAt null for no {@code exp}
     * @param ttl       null for no {@code ttl}
     */
    public static String sign(SigningKey key, String issuer, String uri, StatusList list, Instant issuedAt,
                              Instant expiresAt, Duration ttl) {
        StringBuilder claims = new StringBuilder(64).append("{\"sub\":").append(quote(uri))
                .append(",\"iss\":").append(quote(issuer))
                .append(",\"iat\":").append(issuedAt.getEpochSecond());
        if (expiresAt != null) {
            claims.append(",\"exp\":").append(expiresAt.getEpochSecond());
        }
        if (ttl != null) {
            claims.append(",\"ttl\":").append(ttl.getSeconds());
        }
        claims.append(",\"status_list\":{\"bits\":").append(list.bits()).append(",\"lst\":\"")
                .append(list.encodedList()).append("\"}}");
        String header = "{\"alg\":\"" + key.algorithm().jwsName() + "\",\"kid\":\"" + key.kid() + "\",\"typ\":\"" + TYPE + "\"}";
        Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
        String input = enc.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + enc.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        return input + "." + enc.encodeToString(key.sign(input.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String quote(String s) {
        return "\"" + new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
    }

    /**
     * Verifies and parses a token with the keys of the credential's issuer.
     *
     * @throws StatusListException when the token is malformed, not signed by one of the issuer's keys, or its
     *                             decompressed list exceeds {@code maxListBytes}
     */
    public static StatusListToken parse(String token, TrustedIssuer issuer, int maxListBytes) throws StatusListException {
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw new StatusListException("Status list token too large");
        }
        String[] parts = token.strip().split("\\.", -1);
        if (parts.length != 3) {
            throw new StatusListException("Not a compact JWT");
        }
        JsonNode header = json(decode(parts[0]), 1024);
        only(header, HEADER, "header");
        if (!TYPE.equals(header.path("typ").asText(null))) {
            throw new StatusListException("typ must be " + TYPE);
        }
        String kid = header.path("kid").asText(null);
        IssuerKey key = kid == null ? null : issuer.key(kid).orElse(null);
        if (key == null) {
            throw new StatusListException("Status list signed by a key the issuer does not have");
        }
        Optional<SignatureAlgorithm> alg = SignatureAlgorithm.fromJwsName(header.path("alg").asText(null));
        if (alg.isEmpty() || alg.get() != key.algorithm()) {
            throw new StatusListException("Status list algorithm is not the key's");
        }
        byte[] input = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
        if (!key.verify(input, decode(parts[2]))) {
            throw new StatusListException("Status list signature invalid");
        }
        JsonNode claims = json(decode(parts[1]), MAX_TOKEN_LENGTH);
        only(claims, CLAIMS, "claims");
        String sub = claims.path("sub").asText(null);
        if (sub == null || !claims.get("sub").isTextual()) {
            throw new StatusListException("Status list has no sub");
        }
        Instant iat = seconds(claims, "iat", true);
        Instant exp = seconds(claims, "exp", false);
        Instant ttlSeconds = seconds(claims, "ttl", false);
        JsonNode sl = claims.get("status_list");
        if (sl == null || !sl.isObject()) {
            throw new StatusListException("status_list missing");
        }
        only(sl, Set.of("bits", "lst", "aggregation_uri"), "status_list");
        if (!sl.path("bits").isIntegralNumber() || !sl.path("lst").isTextual()) {
            throw new StatusListException("status_list needs bits and lst");
        }
        StatusList list = StatusList.decode(sl.get("bits").intValue(), sl.get("lst").textValue(), maxListBytes);
        JsonNode iss = claims.get("iss");
        if (iss != null && !iss.isTextual()) {
            throw new StatusListException("iss must be a string");
        }
        return new StatusListToken(sub, iss == null ? null : iss.textValue(), iat, exp, ttlSeconds == null ? null : Duration.ofSeconds(ttlSeconds.getEpochSecond()), list);
    }

    /** Reads {@code sub} without verifying anything (for a provider choosing among files). */
    static Optional<String> peekSubject(String token) {
        try {
            String[] parts = token.strip().split("\\.", -1);
            if (parts.length != 3) {
                return Optional.empty();
            }
            return Optional.ofNullable(json(decode(parts[1]), MAX_TOKEN_LENGTH).path("sub").asText(null));
        } catch (StatusListException e) {
            return Optional.empty();
        }
    }

    private static byte[] decode(String part) throws StatusListException {
        try {
            return Base64.getUrlDecoder().decode(part);
        } catch (IllegalArgumentException e) {
            throw new StatusListException("Invalid base64url");
        }
    }

    private static JsonNode json(byte[] bytes, int max) throws StatusListException {
        try {
            JsonNode node = StrictJson.parse(bytes, max, 4);
            if (!node.isObject()) {
                throw new StatusListException("Not a JSON object");
            }
            return node;
        } catch (StrictJson.Exception e) {
            throw new StatusListException("Status list token: " + e.getMessage());
        }
    }

    private static void only(JsonNode node, Set<String> allowed, String where) throws StatusListException {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            if (!allowed.contains(it.next())) {
                throw new StatusListException("Unknown member in status list " + where);
            }
        }
    }

    private static Instant seconds(JsonNode node, String name, boolean required) throws StatusListException {
        JsonNode n = node.get(name);
        if (n == null) {
            if (required) {
                throw new StatusListException("Status list has no " + name);
            }
            return null;
        }
        if (!n.isIntegralNumber() || !n.canConvertToLong() || n.longValue() < 0) {
            throw new StatusListException(name + " must be whole seconds");
        }
        return Instant.ofEpochSecond(n.longValue());
    }

    /** The list URI ({@code sub}). */
    public String uri() {
        return uri;
    }

    /** The {@code iss} claim, when present. */
    public Optional<String> issuer() {
        return Optional.ofNullable(issuer);
    }

    /** {@code iat}. */
    public Instant issuedAt() {
        return issuedAt;
    }

    /** {@code exp}, when present. */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    /** {@code ttl}, when present. */
    public Optional<Duration> ttl() {
        return Optional.ofNullable(ttl);
    }

    /** The list. */
    public StatusList list() {
        return list;
    }

    /** Whether the token is stale at an instant: past {@code exp}, or past {@code iat + ttl}. */
    public boolean staleAt(Instant at) {
        return (expiresAt != null && !at.isBefore(expiresAt)) || (ttl != null && !at.isBefore(issuedAt.plus(ttl)));
    }

    @Override
    public String toString() {
        return "StatusListToken[" + uri + ", iat=" + issuedAt + ", " + list + "]";
    }
}
