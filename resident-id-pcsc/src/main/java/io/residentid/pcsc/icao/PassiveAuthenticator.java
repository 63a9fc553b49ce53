package io.residentid.pcsc.icao;

import io.residentid.core.pki.CertificatePathValidator;
import io.residentid.core.pki.CmsReport;
import io.residentid.core.pki.CmsVerifier;
import io.residentid.core.pki.LdsSecurityObject;
import io.residentid.core.pki.PkiException;
import io.residentid.core.pki.PurposeProfile;
import io.residentid.core.pki.TrustStore;
import io.residentid.core.pki.ValidationReport;
import io.residentid.core.report.Finding;

import io.residentid.core.report.Verdict;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Passive authentication (ICAO 9303-11 §5.1) through the core PKI: the EF.SOD signature with the document-signer
 * certificate it carries, that certificate's chain to a trusted CSCA (profile {@code DOCUMENT_SIGNER}, which
 * tolerates SHA-1 and explicit curves with a warning), and every data group's hash over the exact bytes read.
 * Immutable and thread-safe.
 */
public final class PassiveAuthenticator {


    private final TrustStore trustStore;
    private final Clock clock;
    private final CmsVerifier verifier;

    private PassiveAuthenticator(Builder b) {
        this.trustStore = b.trustStore;
        this.clock = b.clock;
        CmsVerifier.Builder builder = CmsVerifier.builder().purpose(PurposeProfile.DOCUMENT_SIGNER);
        if (trustStore != null) {
            builder.pathValidator(CertificatePathValidator.builder().trustStore(trustStore)
                    .purpose(PurposeProfile.DOCUMENT_SIGNER).build());
        }
        this.verifier = builder.build();
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The verdict.
     *
     * @param status         VALID, INVALID or INDETERMINATE (e.g. no trusted CSCA)
     * @param documentSigner the document signer's subject DN, when found
     * @param findings       coded findings
     */
    public record Result(Verdict status, Optional<String> documentSigner, List<Finding> findings) {
        /**
         * Creates the record, checking its components.
         *
         * @param status VALID, INVALID or INDETERMINATE (e.g. no trusted CSCA)
         * @param documentSigner the document signer's subject DN, when found
         * @param findings coded findings
         */
        public Result {
            Objects.requireNonNull(status, "status");
            findings = List.copyOf(findings);
        }
    }

    /**
     * Verifies EF.SOD and the data groups read.
     *
     * @param efSod      EF.SOD as read (may be null: FAILED)
     * @param dataGroups the exact bytes read per file; entries other than data groups are ignored
     * @return the verdict, the document signer and coded findings
     */
    public Result verify(byte[] efSod, Map<LdsFile, byte[]> dataGroups) {
        List<Finding> findings = new ArrayList<>();
        if (efSod == null) {
            findings.add(ChipFindingCode.SOD_MALFORMED.finding("EF.SOD could not be read"));
            return new Result(Verdict.INVALID, Optional.empty(), findings);
        }
        CmsReport report;
        LdsSecurityObject lds;
        try {
            report = verifier.verify(CmsVerifier.unwrapEfSod(efSod), clock.instant());
            lds = LdsSecurityObject.parse(report.content());
        } catch (PkiException e) {
            findings.add(ChipFindingCode.SOD_MALFORMED.finding(e.getMessage()));
            return new Result(Verdict.INVALID, Optional.empty(), findings);
        }
        findings.addAll(report.findings());
        Optional<String> signer = report.signer().map(s -> s.getSubject().toString());
        boolean hashesOk = true;
        for (Map.Entry<LdsFile, byte[]> f : dataGroups.entrySet()) {
            int number = f.getKey().dataGroupNumber();
            if (number == 0) {
                continue;
            }
            if (lds.hashOf(number).isEmpty()) {
                findings.add(ChipFindingCode.DG_NOT_IN_SOD.finding(f.getKey().name()));
                hashesOk = false;
            } else if (!hashMatches(lds, number, f.getValue())) {
                findings.add(ChipFindingCode.DG_HASH_MISMATCH.finding(f.getKey().name()));
                hashesOk = false;
            }
        }
        if (!report.signatureValid()) {
            findings.add(ChipFindingCode.SOD_SIGNATURE_INVALID.finding());
            return new Result(Verdict.INVALID, signer, findings);
        }
        if (!hashesOk) {
            return new Result(Verdict.INVALID, signer, findings);
        }
        if (trustStore == null) {
            findings.add(ChipFindingCode.SOD_CHAIN_INDETERMINATE.finding());
            return new Result(Verdict.INDETERMINATE, signer, findings);
        }
        Verdict chain = report.chain().map(ValidationReport::verdict)
                .orElse(Verdict.INDETERMINATE);
        return switch (chain) {
            case VALID -> new Result(Verdict.VALID, signer, findings);
            case INVALID -> {
                findings.add(ChipFindingCode.SOD_CHAIN_INVALID.finding());
                yield new Result(Verdict.INVALID, signer, findings);
            }
            default -> {
                findings.add(ChipFindingCode.SOD_CHAIN_INDETERMINATE.finding());
                yield new Result(Verdict.INDETERMINATE, signer, findings);
            }
        };
    }

    /** Builder of a {@link PassiveAuthenticator}. */
    public static final class Builder {
        private TrustStore trustStore;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * Trusted CSCAs (without: at best INDETERMINATE).
         *
         * @param trustStore trusted CSCAs (without: at best INDETERMINATE)
         * @return this builder
         */
        public Builder trustStore(TrustStore trustStore) {
            this.trustStore = trustStore;
            return this;
        }

        /**
         * Clock for certificate validity (e.g. a fixed date for old specimens).
         *
         * @param clock clock for certificate validity (e.g
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** {@return the authenticator} */
        public PassiveAuthenticator build() {
            return new PassiveAuthenticator(this);
        }
    }

    /** A hash that cannot be computed (an unsupported or mangled algorithm in the SOD) is a mismatch, not a crash. */
    private static boolean hashMatches(LdsSecurityObject lds, int number, byte[] content) {
        try {
            return lds.matches(number, content);
        } catch (PkiException e) {
            return false;
        }
    }
}
