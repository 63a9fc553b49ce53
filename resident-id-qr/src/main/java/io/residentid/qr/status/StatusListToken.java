package io.residentid.qr.status;

import io.residentid.qr.internal.CompactJws;
import io.residentid.core.json.JsonFormatException;
import io.residentid.core.json.JsonLimits;
import io.residentid.core.json.JsonObjectReader;
import io.residentid.core.json.StrictJson;
import io.residentid.qr.format.CredentialFormatException;
import io.residentid.qr.internal.LogSafe;
import io.residentid.qr.trust.IssuerKey;
import io.residentid.qr.trust.SigningKey;
import io.residentid.qr.trust.TrustedIssuer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A Status List Token: a JWT (header {@code alg}, {@code kid}, {@code typ: statuslist+jwt}) with {@code sub} (the
 * list URI), {@code iat}, optional {@code exp} and {@code ttl} (seconds) and {@code status_list: {bits, lst}},
 * signed by the credential issuer's key. Parsing goes through the module's one compact JWS codec and verifies the
 * signature with the issuer's key from the trust list before reading anything else; every number is bounded
 * ({@code iat}/{@code exp} within years 1970..9999, {@code exp > iat}, {@code ttl} 1 s..1 year, {@code bits} 1, 2, 4
 * or 8). Immutable.
 */
public final class StatusListToken {

    /** The JWT {@code typ}. */
    public static final String TYPE = "statuslist+jwt";
    /** Largest token accepted. */
    public static final int MAX_TOKEN_LENGTH = 4 << 20;

    /** Longest {@code ttl} accepted: one year. */
    public static final long MAX_TTL_SECONDS = 366L * 24 * 3600;

    private static final CompactJws.Profile PROFILE = CompactJws.Profile.typed(TYPE, MAX_TOKEN_LENGTH);
    private static final long MAX_SECONDS = 253402300799L;
    private static final JsonLimits LIMITS = new JsonLimits(MAX_TOKEN_LENGTH, 3, MAX_TOKEN_LENGTH, 64, 20, 0);

    private final String uri;
    private final String issuer;
    private final Instant issuedAt;
    private final Instant expiresAt;
    private final Duration ttl;
    private final StatusList list;
    private final IssuerKey signingKey;

    private StatusListToken(String uri, String issuer, Instant issuedAt, Instant expiresAt, Duration ttl, StatusList list,
                            IssuerKey signingKey) {
        this.signingKey = signingKey;
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
     * @param key the issuer's signing key
     * @param issuer the issuer URI ({@code iss})
     * @param uri the list's own URI ({@code sub})
     * @param list the status list to sign
     * @param issuedAt when it was issued ({@code iat})
     * @return the signed token (a compact JWS)
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
        return CompactJws.sign(PROFILE, key.algorithm(), key.kid(), claims.toString().getBytes(StandardCharsets.UTF_8),
                key::sign);
    }

    private static String quote(String s) {
        return "\"" + new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
    }

    /**
     * Verifies and parses a token with the keys of the credential's issuer. Surrounding whitespace is ignored.
     * Whether the signing key may sign at the token's {@code iat} is for the caller to decide ({@link #signingKey()},
     * as {@link StatusChecker} does).
     *
     * @param token the status list token (a compact JWS)
     * @param issuer the trusted issuer whose keys may sign the list
     * @param maxListBytes the largest decompressed list in bytes
     * @return the verified token
     * @throws StatusListException when the token is {@code null}, malformed, not signed by one of the issuer's keys,
     *                             has a value out of range, or its decompressed list exceeds {@code maxListBytes}
     */
    public static StatusListToken parse(String token, TrustedIssuer issuer, int maxListBytes) throws StatusListException {
        return parse(token, issuer.iss(), kid -> issuer.key(kid).orElse(null), maxListBytes);
    }

    /**
     * Verifies and parses a token signed by one known key (an issuer re-signing its own list); {@code iss} is not
     * checked.
     *
     * @param token the status list token (a compact JWS)
     * @param key the key that must have signed the token
     * @param maxListBytes the largest decompressed list in bytes
     * @return the verified token
     * @throws StatusListException as {@link #parse(String, TrustedIssuer, int)}
     */
    public static StatusListToken parse(String token, IssuerKey key, int maxListBytes) throws StatusListException {
        return parse(token, null, kid -> key.kid().equals(kid) ? key : null, maxListBytes);
    }

    private static StatusListToken parse(String token, String expectedIssuer,
                                         java.util.function.Function<String, IssuerKey> keys, int maxListBytes)
            throws StatusListException {
        if (token == null) {
            throw new StatusListException("No status list token given");
        }
        CompactJws jws;
        try {
            jws = CompactJws.parse(token.strip(), PROFILE);
        } catch (CredentialFormatException e) {
            throw new StatusListException("Status list token: " + e.getMessage());
        }
        IssuerKey key = keys.apply(jws.kid());
        if (key == null) {
            throw new StatusListException("Status list signed by a key the issuer does not have");
        }
        if (jws.algorithm() != key.algorithm()) {
            throw new StatusListException("Status list algorithm is not the key's");
        }
        if (!key.verify(jws.signingInput(), jws.signature())) {
            throw new StatusListException("Status list signature invalid");
        }
        // Only now, with the signature verified, is the payload read.
        try {
            JsonObjectReader claims = JsonObjectReader.of(StrictJson.parse(jws.payload(), LIMITS));
            String sub = claims.string("sub");
            if (sub.length() > 256 || !sub.startsWith("https://")) {
                throw new StatusListException("Status list sub must be an https URI of at most 256 characters");
            }
            Optional<String> iss = claims.optString("iss");
            if (iss.isPresent() && expectedIssuer != null && !iss.get().equals(expectedIssuer)) {
                throw new StatusListException("Status list iss is not the credential's issuer");
            }
            Instant iat = Instant.ofEpochSecond(claims.integer("iat", 0, MAX_SECONDS));
            Instant exp = claims.optInteger("exp", 0, MAX_SECONDS).map(Instant::ofEpochSecond).orElse(null);
            if (exp != null && !exp.isAfter(iat)) {
                throw new StatusListException("Status list exp must be after iat");
            }
            Duration ttl = claims.optInteger("ttl", 1, MAX_TTL_SECONDS).map(Duration::ofSeconds).orElse(null);
            JsonObjectReader sl = claims.object("status_list");
            int bits = (int) sl.integer("bits", 1, 8);
            String lst = sl.string("lst");
            sl.optString("aggregation_uri");
            sl.end();
            claims.end();
            StatusList list = StatusList.decode(bits, lst, maxListBytes);
            return new StatusListToken(sub, iss.orElse(null), iat, exp, ttl, list, key);
        } catch (JsonFormatException e) {
            throw new StatusListException("Status list token: " + e.getMessage());
        }
    }

    /** Reads {@code sub} without verifying anything (for a provider choosing among files). */
    static Optional<String> peekSubject(String token) {
        try {
            CompactJws jws = CompactJws.parse(token.strip(), PROFILE);
            return JsonObjectReader.of(StrictJson.parse(jws.payload(), LIMITS)).optString("sub");
        } catch (RuntimeException e) { // includes CredentialFormatException, which is unchecked
            return Optional.empty();
        }
    }

    /** {@return the list URI ({@code sub})} */
    public String uri() {
        return uri;
    }

    /** {@return the {@code iss} claim, when present} */
    public Optional<String> issuer() {
        return Optional.ofNullable(issuer);
    }

    /**
     * {@code iat}.
     *
     * @return when the token was issued ({@code iat})
     */
    public Instant issuedAt() {
        return issuedAt;
    }

    /**
     * {@code exp}, when present.
     *
     * @return when the token expires ({@code exp}), when present
     */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    /**
     * {@code ttl}, when present.
     *
     * @return how long the token may be cached ({@code ttl}), when present
     */
    public Optional<Duration> ttl() {
        return Optional.ofNullable(ttl);
    }

    /** {@return the list} */
    public StatusList list() {
        return list;
    }

    /** {@return the issuer key that signed the token (its status decides whether the list may be used)} */
    public IssuerKey signingKey() {
        return signingKey;
    }

    /**
     * {@return whether the token is stale at an instant: past {@code exp}, or past {@code iat + ttl}}
     *
     * @param at the verification time
     */
    public boolean staleAt(Instant at) {
        return (expiresAt != null && !at.isBefore(expiresAt)) || (ttl != null && !at.isBefore(issuedAt.plus(ttl)));
    }

    @Override
    public String toString() {
        return "StatusListToken[" + LogSafe.value(uri) + ", iat=" + issuedAt + ", " + list + "]";
    }
}
