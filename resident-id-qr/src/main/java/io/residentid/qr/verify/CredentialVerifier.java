package io.residentid.qr.verify;

import io.residentid.qr.internal.QrSymbol;
import io.residentid.qr.internal.NameCharacters;
import io.residentid.qr.internal.CompactJws;
import io.residentid.qr.internal.RawDeflate;
import io.residentid.core.report.Finding;
import io.residentid.core.report.Messages;
import io.residentid.core.report.Severity;
import io.residentid.qr.format.ClaimsCodec;
import io.residentid.qr.format.CredentialClaims;
import io.residentid.qr.format.CredentialFormatException;
import io.residentid.qr.format.EccLevel;
import io.residentid.qr.format.FailureCode;
import io.residentid.qr.internal.LogSafe;
import io.residentid.qr.format.QrText;
import io.residentid.qr.status.StatusChecker;
import io.residentid.qr.status.StatusOutcome;
import io.residentid.qr.trust.IssuerKey;
import io.residentid.qr.trust.TrustList;
import io.residentid.qr.trust.TrustedIssuer;
import io.residentid.qr.trust.TrustedKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Verifies QR credentials offline against a trust list, in a fixed fail-fast order (see {@code FORMAT.md}) that
 * verifies before it parses: nothing but the protected header is read before the signature verifies.
 * <ol>
 * <li>size caps ({@code PAYLOAD_TOO_LARGE}), prefix and numeric decoding ({@code MALFORMED_QR_TEXT});</li>
 * <li>JWS structure ({@code MALFORMED_JWS}), strict header allow-list ({@code HEADER_NOT_ALLOWED},
 * {@code HEADER_INVALID}), algorithm ({@code UNSUPPORTED_ALGORITHM});</li>
 * <li>key by {@code kid} in the whole trust list ({@code UNKNOWN_KEY}), algorithm pinned to the key
 * ({@code UNSUPPORTED_ALGORITHM}), signature of exactly 64 raw bytes ({@code SIGNATURE_INVALID});</li>
 * <li>bounded inflation ({@code DECOMPRESSION_FAILED}, {@code DECOMPRESSED_TOO_LARGE}), strict claims
 * ({@code DUPLICATE_CLAIM}, {@code SCHEMA_INVALID});</li>
 * <li>{@code iss} is the issuer owning the key ({@code UNKNOWN_ISSUER}, {@code ISSUER_MISMATCH}), country
 * ({@code COUNTRY_MISMATCH}), {@code iat}/{@code nbf}/{@code exp} with clock skew ({@code NOT_YET_VALID},
 * {@code EXPIRED}), issuer validity ({@code ISSUER_NOT_ACTIVE}), key active at {@code iat}
 * ({@code KEY_NOT_ACTIVE}), maximum validity ({@code VALIDITY_TOO_LONG}), revocation ({@code REVOKED},
 * {@code STATUS_UNAVAILABLE}, {@code STATUS_REFERENCE_MISSING}); names are checked for suspicious characters
 * ({@code SUSPICIOUS_CHARACTERS}, a warning).</li>
 * </ol>
 * Keys never come from the credential ({@code jku}, {@code x5u}, {@code jwk} are refused by the allow-list).
 * {@link #verify} never throws on any input: every fault is a coded finding. Thread-safe.
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

    /**
     * {@return a builder around the trust list}
     *
     * @param trustList the issuers and keys to trust
     */
    public static Builder builder(TrustList trustList) {
        return new Builder(trustList);
    }

    /**
     * Verifies at the clock's current time.
     *
     * @param qrText the scanned text ({@code rid:/} + digits)
     * @return the report (never null; a malformed text is a coded failure)
     */
    public VerificationReport verify(String qrText) {
        return verify(qrText, clock.instant(), EccLevel.M);
    }

    /**
     * Verifies at a given time (for the QR version, the symbol is assumed to use level M).
     *
     * @param qrText the scanned text ({@code rid:/} + digits)
     * @param at the verification time
     * @return the report (never null; a malformed text is a coded failure)
     */
    public VerificationReport verify(String qrText, Instant at) {
        return verify(qrText, at, EccLevel.M);
    }

    /**
     * Verifies at a given time. Never throws: malformed input of any kind is a coded failure in the report.
     *
     * @param level the error-correction level the symbol was scanned with, for {@link VerificationReport#qrVersion()}
     * @param qrText the scanned text ({@code rid:/} + digits)
     * @param at the verification time
     * @return the report (never null; a malformed text is a coded failure)
     */
    public VerificationReport verify(String qrText, Instant at, EccLevel level) {
        Pipeline p = new Pipeline();
        try {
            p.run(qrText, at == null ? clock.instant() : at, level == null ? EccLevel.M : level);
        } catch (CredentialFormatException e) {
            p.fail(e.failureCode(), e.getMessage());
        } catch (RuntimeException e) {
            // Defence in depth: an unexpected exception on hostile input is still a coded failure of the current stage.
            p.fail(p.stage, "Unexpected " + e.getClass().getSimpleName());
        }
        boolean valid = p.findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
        // An invalid (e.g. revoked) credential does not expose its claims.
        return new VerificationReport(p.findings, p.issuer, p.kid, valid ? p.claims : null, p.qrVersion);
    }

    /** One verification's state; the first failure ends it. */
    private final class Pipeline {
        final List<Finding> findings = new ArrayList<>(2);
        FailureCode stage = FailureCode.MALFORMED_QR_TEXT;
        String issuer;
        String kid;
        CredentialClaims claims;
        int qrVersion;

        void run(String text, Instant at, EccLevel level) throws CredentialFormatException {
            byte[] jwsAscii = QrText.decodeToAscii(text);
            qrVersion = versionOf(text, level);
            stage = FailureCode.MALFORMED_JWS;
            CompactJws jws = CompactJws.parse(jwsAscii);
            kid = jws.kid();
            // Verify before parse: the key comes from the header's kid alone, the payload is untouched until the
            // signature verifies.
            stage = FailureCode.UNKNOWN_KEY;
            TrustedKey owner = trustList.key(kid).orElse(null);
            if (owner == null) {
                fail(FailureCode.UNKNOWN_KEY, "No key with this kid in the trust list");
                return;
            }
            IssuerKey key = owner.key();
            TrustedIssuer trusted = owner.issuer();
            if (key.algorithm() != jws.algorithm()) {
                fail(FailureCode.UNSUPPORTED_ALGORITHM, "Algorithm is not the one the key is pinned to");
                return;
            }
            stage = FailureCode.SIGNATURE_INVALID;
            byte[] signature = jws.signature();
            if (signature.length != 64 || !key.verify(jws.signingInput(), signature)) {
                fail(FailureCode.SIGNATURE_INVALID, signature.length != 64
                        ? "Signature is " + signature.length + " bytes, not 64 raw bytes" : "Signature does not verify");
                return;
            }
            stage = FailureCode.DECOMPRESSION_FAILED;
            byte[] json = RawDeflate.inflate(jws.payload(), RawDeflate.MAX_INFLATED);
            stage = FailureCode.SCHEMA_INVALID;
            CredentialClaims c = ClaimsCodec.decode(json);
            issuer = c.issuer();
            if (!c.issuer().equals(trusted.iss())) {
                if (trustList.issuer(c.issuer()).isEmpty()) {
                    fail(FailureCode.UNKNOWN_ISSUER, "Issuer not in the trust list");
                } else {
                    fail(FailureCode.ISSUER_MISMATCH, "iss is not the issuer owning the signing key");
                }
                return;
            }
            if (c.document().issuingCountry() != trusted.country()) {
                // An issuer is trusted for its own country's documents only.
                fail(FailureCode.COUNTRY_MISMATCH, "Credential country differs from the issuer's");
                return;
            }
            if (at.plus(clockSkew).isBefore(c.notBefore()) || at.plus(clockSkew).isBefore(c.issuedAt())) {
                fail(FailureCode.NOT_YET_VALID, "Not valid before nbf / iat");
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
            // The key must have been active when it signed (iat); a backdated nbf changes nothing.
            if (!key.acceptsCredential(c.issuedAt(), at)) {
                fail(FailureCode.KEY_NOT_ACTIVE, "Key " + key.status().name().toLowerCase(java.util.Locale.ROOT));
                return;
            }
            if (Duration.between(c.issuedAt(), c.expiresAt()).compareTo(trusted.maxCredentialValidity()) > 0) {
                fail(FailureCode.VALIDITY_TOO_LONG, "exp - iat exceeds the issuer's maximum validity");
                return;
            }
            if (NameCharacters.suspicious(c.holder())) {
                findings.add(FailureCode.SUSPICIOUS_CHARACTERS.finding());
            }
            claims = c;
            stage = FailureCode.STATUS_UNAVAILABLE;
            checkStatus(c, trusted, at);
        }

        private void checkStatus(CredentialClaims c, TrustedIssuer trusted, Instant at) {
            boolean hard = requireStatus || (statusChecker != null && statusChecker.policy() == StatusChecker.StalePolicy.HARD);
            if (c.status() == null) {
                if (hard) {
                    fail(FailureCode.STATUS_REFERENCE_MISSING, "No status reference under the hard status policy");
                } else if (statusChecker != null) {
                    findings.add(FailureCode.STATUS_REFERENCE_MISSING.finding(Severity.WARNING));
                }
                return;
            }
            if (statusChecker == null) {
                if (requireStatus) {
                    fail(FailureCode.STATUS_UNAVAILABLE, "No status checker configured");
                } else {
                    findings.add(FailureCode.STATUS_NOT_CHECKED.finding());
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
                case UNAVAILABLE_ACCEPTED:
                    findings.add(FailureCode.STATUS_UNAVAILABLE.finding(Severity.WARNING));
                    break;
                case STALE_ACCEPTED:
                    findings.add(FailureCode.STATUS_STALE.finding());
                    break;
                default:
                    break;
            }
        }

        void fail(FailureCode code, String detail) {
            // The detail never holds personal data: only sizes, positions and parameter names. Values from the
            // credential (issuer, kid) are escaped so that they cannot forge log lines.
            if (LOG.isDebugEnabled()) {
                LOG.debug("Credential rejected: {} ({}), issuer {}, kid {}", code, LogSafe.value(detail),
                        LogSafe.value(issuer), LogSafe.value(kid));
            }
            findings.add(code.finding(Severity.ERROR));
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

        /**
         * Checks status list entries with this checker (default: none, status not checked).
         *
         * @param checker the status checker
         * @return this builder
         */
        public Builder statusChecker(StatusChecker checker) {
            this.statusChecker = checker;
            return this;
        }

        /**
         * Require revocation checking: without a checker, credentials that carry a status reference fail with
         * {@code STATUS_UNAVAILABLE}; credentials without one fail with {@code STATUS_REFERENCE_MISSING}.
         *
         * @param require whether a status check is mandatory
         * @return this builder
         */
        public Builder requireStatusCheck(boolean require) {
            this.requireStatus = require;
            return this;
        }

        /**
         * Tolerance for {@code nbf}/{@code exp} (default 60 s, at most 10 minutes).
         *
         * @param skew the tolerance, at most 10 minutes
         * @return this builder
         */
        public Builder clockSkew(Duration skew) {
            if (skew.isNegative() || skew.compareTo(Duration.ofMinutes(10)) > 0) {
                throw new IllegalArgumentException("Clock skew must be 0..10 minutes");
            }
            this.clockSkew = skew;
            return this;
        }

        /**
         * The clock for {@link #verify(String)} (default system UTC).
         *
         * @param clock the clock to use
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /**
         * Builds the verifier.
         *
         * @return a new verifier
         */
        public CredentialVerifier build() {
            return new CredentialVerifier(this);
        }
    }
}
