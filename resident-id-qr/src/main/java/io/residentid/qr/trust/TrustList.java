package io.residentid.qr.trust;

import io.residentid.qr.internal.CompactJws;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import io.residentid.core.json.JsonFormatException;
import io.residentid.core.json.JsonLimits;
import io.residentid.core.json.JsonObjectReader;
import io.residentid.core.json.ResidentIdJson;
import io.residentid.core.json.StrictJson;
import io.residentid.core.model.IssuingCountry;
import io.residentid.qr.format.CredentialFormatException;
import io.residentid.qr.internal.LogSafe;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The issuers a verifier trusts, with their public keys. JSON form (read with core's strict JSON layer: unknown
 * fields, duplicate keys, private key members, big numbers and oversized documents are rejected):
 * <pre>
 * {"version":1,"sequence":42,"iat":1767225600,"exp":1769817600,
 *  "issuers":[{"iss":"https://id.rop.gov.om","country":"OM","displayName":"…",
 *   "validFrom":"2025-01-01T00:00:00Z","validUntil":"2035-01-01T00:00:00Z","maxValidityDays":3652,
 *   "jwks":{"keys":[{"kty":"EC","crv":"P-256","x":"…","y":"…","kid":"…","alg":"ES256"}]},
 *   "keyStatus":{"&lt;kid&gt;":{"status":"retired","since":"2026-01-01T00:00:00Z"}}}]}
 * </pre>
 * Keys missing from {@code keyStatus} are active. A {@code kid} is unique in the whole list, so a credential's key is
 * found from its header alone, before anything else of it is read. A list may be signed as a compact JWS (ES256 or
 * EdDSA, header {@code alg}, {@code kid}, {@code typ}) by a signer whose public key the verifier pins; a signed list
 * must carry {@code sequence}, {@code iat} and {@code exp} (see {@link SignedTrustListReader} for rollback
 * protection). Immutable.
 */
public final class TrustList {

    /** Largest trust list accepted. */
    public static final int MAX_BYTES = 1 << 20;
    /** Most issuers in one list. */
    public static final int MAX_ISSUERS = 1000;
    /** Most keys per issuer. */
    public static final int MAX_KEYS = 32;
    /** The {@code typ} of a signed trust list. */
    public static final String SIGNED_TYPE = "rid-trust-list+jws";
    /** How long a list signed without explicit metadata stays valid: 30 days. */
    public static final Duration DEFAULT_SIGNED_VALIDITY = Duration.ofDays(30);
    /** The one JWS codec, with the trust list's header rules. */
    static final CompactJws.Profile PROFILE = CompactJws.Profile.typed(SIGNED_TYPE, MAX_BYTES * 2);

    private static final JsonLimits LIMITS = new JsonLimits(MAX_BYTES, 8, 4096, 200_000, 20, 0);
    private static final long MAX_SECONDS = 253402300799L;

    private final Map<String, TrustedIssuer> issuers;
    private final Map<String, TrustedKey> keys;
    private final Long sequence;
    private final Instant issuedAt;
    private final Instant expiresAt;

    private TrustList(Map<String, TrustedIssuer> issuers, Long sequence, Instant issuedAt, Instant expiresAt)
            throws TrustListException {
        Map<String, TrustedKey> byKid = new HashMap<>();
        for (TrustedIssuer issuer : issuers.values()) {
            for (IssuerKey key : issuer.keys()) {
                if (byKid.put(key.kid(), new TrustedKey(issuer, key)) != null) {
                    // The kid alone finds the key before the credential is read: it must be unique in the list.
                    throw new TrustListException("Two keys in the trust list share the kid " + LogSafe.value(key.kid()));
                }
            }
        }
        if (issuedAt != null && expiresAt != null && !expiresAt.isAfter(issuedAt)) {
            throw new TrustListException("Trust list exp must be after iat");
        }
        this.issuers = Collections.unmodifiableMap(issuers);
        this.keys = Collections.unmodifiableMap(byKid);
        this.sequence = sequence;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    /**
     * {@return a list of these issuers}
     *
     * @param issuers the trusted issuers
     */
    public static TrustList of(List<TrustedIssuer> issuers) throws TrustListException {
        Map<String, TrustedIssuer> map = new LinkedHashMap<>();
        for (TrustedIssuer i : issuers) {
            if (map.put(i.iss(), i) != null) {
                throw new TrustListException("Issuer listed twice: " + LogSafe.value(i.iss()));
            }
        }
        return new TrustList(map, null, null, null);
    }

    /** {@return an empty list} */
    public static TrustList empty() {
        try {
            return new TrustList(new LinkedHashMap<>(), null, null, null);
        } catch (TrustListException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * This list with an issuer added or replaced.
     *
     * @param issuer the issuer to add or replace
     * @return a new list with the issuer added or replaced
     * @throws IllegalArgumentException when one of its keys has the {@code kid} of another issuer's key
     */
    public TrustList with(TrustedIssuer issuer) {
        Map<String, TrustedIssuer> map = new LinkedHashMap<>(issuers);
        map.put(issuer.iss(), issuer);
        try {
            return new TrustList(map, sequence, issuedAt, expiresAt);
        } catch (TrustListException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * This list with the metadata a signed list carries.
     *
     * @param sequence  increases with every list the signer publishes (verifiers refuse going back)
     * @param issuedAt  {@code iat}
     * @param expiresAt {@code exp}, after {@code iat}; verifiers refuse the list from then on
     * @return a new list with this metadata
     * @throws IllegalArgumentException for a negative sequence or {@code exp} not after {@code iat}
     */
    public TrustList withMetadata(long sequence, Instant issuedAt, Instant expiresAt) {
        if (sequence < 0 || !expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("sequence must be >= 0 and exp after iat");
        }
        try {
            return new TrustList(new LinkedHashMap<>(issuers), sequence, issuedAt.truncatedTo(ChronoUnit.SECONDS),
                    expiresAt.truncatedTo(ChronoUnit.SECONDS));
        } catch (TrustListException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * {@return the issuer with this {@code iss}}
     *
     * @param iss the issuer URI ({@code https})
     */
    public Optional<TrustedIssuer> issuer(String iss) {
        return Optional.ofNullable(issuers.get(iss));
    }

    /**
     * {@return the key with this {@code kid} and the issuer owning it (a {@code kid} is unique in a list)}
     *
     * @param kid the key id
     */
    public Optional<TrustedKey> key(String kid) {
        return Optional.ofNullable(keys.get(kid));
    }

    /** {@return all issuers} */
    public List<TrustedIssuer> issuers() {
        return List.copyOf(issuers.values());
    }

    /** {@return the list's {@code sequence}, when it has one (signed lists always do)} */
    public OptionalLong sequence() {
        return sequence == null ? OptionalLong.empty() : OptionalLong.of(sequence);
    }

    /** {@return the list's {@code iat}, when it has one} */
    public Optional<Instant> issuedAt() {
        return Optional.ofNullable(issuedAt);
    }

    /** {@return the list's {@code exp}, when it has one} */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    /**
     * Parses an unsigned trust list ({@code sequence}, {@code iat}, {@code exp} optional).
     *
     * @param json the JSON text
     * @return the trust list
     * @throws TrustListException for anything outside the schema, including {@code null}
     */
    public static TrustList parse(byte[] json) throws TrustListException {
        try {
            return read(JsonObjectReader.of(StrictJson.parse(json, LIMITS)));
        } catch (JsonFormatException e) {
            throw new TrustListException("Trust list: " + e.getMessage());
        } catch (TrustListException e) {
            throw e;
        } catch (RuntimeException e) {
            // Nimbus or the JDK on a hostile key: still a trust list outside the schema.
            throw new TrustListException("Trust list: unusable value (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static TrustList read(JsonObjectReader root) throws TrustListException {
        if (root.integer("version", 0, Integer.MAX_VALUE) != 1) {
            throw new TrustListException("Trust list version must be 1");
        }
        Long sequence = root.optInteger("sequence", 0, Long.MAX_VALUE).orElse(null);
        Instant iat = root.optInteger("iat", 0, MAX_SECONDS).map(Instant::ofEpochSecond).orElse(null);
        Instant exp = root.optInteger("exp", 0, MAX_SECONDS).map(Instant::ofEpochSecond).orElse(null);
        JsonNode list = root.optArray("issuers").orElse(null);
        if (list == null || list.size() > MAX_ISSUERS) {
            throw new TrustListException("issuers must be an array of at most " + MAX_ISSUERS);
        }
        root.end();
        Map<String, TrustedIssuer> map = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            TrustedIssuer issuer = parseIssuer(JsonObjectReader.of(list.get(i), "$.issuers[" + i + "]"));
            if (map.put(issuer.iss(), issuer) != null) {
                throw new TrustListException("Issuer listed twice: " + LogSafe.value(issuer.iss()));
            }
        }
        return new TrustList(map, sequence, iat, exp);
    }

    private static TrustedIssuer parseIssuer(JsonObjectReader node) throws TrustListException {
        String iss = node.string("iss");
        IssuingCountry country = IssuingCountry.fromCode(node.string("country"))
                .orElseThrow(() -> new TrustListException("Unknown country"));
        TrustedIssuer.Builder b = TrustedIssuer.builder(iss, country)
                .displayName(node.optString("displayName").orElse(null))
                .validity(instant(node, "validFrom"), instant(node, "validUntil"));
        Optional<Long> maxDays = node.optInteger("maxValidityDays", 1, TrustedIssuer.MAX_VALIDITY_DAYS_LIMIT);
        if (maxDays.isPresent()) {
            b.maxCredentialValidity(Duration.ofDays(maxDays.get()));
        }
        JsonObjectReader jwks = node.object("jwks");
        JsonNode keys = jwks.optArray("keys").orElse(null);
        jwks.end();
        if (keys == null || keys.size() == 0 || keys.size() > MAX_KEYS) {
            throw new TrustListException("jwks.keys must hold 1.." + MAX_KEYS + " keys");
        }
        Optional<JsonObjectReader> statusNode = node.optObject("keyStatus");
        node.end();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            JWK jwk = parseJwk(keys.get(i), jwks.pathOf("keys") + "[" + i + "]");
            IssuerKey active = IssuerKey.of(jwk, KeyStatus.ACTIVE, null);
            seen.add(active.kid());
            if (statusNode.isEmpty() || !statusNode.get().has(active.kid())) {
                b.key(active);
            } else {
                JsonObjectReader st = statusNode.get().object(active.kid());
                String statusName = st.string("status");
                KeyStatus status;
                try {
                    status = KeyStatus.valueOf(statusName.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new TrustListException("Unknown key status");
                }
                Instant since = st.has("since") ? instant(st, "since") : null;
                st.end();
                b.key(IssuerKey.of(jwk, status, since));
            }
        }
        if (statusNode.isPresent()) {
            for (String kid : statusNode.get().names()) {
                if (!seen.contains(kid)) {
                    throw new TrustListException("keyStatus names a kid that is not in jwks");
                }
            }
        }
        return b.build();
    }

    /**
     * Parses a signed trust list at the current time, verifying it with the pinned signer key first: the one JWS
     * codec with header exactly {@code alg}, {@code kid}, {@code typ}, algorithm and {@code kid} pinned to the
     * signer's; then {@code sequence}, {@code iat} and {@code exp} are required and the list must not be expired.
     * Surrounding whitespace (a file's final newline) is ignored. For rollback protection across updates use
     * {@link SignedTrustListReader}.
     *
     * @param jws the compact JWS
     * @param pinnedSigner the one key allowed to sign the list
     * @return the verified trust list
     * @throws TrustListException when the JWS is {@code null}, malformed, not signed by the pinned key, expired or
     *                            outside the schema
     */
    public static TrustList parseSigned(String jws, IssuerKey pinnedSigner) throws TrustListException {
        return parseSigned(jws, pinnedSigner, Instant.now(), 0);
    }

    /**
     * Parses a signed trust list as of {@code at}, refusing a {@code sequence} below {@code minimumSequence}.
     *
     * @param jws the compact JWS
     * @param pinnedSigner the one key allowed to sign the list
     * @param at the verification time
     * @param minimumSequence the lowest sequence number accepted (rollback protection)
     * @return the verified trust list
     * @throws TrustListException when the JWS is {@code null}, malformed, not signed by the pinned key, expired at
     *                            {@code at}, issued more than 5 minutes after {@code at}, older than
     *                            {@code minimumSequence} or outside the schema
     */
    public static TrustList parseSigned(String jws, IssuerKey pinnedSigner, Instant at, long minimumSequence)
            throws TrustListException {
        if (jws == null) {
            throw new TrustListException("No signed trust list given");
        }
        CompactJws parsed;
        try {
            parsed = CompactJws.parse(jws.strip(), PROFILE);
        } catch (CredentialFormatException e) {
            throw new TrustListException("Signed trust list: " + e.getMessage());
        }
        if (parsed.algorithm() != pinnedSigner.algorithm()) {
            throw new TrustListException("Trust list algorithm is not the pinned signer's");
        }
        if (!pinnedSigner.kid().equals(parsed.kid())) {
            throw new TrustListException("Trust list is not signed by the pinned signer");
        }
        if (!pinnedSigner.verify(parsed.signingInput(), parsed.signature())) {
            throw new TrustListException("Trust list signature does not verify with the pinned signer key");
        }
        TrustList list = parse(parsed.payload());
        if (list.sequence == null || list.issuedAt == null || list.expiresAt == null) {
            throw new TrustListException("A signed trust list needs sequence, iat and exp");
        }
        if (!at.isBefore(list.expiresAt)) {
            throw new TrustListException("Trust list expired at " + list.expiresAt);
        }
        if (at.plus(Duration.ofMinutes(5)).isBefore(list.issuedAt)) {
            throw new TrustListException("Trust list issued in the future");
        }
        if (list.sequence < minimumSequence) {
            throw new TrustListException("Trust list sequence " + list.sequence + " is older than " + minimumSequence
                    + " (rollback)");
        }
        return list;
    }

    /** {@return the list as JSON (deterministic, indented)} */
    public byte[] toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode().put("version", 1);
        if (sequence != null) {
            root.put("sequence", sequence);
        }
        if (issuedAt != null) {
            root.put("iat", issuedAt.getEpochSecond());
        }
        if (expiresAt != null) {
            root.put("exp", expiresAt.getEpochSecond());
        }
        ArrayNode list = root.putArray("issuers");
        for (TrustedIssuer i : issuers.values()) {
            ObjectNode n = list.addObject();
            n.put("iss", i.iss()).put("country", i.country().alpha2()).put("displayName", i.displayName())
                    .put("validFrom", i.validFrom().toString()).put("validUntil", i.validUntil().toString());
            if (!i.maxCredentialValidity().equals(TrustedIssuer.DEFAULT_MAX_VALIDITY)) {
                n.put("maxValidityDays", i.maxCredentialValidity().toDays());
            }
            ArrayNode keys = n.putObject("jwks").putArray("keys");
            ObjectNode statuses = f.objectNode();
            for (IssuerKey k : i.keys()) {
                Map<String, Object> jwk = new LinkedHashMap<>(k.jwk().toJSONObject());
                jwk.put("kid", k.kid());
                jwk.put("alg", k.algorithm().jwsName());
                keys.add(ResidentIdJson.mapper().valueToTree(jwk));
                if (k.status() != KeyStatus.ACTIVE) {
                    statuses.putObject(k.kid()).put("status", k.status().name().toLowerCase(Locale.ROOT))
                            .put("since", k.statusSince().orElseThrow().toString());
                }
            }
            if (!statuses.isEmpty()) {
                n.set("keyStatus", statuses);
            }
        }
        try {
            return ResidentIdJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The list signed as a compact JWS by a trust-list signer. A list without metadata is signed with
     * {@code iat} = now, {@code exp} = now + {@link #DEFAULT_SIGNED_VALIDITY} and {@code sequence} = {@code iat} in
     * epoch seconds (so successive lists of one signer increase).
     *
     * @param signer the signing key
     * @return the signed trust list (a compact JWS)
     */
    public String sign(SigningKey signer) {
        TrustList signed = this;
        if (sequence == null || issuedAt == null || expiresAt == null) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            signed = withMetadata(now.getEpochSecond(), now, now.plus(DEFAULT_SIGNED_VALIDITY));
        }
        return CompactJws.sign(PROFILE, signer.algorithm(), signer.kid(), signed.toJson(), signer::sign);
    }

    /**
     * A public JWK read member by member (public members only: {@code kty crv x y kid alg use}), then built with
     * Nimbus's builders: the untrusted JSON itself never reaches a JSON library other than the strict layer.
     */
    private static JWK parseJwk(JsonNode k, String path) throws TrustListException {
        JsonObjectReader r = JsonObjectReader.of(k, path);
        String kty = r.string("kty");
        String crv = member(r, "crv", true);
        String x = member(r, "x", true);
        String y = "EC".equals(kty) ? member(r, "y", true) : null;
        String kid = member(r, "kid", false);
        String alg = member(r, "alg", false);
        String use = member(r, "use", false);
        r.end();
        if (use != null && !"sig".equals(use)) {
            throw new TrustListException("JWK use must be sig");
        }
        try {
            JWK jwk;
            if ("EC".equals(kty) && "P-256".equals(crv)) {
                jwk = new ECKey.Builder(Curve.P_256, new Base64URL(x), new Base64URL(y)).keyID(kid).build();
            } else if ("OKP".equals(kty) && "Ed25519".equals(crv)) {
                jwk = new OctetKeyPair.Builder(Curve.Ed25519, new Base64URL(x)).keyID(kid).build();
            } else {
                throw new TrustListException("Only EC P-256 and OKP Ed25519 keys are supported");
            }
            if (alg != null && !alg.equals(jwk.getKeyType() == KeyType.EC ? "ES256" : "EdDSA")) {
                throw new TrustListException("Key alg does not match its key type");
            }
            return jwk;
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Nimbus refuses points off the curve and malformed base64url this way.
            throw new TrustListException("Invalid JWK at " + path + ": " + LogSafe.value(e.getMessage()));
        }
    }

    private static String member(JsonObjectReader r, String name, boolean required) throws TrustListException {
        Optional<String> value = r.optString(name);
        if (value.isEmpty()) {
            if (required) {
                throw new TrustListException("JWK member " + r.pathOf(name) + " is missing");
            }
            return null;
        }
        if (value.get().isEmpty() || value.get().length() > 128) {
            throw new TrustListException("JWK member " + r.pathOf(name) + " must be 1..128 characters");
        }
        return value.get();
    }

    private static Instant instant(JsonObjectReader node, String name) throws TrustListException {
        String text = node.string(name);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new TrustListException(node.pathOf(name) + " must be an ISO instant");
        }
    }

    @Override
    public String toString() {
        return "TrustList" + issuers.keySet();
    }
}
