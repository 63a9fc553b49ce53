package io.residentid.qr.trust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.JWK;
import io.residentid.core.json.ResidentIdJson;
import io.residentid.core.model.IssuingCountry;
import io.residentid.qr.format.StrictJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The issuers a verifier trusts, with their public keys. JSON form (strictly parsed: unknown fields, duplicate keys,
 * private key members and oversized documents are rejected):
 * <pre>
 * {"version":1,"issuers":[{"iss":"https://id.rop.gov.om","country":"OM","displayName":"…",
 *   "validFrom":"2025-01-01T00:00:00Z","validUntil":"2035-01-01T00:00:00Z",
 *   "jwks":{"keys":[{"kty":"EC","crv":"P-256","x":"…","y":"…","kid":"…","alg":"ES256"}]},
 *   "keyStatus":{"&lt;kid&gt;":{"status":"retired","since":"2026-01-01T00:00:00Z"}}}]}
 * </pre>
 * Keys missing from {@code keyStatus} are active. A list may be signed as a compact JWS (ES256 or EdDSA, header
 * {@code alg}, {@code kid}, {@code typ}) by a signer whose public key the verifier pins. Immutable.
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

    private static final Set<String> TOP = Set.of("version", "issuers");
    private static final Set<String> ISSUER = Set.of("iss", "country", "displayName", "validFrom", "validUntil", "jwks", "keyStatus");
    private static final Set<String> EC_MEMBERS = Set.of("kty", "crv", "x", "y", "kid", "alg", "use");
    private static final Set<String> OKP_MEMBERS = Set.of("kty", "crv", "x", "kid", "alg", "use");

    private final Map<String, TrustedIssuer> issuers;

    private TrustList(Map<String, TrustedIssuer> issuers) {
        this.issuers = java.util.Collections.unmodifiableMap(issuers);
    }

    /** A list of these issuers. */
    public static TrustList of(List<TrustedIssuer> issuers) throws TrustListException {
        Map<String, TrustedIssuer> map = new LinkedHashMap<>();
        for (TrustedIssuer i : issuers) {
            if (map.put(i.iss(), i) != null) {
                throw new TrustListException("Issuer listed twice: " + i.iss());
            }
        }
        return new TrustList(map);
    }

    /** An empty list. */
    public static TrustList empty() {
        return new TrustList(new LinkedHashMap<>());
    }

    /** This list with an issuer added or replaced. */
    public TrustList with(TrustedIssuer issuer) {
        Map<String, TrustedIssuer> map = new LinkedHashMap<>(issuers);
        map.put(issuer.iss(), issuer);
        return new TrustList(map);
    }

    /** The issuer with this {@code iss}. */
    public Optional<TrustedIssuer> issuer(String iss) {
        return Optional.ofNullable(issuers.get(iss));
    }

    /** All issuers. */
    public List<TrustedIssuer> issuers() {
        return List.copyOf(issuers.values());
    }

    /**
     * Parses an unsigned trust list.
     *
     * @throws TrustListException for anything outside the schema, including {@code null}
     */
    public static TrustList parse(byte[] json) throws TrustListException {
        JsonNode root;
        try {
            root = StrictJson.parse(json, MAX_BYTES, 8);
        } catch (StrictJson.Exception e) {
            throw new TrustListException("Trust list: " + e.getMessage());
        }
        known(root, TOP, "trust list");
        if (root.path("version").asInt(-1) != 1 || !root.get("version").isIntegralNumber()) {
            throw new TrustListException("Trust list version must be 1");
        }
        JsonNode list = root.get("issuers");
        if (list == null || !list.isArray() || list.size() > MAX_ISSUERS) {
            throw new TrustListException("issuers must be an array of at most " + MAX_ISSUERS);
        }
        List<TrustedIssuer> result = new ArrayList<>();
        for (JsonNode node : list) {
            result.add(parseIssuer(node));
        }
        return of(result);
    }

    private static TrustedIssuer parseIssuer(JsonNode node) throws TrustListException {
        known(node, ISSUER, "issuer");
        String iss = text(node, "iss");
        IssuingCountry country = IssuingCountry.fromCode(text(node, "country"))
                .orElseThrow(() -> new TrustListException("Unknown country"));
        TrustedIssuer.Builder b = TrustedIssuer.builder(iss, country)
                .displayName(node.has("displayName") ? text(node, "displayName") : null)
                .validity(instant(node, "validFrom"), instant(node, "validUntil"));
        JsonNode jwks = node.get("jwks");
        if (jwks == null || !jwks.isObject()) {
            throw new TrustListException("jwks must be a JWK set");
        }
        known(jwks, Set.of("keys"), "jwks");
        JsonNode keys = jwks.get("keys");
        if (keys == null || !keys.isArray() || keys.size() == 0 || keys.size() > MAX_KEYS) {
            throw new TrustListException("jwks.keys must hold 1.." + MAX_KEYS + " keys");
        }
        JsonNode statusNode = node.get("keyStatus");
        if (statusNode != null && !statusNode.isObject()) {
            throw new TrustListException("keyStatus must be an object");
        }
        Set<String> seen = new java.util.HashSet<>();
        for (JsonNode k : keys) {
            JWK jwk = parseJwk(k);
            IssuerKey active = IssuerKey.of(jwk, KeyStatus.ACTIVE, null);
            seen.add(active.kid());
            JsonNode st = statusNode == null ? null : statusNode.get(active.kid());
            if (st == null) {
                b.key(active);
            } else {
                known(st, Set.of("status", "since"), "keyStatus");
                KeyStatus status;
                try {
                    status = KeyStatus.valueOf(text(st, "status").toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new TrustListException("Unknown key status");
                }
                b.key(IssuerKey.of(jwk, status, st.has("since") ? instant(st, "since") : null));
            }
        }
        if (statusNode != null) {
            for (Iterator<String> it = statusNode.fieldNames(); it.hasNext(); ) {
                if (!seen.contains(it.next())) {
                    throw new TrustListException("keyStatus names a kid that is not in jwks");
                }
            }
        }
        return b.build();
    }

    private static JWK parseJwk(JsonNode k) throws TrustListException {
        if (!k.isObject()) {
            throw new TrustListException("A JWK must be an object");
        }
        String kty = k.path("kty").asText("");
        known(k, "EC".equals(kty) ? EC_MEMBERS : "OKP".equals(kty) ? OKP_MEMBERS : Set.of(), "JWK (public members only)");
        for (Iterator<Map.Entry<String, JsonNode>> it = k.fields(); it.hasNext(); ) {
            if (!it.next().getValue().isTextual()) {
                throw new TrustListException("JWK members must be strings");
            }
        }
        if (k.has("use") && !"sig".equals(k.get("use").textValue())) {
            throw new TrustListException("JWK use must be sig");
        }
        try {
            return JWK.parse(k.toString());
        } catch (java.text.ParseException | RuntimeException e) {
            throw new TrustListException("Invalid JWK: " + e.getMessage());
        }
    }

    /**
     * Parses a signed trust list, verifying it with the pinned signer key first. The header may only carry
     * {@code alg}, {@code kid} and {@code typ}; the algorithm is pinned to the signer key's.
     *
     * @throws TrustListException when the JWS is {@code null}, malformed, not signed by the pinned key or outside
     *                            the schema
     */
    public static TrustList parseSigned(String jws, IssuerKey pinnedSigner) throws TrustListException {
        if (jws == null) {
            throw new TrustListException("No signed trust list given");
        }
        if (jws.length() > MAX_BYTES * 2) {
            throw new TrustListException("Signed trust list too large");
        }
        String[] parts = jws.strip().split("\\.", -1);
        if (parts.length != 3) {
            throw new TrustListException("A signed trust list is a compact JWS");
        }
        byte[] headerBytes;
        byte[] payload;
        byte[] signature;
        try {
            Base64.Decoder d = Base64.getUrlDecoder();
            headerBytes = d.decode(parts[0]);
            payload = d.decode(parts[1]);
            signature = d.decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new TrustListException("Signed trust list: invalid base64url");
        }
        JsonNode header;
        try {
            header = StrictJson.parse(headerBytes, 512, 2);
        } catch (StrictJson.Exception e) {
            throw new TrustListException("Signed trust list header: " + e.getMessage());
        }
        known(header, Set.of("alg", "kid", "typ"), "trust list header");
        if (!pinnedSigner.algorithm().jwsName().equals(header.path("alg").asText(null))) {
            throw new TrustListException("Trust list algorithm is not the pinned signer's");
        }
        if (!pinnedSigner.kid().equals(header.path("kid").asText(null))) {
            throw new TrustListException("Trust list is not signed by the pinned signer");
        }
        if (!SIGNED_TYPE.equals(header.path("typ").asText(null))) {
            throw new TrustListException("Trust list typ must be " + SIGNED_TYPE);
        }
        byte[] input = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
        if (!pinnedSigner.verify(input, signature)) {
            throw new TrustListException("Trust list signature does not verify with the pinned signer key");
        }
        return parse(payload);
    }

    /** The list as JSON (deterministic, indented). */
    public byte[] toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode().put("version", 1);
        ArrayNode list = root.putArray("issuers");
        for (TrustedIssuer i : issuers.values()) {
            ObjectNode n = list.addObject();
            n.put("iss", i.iss()).put("country", i.country().alpha2()).put("displayName", i.displayName())
                    .put("validFrom", i.validFrom().toString()).put("validUntil", i.validUntil().toString());
            ArrayNode keys = n.putObject("jwks").putArray("keys");
            ObjectNode statuses = f.objectNode();
            for (IssuerKey k : i.keys()) {
                Map<String, Object> jwk = new LinkedHashMap<>(k.publicJwk().toJSONObject());
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

    /** The list signed as a compact JWS by a trust-list signer. */
    public String sign(SigningKey signer) {
        Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
        String header = "{\"alg\":\"" + signer.algorithm().jwsName() + "\",\"kid\":\"" + signer.kid()
                + "\",\"typ\":\"" + SIGNED_TYPE + "\"}";
        String input = enc.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "." + enc.encodeToString(toJson());
        return input + "." + enc.encodeToString(signer.sign(input.getBytes(StandardCharsets.US_ASCII)));
    }

    private static void known(JsonNode node, Set<String> allowed, String where) throws TrustListException {
        if (node == null || !node.isObject()) {
            throw new TrustListException(where + " must be an object");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                throw new TrustListException("Unknown field in " + where + ": " + (name.length() > 32 ? name.substring(0, 32) : name));
            }
        }
    }

    private static String text(JsonNode node, String name) throws TrustListException {
        JsonNode n = node.get(name);
        if (n == null || !n.isTextual() || n.textValue().length() > 512) {
            throw new TrustListException(name + " must be a string");
        }
        return n.textValue();
    }

    private static Instant instant(JsonNode node, String name) throws TrustListException {
        try {
            return Instant.parse(text(node, name));
        } catch (DateTimeParseException e) {
            throw new TrustListException(name + " must be an ISO instant");
        }
    }


    @Override
    public String toString() {
        return "TrustList" + issuers.keySet();
    }
}
