package io.residentid.core.id;

import io.residentid.core.model.IssuingCountry;
import io.residentid.core.model.Masking;
import io.residentid.core.model.Nationality;
import io.residentid.core.report.Finding;
import io.residentid.core.report.Report;
import io.residentid.core.report.Verdict;
import io.residentid.core.report.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The outcome of validating one identifier: immutable and thread-safe.
 *
 * <p>A number is {@linkplain #isValid() valid} when no finding has {@link Severity#ERROR}; warnings such as
 * {@link IdFindingCode#FORMAT_ONLY_NO_PUBLIC_CHECKSUM} leave it valid. Derived facts (holder type, birth year and
 * date, nationality) are present only for valid numbers whose country encodes them, so an invalid number never
 * yields facts that might be wrong. {@link #toString()} masks the number.
 */
public final class IdValidationResult implements Report {

    private final IssuingCountry country;
    private final String input;
    private final String normalized;
    private final List<Finding> findings;
    private final boolean valid;
    private final HolderType holderType;
    private final int birthYear;
    private final LocalDate birthDate;
    private final Nationality nationality;

    IdValidationResult(IssuingCountry country, String input, String normalized, List<Finding> findings,
                       HolderType holderType, int birthYear, LocalDate birthDate, Nationality nationality) {
        this.country = Objects.requireNonNull(country, "country");
        this.input = input;
        this.normalized = normalized;
        this.findings = findings;
        boolean ok = true;
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).severity() == Severity.ERROR) {
                ok = false;
                break;
            }
        }
        this.valid = ok;
        this.holderType = ok ? holderType : null;
        this.birthYear = ok ? birthYear : 0;
        this.birthDate = ok ? birthDate : null;
        this.nationality = ok ? nationality : null;
    }

    /** {@return the country whose rules were applied} */
    public IssuingCountry country() {
        return country;
    }

    /**
     * The input as given ({@code null} if none was given; cut to {@link IdNumberValidator#MAX_INPUT_LENGTH}
     * characters when it was longer and not a {@code String}). Personal data: never log it unmasked.
     * @return the input as given
     */
    public String input() {
        return input;
    }

    /**
     * The input masked for logs ({@code 2*******06}); input over the length cap shows only its length, so that
     * logging a hostile result stays cheap.
     * @return the masked input
     */
    public String maskedInput() {
        if (input != null && input.length() > IdNumberValidator.MAX_INPUT_LENGTH) {
            return "<" + input.length() + " characters>";
        }
        return Masking.identifier(input);
    }

    /**
     * The normalized number: separators removed, Arabic-Indic digits turned into ASCII digits, and for the UAE the
     * canonical dashed form {@code 784-YYYY-NNNNNNN-C} (when it has 15 digits). Present whenever the input is
     * digits, spaces and dashes, also when a later check fails; empty otherwise.
     * @return the normalized number, or empty
     */
    public Optional<String> normalized() {
        return Optional.ofNullable(normalized);
    }

    /** {@return whether no finding is an error} */
    public boolean isValid() {
        return valid;
    }

    /** {@return {@link Verdict#VALID} when no finding is an error, else {@link Verdict#INVALID}} */
    @Override
    public Verdict verdict() {
        return valid ? Verdict.VALID : Verdict.INVALID;
    }

    /** {@return all findings, errors and warnings, in the order the checks ran} */
    @Override
    public List<Finding> findings() {
        return findings;
    }

    /** {@return the findings' codes, e.g. {@code [CHECK_DIGIT_MISMATCH]}} */
    public List<String> findingCodes() {
        List<String> codes = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            codes.add(finding.code());
        }
        return List.copyOf(codes);
    }

    /**
     * {@return whether a finding with this code was reported}
     *
     * @param code the finding code to look for
     */
    public boolean has(IdFindingCode code) {
        String name = code.name();
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).code().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** {@return citizen or resident, where the number says so (SA, QA)} */
    public Optional<HolderType> holderType() {
        return Optional.ofNullable(holderType);
    }

    /** {@return the holder's birth year, where the number encodes it unambiguously (AE, KW, QA)} */
    public OptionalInt birthYear() {
        return birthYear == 0 ? OptionalInt.empty() : OptionalInt.of(birthYear);
    }

    /** {@return the holder's birth date, where the number encodes it (KW)} Personal data: never log it. */
    public Optional<LocalDate> birthDate() {
        return Optional.ofNullable(birthDate);
    }

    /** {@return the holder's nationality, where the number encodes it (QA: ISO numeric code mapped to alpha-3)} */
    public Optional<Nationality> nationality() {
        return Optional.ofNullable(nationality);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof IdValidationResult)) {
            return false;
        }
        IdValidationResult other = (IdValidationResult) o;
        return country == other.country && valid == other.valid && birthYear == other.birthYear
                && Objects.equals(input, other.input) && Objects.equals(normalized, other.normalized)
                && findings.equals(other.findings) && holderType == other.holderType
                && Objects.equals(birthDate, other.birthDate) && Objects.equals(nationality, other.nationality);
    }

    @Override
    public int hashCode() {
        return Objects.hash(country, input, normalized, findings, valid, holderType, birthYear, birthDate,
                nationality);
    }

    /** {@return a summary with the number masked and the birth date hidden} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("IdValidationResult[country=").append(country.alpha2())
                .append(", input=").append(maskedInput())
                .append(", valid=").append(valid)
                .append(", findings=").append(findingCodes());
        if (holderType != null) {
            sb.append(", holderType=").append(holderType);
        }
        if (birthYear != 0) {
            sb.append(", birthYear=").append(birthYear);
        }
        if (birthDate != null) {
            sb.append(", birthDate=").append(Masking.hidden(birthDate));
        }
        if (nationality != null) {
            sb.append(", nationality=").append(nationality);
        }
        return sb.append(']').toString();
    }
}
