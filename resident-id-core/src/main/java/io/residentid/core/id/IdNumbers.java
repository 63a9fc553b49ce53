package io.residentid.core.id;

import io.residentid.core.model.IssuingCountry;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Shortcuts for identifier numbers: validation with the default validators and random sample numbers for tests,
 * demos and card emulators.
 *
 * <pre>{@code
 * IdNumbers.validate(IssuingCountry.KUWAIT, "291030104196").isValid();           // true
 * String fake = IdNumbers.sample(IssuingCountry.UNITED_ARAB_EMIRATES, new Random(1)); // 784-YYYY-NNNNNNN-C
 * }</pre>
 */
public final class IdNumbers {

    private IdNumbers() {
    }

    /**
     * Validates with {@link IdNumberValidator#forCountry(IssuingCountry)}.
     *
     * @throws IllegalArgumentException when {@code country} is {@code null}; a bad number gives findings instead
     * @param country the issuing country
     * @param number the number as written
     * @return the result, with findings for a bad number
     */
    public static IdValidationResult validate(IssuingCountry country, CharSequence number) {
        return IdNumberValidator.forCountry(country).validate(number);
    }

    /**
     * A random, well-formed number that the country's default validator accepts (birth years 1950-2005, so valid
     * against any clock from 2006 on). Saudi samples are citizen or resident at random; Emirates samples are in
     * the dashed normalized form. Samples are synthetic: any match with a real person's number is chance.
     * @param country the issuing country
     * @param random the source of randomness (seed it for repeatable tests)
     * @return a synthetic number
     */
    public static String sample(IssuingCountry country, RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        return IdNumberValidator.rulesFor(Objects.requireNonNull(country, "country"), false).sample(random);
    }

    /**
     * Like {@link #sample(IssuingCountry, RandomGenerator)} for a citizen or a resident: a Saudi Iqama
     * ({@code RESIDENT}, starting with 2) or national ID ({@code CITIZEN}, 1); a Qatar ID with nationality 634
     * ({@code CITIZEN}) or another assigned code ({@code RESIDENT}).
     *
     * @throws IllegalArgumentException for countries whose numbers do not encode the holder type (AE, KW, BH, OM)
     * @param country the issuing country (SA or QA)
     * @param holderType citizen or resident
     * @param random the source of randomness (seed it for repeatable tests)
     * @return a synthetic number
     */
    public static String sample(IssuingCountry country, HolderType holderType, RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(holderType, "holderType");
        return IdNumberValidator.rulesFor(Objects.requireNonNull(country, "country"), false)
                .sample(random, holderType);
    }
}
