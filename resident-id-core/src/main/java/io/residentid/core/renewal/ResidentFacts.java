package io.residentid.core.renewal;

import io.residentid.core.json.JsonFormatException;
import io.residentid.core.json.JsonLimits;
import io.residentid.core.json.JsonObjectReader;
import io.residentid.core.json.StrictJson;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Pattern;
import java.util.Optional;

/**
 * What is known about a resident when assessing a renewal. Every fact is optional: a missing fact makes the
 * conditions that need it {@link ConditionResult#UNKNOWN}, never a guess. Immutable and thread-safe.
 *
 * <p>JSON form ({@link #parse(String)}): an object with any of the properties {@code inCountry},
 * {@code passportValid}, {@code passportExpiry}, {@code residenceValid}, {@code unpaidFines},
 * {@code sponsoredWorker}, {@code workContractValid}, {@code healthInsuranceValid}, {@code fingerprintsOnFile},
 * {@code recentPhoto}, {@code reportedAbsent}, {@code adultSonDependants} (booleans), {@code dateOfBirth} (ISO
 * date), {@code priorOffences} (integer 0-99), {@code sponsorCategory} (e.g. {@code FAMILY}, {@code COMPANY},
 * {@code PERSONAL}), {@code sex} ({@code M}, {@code F} or {@code X}; only so that Arabic notes about the holder
 * agree with them — no rule depends on it).
 */
public final class ResidentFacts {

    private static final ResidentFacts NONE = new Builder().build();
    /** Longest JSON form accepted, in characters. */
    private static final int MAX_JSON_CHARS = 16_384;
    /** The SDK-wide JSON limits; four bytes a character is the most UTF-8 needs. */
    private static final JsonLimits LIMITS = JsonLimits.DEFAULT.withMaxBytes(4 * MAX_JSON_CHARS);
    private static final Pattern SPONSOR_CATEGORY = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

    private final Boolean inCountry;
    private final Boolean passportValid;
    private final LocalDate passportExpiry;
    private final Boolean residenceValid;
    private final Boolean unpaidFines;
    private final Boolean sponsoredWorker;
    private final Boolean workContractValid;
    private final Boolean healthInsuranceValid;
    private final Boolean fingerprintsOnFile;
    private final Boolean recentPhoto;
    private final Boolean reportedAbsent;
    private final Boolean adultSonDependants;
    private final LocalDate dateOfBirth;
    private final Integer priorOffences;
    private final String sponsorCategory;
    private final io.residentid.core.model.Sex sex;

    private ResidentFacts(Builder b) {
        inCountry = b.inCountry;
        passportValid = b.passportValid;
        passportExpiry = b.passportExpiry;
        residenceValid = b.residenceValid;
        unpaidFines = b.unpaidFines;
        sponsoredWorker = b.sponsoredWorker;
        workContractValid = b.workContractValid;
        healthInsuranceValid = b.healthInsuranceValid;
        fingerprintsOnFile = b.fingerprintsOnFile;
        recentPhoto = b.recentPhoto;
        reportedAbsent = b.reportedAbsent;
        adultSonDependants = b.adultSonDependants;
        dateOfBirth = b.dateOfBirth;
        priorOffences = b.priorOffences;
        sponsorCategory = b.sponsorCategory;
        sex = b.sex;
    }

    /** {@return no facts at all: every condition is UNKNOWN} */
    public static ResidentFacts none() {
        return NONE;
    }

    /** {@return a builder with every fact unknown} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder pre-filled with these facts} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.inCountry = inCountry;
        b.passportValid = passportValid;
        b.passportExpiry = passportExpiry;
        b.residenceValid = residenceValid;
        b.unpaidFines = unpaidFines;
        b.sponsoredWorker = sponsoredWorker;
        b.workContractValid = workContractValid;
        b.healthInsuranceValid = healthInsuranceValid;
        b.fingerprintsOnFile = fingerprintsOnFile;
        b.recentPhoto = recentPhoto;
        b.reportedAbsent = reportedAbsent;
        b.adultSonDependants = adultSonDependants;
        b.dateOfBirth = dateOfBirth;
        b.priorOffences = priorOffences;
        b.sponsorCategory = sponsorCategory;
        b.sex = sex;
        return b;
    }

    /** {@return whether the resident is in the country, or empty when unknown} */
    public Optional<Boolean> inCountry() {
        return Optional.ofNullable(inCountry);
    }

    /** {@return whether the passport is valid, or empty when unknown} */
    public Optional<Boolean> passportValid() {
        return Optional.ofNullable(passportValid);
    }

    /** {@return the passport's expiry date, or empty when unknown} */
    public Optional<LocalDate> passportExpiry() {
        return Optional.ofNullable(passportExpiry);
    }

    /** {@return whether the current residence permit is valid, or empty when unknown} */
    public Optional<Boolean> residenceValid() {
        return Optional.ofNullable(residenceValid);
    }

    /** {@return whether the resident has unpaid fines, or empty when unknown} */
    public Optional<Boolean> unpaidFines() {
        return Optional.ofNullable(unpaidFines);
    }

    /** {@return whether the resident is a sponsored worker, or empty when unknown} */
    public Optional<Boolean> sponsoredWorker() {
        return Optional.ofNullable(sponsoredWorker);
    }

    /** {@return whether the work contract is valid, or empty when unknown} */
    public Optional<Boolean> workContractValid() {
        return Optional.ofNullable(workContractValid);
    }

    /** {@return whether the health insurance is valid, or empty when unknown} */
    public Optional<Boolean> healthInsuranceValid() {
        return Optional.ofNullable(healthInsuranceValid);
    }

    /** {@return whether the resident's fingerprints are on file, or empty when unknown} */
    public Optional<Boolean> fingerprintsOnFile() {
        return Optional.ofNullable(fingerprintsOnFile);
    }

    /** {@return whether a recent photo is available, or empty when unknown} */
    public Optional<Boolean> recentPhoto() {
        return Optional.ofNullable(recentPhoto);
    }

    /** {@return whether the resident has been reported absent from work, or empty when unknown} */
    public Optional<Boolean> reportedAbsent() {
        return Optional.ofNullable(reportedAbsent);
    }

    /** {@return whether the sponsor has adult sons as dependants, or empty when unknown} */
    public Optional<Boolean> adultSonDependants() {
        return Optional.ofNullable(adultSonDependants);
    }

    /** {@return the date of birth (personal data: never logged), or empty when unknown} */
    public Optional<LocalDate> dateOfBirth() {
        return Optional.ofNullable(dateOfBirth);
    }

    /**
     * {@return earlier offences of the same kind (late renewal, lost card); the current one is number {@code prior +
     * 1}}
     */
    public Optional<Integer> priorOffences() {
        return Optional.ofNullable(priorOffences);
    }

    /** {@return sponsorship category used by packs whose fees depend on it, e.g. {@code FAMILY}, {@code COMPANY}} */
    public Optional<String> sponsorCategory() {
        return Optional.ofNullable(sponsorCategory);
    }

    /**
     * {@return the holder's sex, when known: Arabic notes about the holder agree with it; no rule depends on it}
     */
    public Optional<io.residentid.core.model.Sex> sex() {
        return Optional.ofNullable(sex);
    }

    // Fast internal accessors (no Optional allocation on the assessment hot path).
    Boolean rawInCountry() {
        return inCountry;
    }

    Boolean rawPassportValid() {
        return passportValid;
    }

    LocalDate rawPassportExpiry() {
        return passportExpiry;
    }

    Boolean rawResidenceValid() {
        return residenceValid;
    }

    Boolean rawUnpaidFines() {
        return unpaidFines;
    }

    Boolean rawSponsoredWorker() {
        return sponsoredWorker;
    }

    Boolean rawWorkContractValid() {
        return workContractValid;
    }

    Boolean rawHealthInsuranceValid() {
        return healthInsuranceValid;
    }

    Boolean rawFingerprintsOnFile() {
        return fingerprintsOnFile;
    }

    Boolean rawRecentPhoto() {
        return recentPhoto;
    }

    Boolean rawReportedAbsent() {
        return reportedAbsent;
    }

    Boolean rawAdultSonDependants() {
        return adultSonDependants;
    }

    LocalDate rawDateOfBirth() {
        return dateOfBirth;
    }

    Integer rawPriorOffences() {
        return priorOffences;
    }

    String rawSponsorCategory() {
        return sponsorCategory;
    }

    io.residentid.core.model.Sex rawSex() {
        return sex;
    }

    /**
     * Reads facts from JSON (see the class description).
     *
     * @param json the JSON object, at most 16 KiB
     * @return the facts; properties left out or {@code null} are unknown
     * @throws IllegalArgumentException naming the offending property when the JSON is malformed, has unknown
     *                                  properties or values of the wrong type
     */
    public static ResidentFacts parse(String json) {
        if (json == null || json.length() > MAX_JSON_CHARS) {
            throw new IllegalArgumentException("facts: missing or larger than 16 KiB");
        }
        try {
            JsonObjectReader r = JsonObjectReader.of(StrictJson.parse(json.getBytes(StandardCharsets.UTF_8), LIMITS));
            r.allowOnly("inCountry", "passportValid", "passportExpiry", "residenceValid", "unpaidFines",
                    "sponsoredWorker", "workContractValid", "healthInsuranceValid", "fingerprintsOnFile",
                    "recentPhoto", "reportedAbsent", "adultSonDependants", "dateOfBirth", "priorOffences",
                    "sponsorCategory", "sex");
            Builder b = new Builder();
            b.inCountry = r.optBool("inCountry").orElse(null);
            b.passportValid = r.optBool("passportValid").orElse(null);
            b.passportExpiry = r.optDate("passportExpiry").orElse(null);
            b.residenceValid = r.optBool("residenceValid").orElse(null);
            b.unpaidFines = r.optBool("unpaidFines").orElse(null);
            b.sponsoredWorker = r.optBool("sponsoredWorker").orElse(null);
            b.workContractValid = r.optBool("workContractValid").orElse(null);
            b.healthInsuranceValid = r.optBool("healthInsuranceValid").orElse(null);
            b.fingerprintsOnFile = r.optBool("fingerprintsOnFile").orElse(null);
            b.recentPhoto = r.optBool("recentPhoto").orElse(null);
            b.reportedAbsent = r.optBool("reportedAbsent").orElse(null);
            b.adultSonDependants = r.optBool("adultSonDependants").orElse(null);
            b.dateOfBirth = r.optDate("dateOfBirth").orElse(null);
            b.priorOffences = r.optInteger("priorOffences", 0, 99).map(Long::intValue).orElse(null);
            b.sponsorCategory = r.optString("sponsorCategory").orElse(null);
            if (b.sponsorCategory != null && !SPONSOR_CATEGORY.matcher(b.sponsorCategory).matches()) {
                throw r.invalid("sponsorCategory", "an upper-case code");
            }
            String sex = r.optString("sex").orElse(null);
            if (sex != null) {
                if (!sex.matches("[MFX]")) {
                    throw r.invalid("sex", "M, F or X");
                }
                b.sex = io.residentid.core.model.Sex.fromMrzCode(sex.charAt(0));
            }
            r.end();
            return b.build();
        } catch (JsonFormatException e) {
            // The documented exception stays IllegalArgumentException; the message carries the JSON path.
            throw new IllegalArgumentException(RenewalText.located("facts", e), e);
        }
    }

    @Override
    public String toString() {
        // Date of birth is personal data: only say whether it is known.
        return "ResidentFacts{inCountry=" + inCountry + ", passportValid=" + passportValid
                + ", passportExpiry=" + passportExpiry + ", residenceValid=" + residenceValid
                + ", unpaidFines=" + unpaidFines + ", sponsoredWorker=" + sponsoredWorker
                + ", workContractValid=" + workContractValid + ", healthInsuranceValid=" + healthInsuranceValid
                + ", fingerprintsOnFile=" + fingerprintsOnFile + ", recentPhoto=" + recentPhoto
                + ", reportedAbsent=" + reportedAbsent + ", adultSonDependants=" + adultSonDependants
                + ", dateOfBirth=" + (dateOfBirth == null ? "unknown" : "****-**-**")
                + ", priorOffences=" + priorOffences + ", sponsorCategory=" + sponsorCategory
                + ", sex=" + (sex == null ? "unknown" : "*") + "}";
    }

    /** Builds {@link ResidentFacts}; unset facts stay unknown. */
    public static final class Builder {
        private Boolean inCountry;
        private Boolean passportValid;
        private LocalDate passportExpiry;
        private Boolean residenceValid;
        private Boolean unpaidFines;
        private Boolean sponsoredWorker;
        private Boolean workContractValid;
        private Boolean healthInsuranceValid;
        private Boolean fingerprintsOnFile;
        private Boolean recentPhoto;
        private Boolean reportedAbsent;
        private Boolean adultSonDependants;
        private LocalDate dateOfBirth;
        private Integer priorOffences;
        private String sponsorCategory;
        private io.residentid.core.model.Sex sex;

        private Builder() {
        }

        /**
         * Records whether the resident is in the country.
         *
         * @param v the fact, or {@code null} when unknown
         * @return this builder
         */
        public Builder inCountry(Boolean v) {
            inCountry = v;
            return this;
        }

        /**
         * Records whether the passport is valid.
         *
         * @param v the fact, or {@code null} when unknown
         * @return this builder
         */
        public Builder passportValid(Boolean v) {
            passportValid = v;
            return this;
        }

        /**
         * Records the passport's expiry date.
         *
         * @param v the fact, or {@code null} when unknown
         * @return this builder
         */
        public Builder passportExpiry(LocalDate v) {
            passportExpiry = v;
            return this;
        }

        /**
         * Records whether the current residence permit is valid.
         *
         * @param v the fact, or {@code null} when unknown
         * @return this builder
         */
        public Builder residenceValid(Boolean v) {
            residenceValid = v;
            return this;
        }

        /**
         * Records whether the resident has unpaid fines.
         *
         * @param v the fact, or {@code null} when unknown
         * @return this builder
         */
        public Builder unpaidFines(Boolean v) {
            unpaidFines = v;
            return this;
        }

        /**
         * Records whether the resident is a sponsored worker.
         *
         * @param v the fact, or {@code null} when unknown
         * @return this builder
         */
        public Builder sponsoredWorker(Boolean v) {
            sponsoredWorker = v;
            return this;
        }

        /**
         * Records whether the work contract is valid.
         *
         * @param v the fact, or {@code null} when unknown
         * @return this builder
         */
        public Builder workContractValid(Boolean v) {
            workContractValid = v;
            return this;
        }

        /**
         * Records whether the health insurance is valid.
         *
         * @param v the fact, or {@code null} when unknown
         * @return this builder
         */
        public Builder healthInsuranceValid(Boolean v) {
            healthInsuranceValid = v;
            return this;
        }

        /**
         * Records whether the resident's fingerprints are on file.
         *
         * @param v the fact, or {@code null} when unknown
         * @return this builder
         */
        public Builder fingerprintsOnFile(Boolean v) {
            fingerprintsOnFile = v;
            return this;
        }

        /**
         * Records whether a recent photo is available.
         *
         * @param v the fact, or {@code null} when unknown
         * @return this builder
         */
        public Builder recentPhoto(Boolean v) {
            recentPhoto = v;
            return this;
        }

        /**
         * Records whether the resident has been reported absent from work.
         *
         * @param v the fact, or {@code null} when unknown
         * @return this builder
         */
        public Builder reportedAbsent(Boolean v) {
            reportedAbsent = v;
            return this;
        }

        /**
         * Records whether the sponsor has adult sons as dependants.
         *
         * @param v the fact, or {@code null} when unknown
         * @return this builder
         */
        public Builder adultSonDependants(Boolean v) {
            adultSonDependants = v;
            return this;
        }

        /**
         * Records the date of birth (personal data: never logged).
         *
         * @param v the fact, or {@code null} when unknown
         * @return this builder
         */
        public Builder dateOfBirth(LocalDate v) {
            dateOfBirth = v;
            return this;
        }

        /**
         * Records how many earlier offences of the same kind (late renewal, lost card) the resident has.
         *
         * @param v earlier offences of the same kind, 0-99, or {@code null} when unknown
         * @return this builder
         */
        public Builder priorOffences(Integer v) {
            if (v != null && (v < 0 || v > 99)) {
                throw new IllegalArgumentException("priorOffences must be 0-99");
            }
            priorOffences = v;
            return this;
        }

        /**
         * Records the sponsor category, which selects the fee where a pack prices by category.
         *
         * @param v an upper-case code such as {@code FAMILY}, {@code COMPANY} or {@code PERSONAL}, or {@code null}
         * @return this builder
         */
        public Builder sponsorCategory(String v) {
            sponsorCategory = v;
            return this;
        }

        /**
         * The holder's sex, so that Arabic notes about the holder agree with it.
         *
         * @param v the sex, or {@code null} when unknown
         * @return this builder
         */
        public Builder sex(io.residentid.core.model.Sex v) {
            sex = v;
            return this;
        }

        /** {@return the facts recorded so far} */
        public ResidentFacts build() {
            return new ResidentFacts(this);
        }
    }
}
