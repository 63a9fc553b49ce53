package io.residentid.core.renewal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.residentid.core.json.ResidentIdJson;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
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

    /** No facts at all: every condition is UNKNOWN. */
    public static ResidentFacts none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with these facts. */
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

    public Optional<Boolean> inCountry() {
        return Optional.ofNullable(inCountry);
    }

    public Optional<Boolean> passportValid() {
        return Optional.ofNullable(passportValid);
    }

    public Optional<LocalDate> passportExpiry() {
        return Optional.ofNullable(passportExpiry);
    }

    public Optional<Boolean> residenceValid() {
        return Optional.ofNullable(residenceValid);
    }

    public Optional<Boolean> unpaidFines() {
        return Optional.ofNullable(unpaidFines);
    }

    public Optional<Boolean> sponsoredWorker() {
        return Optional.ofNullable(sponsoredWorker);
    }

    public Optional<Boolean> workContractValid() {
        return Optional.ofNullable(workContractValid);
    }

    public Optional<Boolean> healthInsuranceValid() {
        return Optional.ofNullable(healthInsuranceValid);
    }

    public Optional<Boolean> fingerprintsOnFile() {
        return Optional.ofNullable(fingerprintsOnFile);
    }

    public Optional<Boolean> recentPhoto() {
        return Optional.ofNullable(recentPhoto);
    }

    public Optional<Boolean> reportedAbsent() {
        return Optional.ofNullable(reportedAbsent);
    }

    public Optional<Boolean> adultSonDependants() {
        return Optional.ofNullable(adultSonDependants);
    }

    public Optional<LocalDate> dateOfBirth() {
        return Optional.ofNullable(dateOfBirth);
    }

    /** Earlier offences of the same kind (late renewal, lost card); the current one is number {@code prior + 1}. */
    public Optional<Integer> priorOffences() {
        return Optional.ofNullable(priorOffences);
    }

    /** Sponsorship category used by packs whose fees depend on it, e.g. {@code FAMILY}, {@code COMPANY}. */
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
     * @throws IllegalArgumentException naming the offending property when the JSON is malformed, has unknown
     *                                  properties or values of the wrong type
     */
    public static ResidentFacts parse(String json) {
        if (json == null || json.length() > 16_384) {
            throw new IllegalArgumentException("facts: missing or larger than 16 KiB");
        }
        JsonNode root;
        try {
            root = ResidentIdJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("facts: not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("facts: expected a JSON object");
        }
        Builder b = new Builder();
        for (Map.Entry<String, JsonNode> f : root.properties()) {
            String key = f.getKey();
            JsonNode v = f.getValue();
            if (v.isNull()) {
                continue;
            }
            switch (key) {
                case "inCountry" -> b.inCountry = bool(key, v);
                case "passportValid" -> b.passportValid = bool(key, v);
                case "passportExpiry" -> b.passportExpiry = date(key, v);
                case "residenceValid" -> b.residenceValid = bool(key, v);
                case "unpaidFines" -> b.unpaidFines = bool(key, v);
                case "sponsoredWorker" -> b.sponsoredWorker = bool(key, v);
                case "workContractValid" -> b.workContractValid = bool(key, v);
                case "healthInsuranceValid" -> b.healthInsuranceValid = bool(key, v);
                case "fingerprintsOnFile" -> b.fingerprintsOnFile = bool(key, v);
                case "recentPhoto" -> b.recentPhoto = bool(key, v);
                case "reportedAbsent" -> b.reportedAbsent = bool(key, v);
                case "adultSonDependants" -> b.adultSonDependants = bool(key, v);
                case "dateOfBirth" -> b.dateOfBirth = date(key, v);
                case "priorOffences" -> {
                    if (!v.isInt() || v.intValue() < 0 || v.intValue() > 99) {
                        throw new IllegalArgumentException("facts." + key + ": expected an integer 0-99");
                    }
                    b.priorOffences = v.intValue();
                }
                case "sponsorCategory" -> {
                    if (!v.isTextual() || !v.textValue().matches("[A-Z][A-Z0-9_]{0,31}")) {
                        throw new IllegalArgumentException("facts." + key + ": expected an upper-case code");
                    }
                    b.sponsorCategory = v.textValue();
                }
                case "sex" -> {
                    if (!v.isTextual() || !v.textValue().matches("[MFX]")) {
                        throw new IllegalArgumentException("facts." + key + ": expected M, F or X");
                    }
                    b.sex = io.residentid.core.model.Sex.fromMrzCode(v.textValue().charAt(0));
                }
                default -> throw new IllegalArgumentException("facts." + key + ": unknown property");
            }
        }
        return b.build();
    }

    private static Boolean bool(String key, JsonNode v) {
        if (!v.isBoolean()) {
            throw new IllegalArgumentException("facts." + key + ": expected true or false");
        }
        return v.booleanValue();
    }

    private static LocalDate date(String key, JsonNode v) {
        if (!v.isTextual()) {
            throw new IllegalArgumentException("facts." + key + ": expected an ISO date");
        }
        try {
            return LocalDate.parse(v.textValue());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("facts." + key + ": expected an ISO date (YYYY-MM-DD)");
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

        public Builder inCountry(Boolean v) {
            inCountry = v;
            return this;
        }

        public Builder passportValid(Boolean v) {
            passportValid = v;
            return this;
        }

        public Builder passportExpiry(LocalDate v) {
            passportExpiry = v;
            return this;
        }

        public Builder residenceValid(Boolean v) {
            residenceValid = v;
            return this;
        }

        public Builder unpaidFines(Boolean v) {
            unpaidFines = v;
            return this;
        }

        public Builder sponsoredWorker(Boolean v) {
            sponsoredWorker = v;
            return this;
        }

        public Builder workContractValid(Boolean v) {
            workContractValid = v;
            return this;
        }

        public Builder healthInsuranceValid(Boolean v) {
            healthInsuranceValid = v;
            return this;
        }

        public Builder fingerprintsOnFile(Boolean v) {
            fingerprintsOnFile = v;
            return this;
        }

        public Builder recentPhoto(Boolean v) {
            recentPhoto = v;
            return this;
        }

        public Builder reportedAbsent(Boolean v) {
            reportedAbsent = v;
            return this;
        }

        public Builder adultSonDependants(Boolean v) {
            adultSonDependants = v;
            return this;
        }

        public Builder dateOfBirth(LocalDate v) {
            dateOfBirth = v;
            return this;
        }

        /** @param v earlier offences of the same kind, 0-99 */
        public Builder priorOffences(Integer v) {
            if (v != null && (v < 0 || v > 99)) {
                throw new IllegalArgumentException("priorOffences must be 0-99");
            }
            priorOffences = v;
            return this;
        }

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

        public ResidentFacts build() {
            return new ResidentFacts(this);
        }
    }
}
