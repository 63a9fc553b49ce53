package io.residentid.qr.verify;

import com.fasterxml.jackson.databind.JsonNode;
import io.residentid.core.report.Finding;
import io.residentid.core.report.Messages;
import io.residentid.core.report.Severity;
import io.residentid.qr.format.ClaimsCodec;
import io.residentid.qr.format.CompactJws;
import io.residentid.qr.format.CredentialClaims;
import io.residentid.qr.format.CredentialFormatException;
import io.residentid.qr.format.EccLevel;
import io.residentid.qr.format.FailureCode;
import io.residentid.qr.format.QrSymbol;
import io.residentid.qr.format.QrText;
import io.residentid.qr.format.RawDeflate;
import io.residentid.qr.status.StatusChecker;
import io.residentid.qr.status.StatusOutcome;
import io.residentid.qr.trust.IssuerKey;
import io.residentid.qr.trust.TrustList;
import io.residentid.qr.trust.TrustedIssuer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Verifies QR credentials offline against a trust list, in a fixed fail-fast order (see {@code FORMAT.md}):
 * <ol>
 * <li>size caps ({@code PAYLOAD_TOO_LARGE}), prefix and numeric decoding ({@code MALFORMED_QR_TEXT});</li>
 * <li>JWS structure ({@code MALFORMED_JWS}), raw header allow-list ({@code HEADER_NOT_ALLOWED}), algorithm
 * ({@code UNSUPPORTED_ALGORITHM});</li>
 * <li>bounded inflation ({@code DECOMPRESSION_FAILED}, {@code DECOMPRESSED_TOO_LARGE}) and strict JSON to read
 * {@code iss} ({@code DUPLICATE_CLAIM}, {@code SCHEMA_INVALID});</li>
 * <li>key lookup by ({@code iss}, {@code kid}) only ({@code UNKNOWN_ISSUER}, {@code UNKNOWN_KEY}), algorithm pinned
 * to the key ({@code UNSUPPORTED_ALGORITHM}), signature of exactly 64 raw bytes ({@code SIGNATURE_INVALID});</li>
 * <li>schema ({@code SCHEMA_INVALID}), country of the issuer ({@code COUNTRY_MISMATCH}), {@code nbf}/{@code exp} with clock skew ({@code NOT_YET_VALID},
 * {@code EXPIRED}), issuer and key status at the verification time ({@code ISSUER_NOT_ACTIVE},
 * {@code KEY_NOT_ACTIVE}), revocation ({@code REVOKED}, {@code STATUS_UNAVAILABLE}).</li>
 * </ol>
 * Keys never come from the credential ({@code jku}, {@code x5u}, {@code jwk} are refused by the allow-list).
 * Thread-safe.
 *
 * <pre>{@code
 * CredentialVerifier verifier = CredentialVerifier.builder(trustList).statusChecker(checker).build();
 * VerificationReport report = verifier.verify(qrText);
 * }</pre>
 */
public final class CredentialVerifier {

    static final Messages MESSAGES = Messages.forPackageOf(CredentialVerifier.class);
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CredentialVerifier.class);

    private final TrustList trustList;
    private final StatusChecker statusChecker;
    private final Duration clockSkew;
    private final Clock clock;
    private final boolean requireStatus;

    private CredentialVerifier(Builder b) {
        this.trustList = b.trustList;
        this.statusChecker = b.statusChecker;
        this.clockSkew = b.clockSkew;
        this.clock = b.clock;
        this.requireStatus = b.requireStatus;
    }

    /** A builder around the trust list. */
    public static Builder builder(TrustList trustList) {
        return new Builder(trustList);
    }

    /** Verifies at the clock's current time. */
    public VerificationReport verify(String qrText) {
        return verify(qrText, clock.instant(), EccLevel.M);
    }

    /** Verifies at a given time (for the QR version, the symbol is assumed to use level M). */
    public VerificationReport verify(String qrText, Instant at) {
        return verify(qrText, at, EccLevel.M);
    }

    /**
     * Verifies at a given time.
     *
     * @param level the error-correction level the symbol was scanned with, for {@link VerificationReport#qrVersion()}
     */
    public VerificationReport verify(String qrText, Instant at, EccLevel level) {
        Pipeline p = new Pipeline();
        try {
            p.run(qrText, at, level);
        } catch (CredentialFormatException e) {
            p.fail(e.code(), e.getMessage());
        }
        return new VerificationReport(p.findings, p.issuer, p.kid, p.claims, p.qrVersion);
    }

    /** One verification's state; the first failure ends it. */
    private final class Pipeline {
        final List<Finding> findings = new ArrayList<>(2);
        String issuer;
        String kid;
        CredentialClaims claims;
        int qrVersion;

        void run(String text, Instant at, EccLevel level) throws CredentialFormatException {
            byte[] jwsAscii = QrText.decodeToAscii(text);
            qrVersion = versionOf(text, level);
            CompactJws jws = CompactJws.parse(jwsAscii);
            kid = jws.kid();
            byte[] json = RawDeflate.inflate(jws.payload(), RawDeflate.MAX_INFLATED);
            JsonNode tree = ClaimsCodec.readTree(json);
            issuer = ClaimsCodec.issuerOf(tree);
            TrustedIssuer trusted = trustList.issuer(issuer).orElse(null);
            if (trusted == null) {
                fail(FailureCode.UNKNOWN_ISSUER, "Issuer not in the trust list");
                return;
            }
            IssuerKey key = trusted.key(kid).orElse(null);
            if (key == null) {
                fail(FailureCode.UNKNOWN_KEY, "No key with this kid for the issuer");
                return;
            }
            if (key.algorithm() != jws.algorithm()) {
                fail(FailureCode.UNSUPPORTED_ALGORITHM, "Algorithm is not the one the key is pinned to");
                return;
            }
            byte[] signature = jws.signature();
            if (signature.length != 64 || !key.verify(jws.signingInput(), signature)) {
                fail(FailureCode.SIGNATURE_INVALID, signature.length != 64
                        ? "Signature is " + signature.length + " bytes, not 64 raw bytes" : "Signature does not verify");
                return;
            }
            CredentialClaims c = ClaimsCodec.fromTree(tree);
            if (c.rid().country() != trusted.country()) {
                // An issuer is trusted for its own country's documents only.
                fail(FailureCode.COUNTRY_MISMATCH, "Credential country differs from the issuer's");
                return;
            }
            if (at.plus(clockSkew).isBefore(c.notBefore())) {
                fail(FailureCode.NOT_YET_VALID, "Not valid before nbf");
                return;
            }
            if (!at.minus(clockSkew).isBefore(c.expiresAt())) {
                fail(FailureCode.EXPIRED, "Expired");
                return;
            }
            if (!trusted.validAt(at)) {
                fail(FailureCode.ISSUER_NOT_ACTIVE, "Issuer not trusted at the verification time");
                return;
            }
            if (!key.acceptsCredential(c.notBefore(), at)) {
                fail(FailureCode.KEY_NOT_ACTIVE, "Key " + key.status().name().toLowerCase(java.util.Locale.ROOT));
                return;
            }
            claims = c;
            if (c.status() != null) {
                if (statusChecker == null) {
                    if (requireStatus) {
                        fail(FailureCode.STATUS_UNAVAILABLE, "No status checker configured");
                        claims = null;
                    } else {
                        findings.add(Finding.of(MESSAGES, FailureCode.STATUS_NOT_CHECKED.name(), Severity.WARNING));
                    }
                    return;
                }
                StatusOutcome outcome = statusChecker.check(c.status(), trusted, at);
                switch (outcome.result()) {
                    case REVOKED:
                        fail(FailureCode.REVOKED, outcome.detail());
                        break;
                    case UNAVAILABLE:
                        fail(FailureCode.STATUS_UNAVAILABLE, outcome.detail());
                        break;
                    case STALE_ACCEPTED:
                        findings.add(Finding.of(MESSAGES, FailureCode.STATUS_STALE.name(), Severity.WARNING));
                        break;
                    default:
                        break;
                }
            }
        }

        void fail(FailureCode code, String detail) {
            // The detail never holds personal data: only sizes, positions and parameter names.
            LOG.debug("Credential rejected: {} ({}), issuer {}, kid {}", code, detail, issuer, kid);
            findings.add(Finding.of(MESSAGES, code.name(), Severity.ERROR));
        }
    }

    private static int versionOf(String text, EccLevel level) {
        try {
            return QrSymbol.version(text, level);
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }

    /** Builds a {@link CredentialVerifier}. */
    public static final class Builder {
        private final TrustList trustList;
        private StatusChecker statusChecker;
        private Duration clockSkew = Duration.ofSeconds(60);
        private Clock clock = Clock.systemUTC();
        private boolean requireStatus;

        private Builder(TrustList trustList) {
            this.trustList = Objects.requireNonNull(trustList, "trustList");
        }

        /** Checks status list entries with this checker (default: none, status not checked). */
        public Builder statusChecker(StatusChecker checker) {
            this.statusChecker = checker;
            return this;
        }

        /** Without a checker, fail credentials that carry a status reference with {@code STATUS_UNAVAILABLE}. */
        public Builder requireStatusCheck(boolean require) {
            this.requireStatus = require;
            return this;
        }

        /** Tolerance for {@code nbf}/{@code exp} (default 60 s, at most 10 minutes). */
        public Builder clockSkew(Duration skew) {
            if (skew.isNegative() || skew.compareTo(Duration.ofMinutes(10)) > 0) {
                throw new IllegalArgumentException("Clock skew must be 0..10 minutes");
            }
            this.clockSkew = skew;
            return this;
        }

        /** The clock for {@link #verify(String)} (default system UTC). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /** Builds the verifier. */
        public CredentialVerifier build() {
            return new CredentialVerifier(this);
        }
    }
}
