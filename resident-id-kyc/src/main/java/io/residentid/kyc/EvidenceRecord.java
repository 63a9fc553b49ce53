package io.residentid.kyc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import io.residentid.core.report.Finding;
import io.residentid.core.report.Report;
import io.residentid.core.report.Verdict;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The evidence record: a {@link KycReport}'s JSON signed by the bank's key as a compact JWS (ES256, header
 * {@code typ} {@code kyc-report+jwt}, {@code kid} the key's RFC 7638 thumbprint), verifiable by any JOSE library.
 * Verification checks the header and the signature before it reads the payload.
 */
public final class EvidenceRecord {

    /** The JWS {@code typ}. */
    public static final String TYPE = "kyc-report+jwt";
    /** Upper bound on a record, in characters. */
    public static final int MAX_CHARS = 1 << 20;
    /** Upper bound on a JWK file, in bytes. */
    public static final int MAX_KEY_BYTES = 16 * 1024;

    private EvidenceRecord() {
    }

    /** {@return a new P-256 signing key for records, with its thumbprint as {@code kid}} */
    public static ECKey generateKey() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256)
                    .keyIDFromThumbprint(true).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("P-256 key generation", e);
        }
    }

    /**
     * Reads a P-256 JWK.
     *
     * @param json           the JWK
     * @param requirePrivate whether the private part must be present (for signing)
     * @return the key
     * @throws KycException {@link KycCode#KEY_MALFORMED}
     */
    public static ECKey parseKey(byte[] json, boolean requirePrivate) {
        if (json == null || json.length == 0 || json.length > MAX_KEY_BYTES) {
            throw new KycException(KycCode.KEY_MALFORMED, "$", null, "empty or larger than " + MAX_KEY_BYTES);
        }
        ECKey key;
        try {
            key = ECKey.parse(new String(json, StandardCharsets.UTF_8));
        } catch (ParseException | RuntimeException e) {
            throw new KycException(KycCode.KEY_MALFORMED, "$", null, "not an EC JWK");
        }
        if (!Curve.P_256.equals(key.getCurve())) {
            throw new KycException(KycCode.KEY_MALFORMED, "$.crv", null, "the curve must be P-256");
        }
        if (requirePrivate && !key.isPrivate()) {
            throw new KycException(KycCode.KEY_MALFORMED, "$.d", null, "the private part is missing");
        }
        return key;
    }

    /**
     * Signs a report.
     *
     * @param report the report
     * @param key the bank's P-256 private key
     * @return the record: a compact JWS (ES256)
     */
    public static String sign(KycReport report, ECKey key) {
        return sign(report.toJson(), key);
    }

    /**
     * Signs a report's JSON bytes.
     *
     * @param reportJson the report JSON
     * @param key the bank's P-256 private key
     * @return the record: a compact JWS (ES256)
     */
    public static String sign(byte[] reportJson, ECKey key) {
        Objects.requireNonNull(reportJson, "reportJson");
        Objects.requireNonNull(key, "key");
        try {
            String kid = key.getKeyID() != null ? key.getKeyID() : key.computeThumbprint().toString();
            JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256)
                    .type(new JOSEObjectType(TYPE)).keyID(kid).build(), new Payload(reportJson));
            jws.sign(new ECDSASigner(key));
            return jws.serialize();
        } catch (JOSEException e) {
            throw new KycException(KycCode.KEY_MALFORMED, "$", e, "the key cannot sign");
        }
    }

    /**
     * Verifies a record with the bank's public key; only after the signature verified is the payload read.
     *
     * @param compact the record, a compact JWS
     * @param publicKey the bank's P-256 public key
     * @return the verified record
     * @throws KycException {@link KycCode#RECORD_MALFORMED} when it is not a compact JWS of this type, or its
     *                      verified payload is not a report
     */
    public static Verification verify(String compact, ECKey publicKey) {
        Objects.requireNonNull(publicKey, "publicKey");
        return verify(compact, Es256Verifier.of(publicKey));
    }

    /** As {@link #verify(String, ECKey)}, with the key already decoded (re-verification of many records). */
    static Verification verify(String compact, Es256Verifier verifier) {
        if (compact == null || compact.isEmpty() || compact.length() > MAX_CHARS) {
            throw new KycException(KycCode.RECORD_MALFORMED, "$", null, "empty or longer than " + MAX_CHARS);
        }
        JWSObject jws;
        try {
            jws = JWSObject.parse(compact.trim());
        } catch (ParseException | RuntimeException e) {
            throw new KycException(KycCode.RECORD_MALFORMED, "$", null, "not a compact JWS");
        }
        JWSHeader h = jws.getHeader();
        if (!JWSAlgorithm.ES256.equals(h.getAlgorithm())) {
            throw new KycException(KycCode.RECORD_MALFORMED, "$.alg", null, "alg must be ES256");
        }
        if (h.getType() == null || !TYPE.equals(h.getType().getType())) {
            throw new KycException(KycCode.RECORD_MALFORMED, "$.typ", null, "typ must be " + TYPE);
        }
        if (h.getCriticalParams() != null && !h.getCriticalParams().isEmpty()) {
            throw new KycException(KycCode.RECORD_MALFORMED, "$.crit", null, "crit is not supported");
        }
        boolean valid = verifier.verify(jws.getSigningInput(), jws.getSignature().decode());
        if (!valid) {
            return new Verification(false, Optional.ofNullable(h.getKeyID()), Optional.empty());
        }
        ObjectNode report = KycJson.object(jws.getPayload().toBytes(), MAX_CHARS, KycCode.RECORD_MALFORMED);
        if (!KycReport.SCHEMA.equals(report.path("schema").asText())) {
            throw new KycException(KycCode.RECORD_MALFORMED, "$.schema", null, "schema must be " + KycReport.SCHEMA);
        }
        return new Verification(true, Optional.ofNullable(h.getKeyID()), Optional.of(report));
    }

    /**
     * The outcome of verifying a record: VALID with the report's JSON, or INVALID with
     * {@link KycCode#RECORD_SIGNATURE_INVALID} (and no payload: an unverified report is never read).
     *
     * @param signatureValid whether the signature verified
     * @param kid            the {@code kid} of the header, when present
     * @param report         the report's JSON, only when the signature verified
     */
    public record Verification(boolean signatureValid, Optional<String> kid, Optional<ObjectNode> report)
            implements Report {

        @Override
        public Verdict verdict() {
            return signatureValid ? Verdict.VALID : Verdict.INVALID;
        }

        @Override
        public List<Finding> findings() {
            return signatureValid ? List.of() : List.of(KycCode.RECORD_SIGNATURE_INVALID.finding());
        }
    }
}
