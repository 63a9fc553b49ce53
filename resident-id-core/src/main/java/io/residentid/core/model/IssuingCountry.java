package io.residentid.core.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The six GCC states whose resident identity documents the SDK understands.
 *
 * <p>Codes follow ISO 3166-1; currencies and their minor units follow ISO 4217. The calendar is the one the
 * state's documents may use: Saudi documents may carry Umm al-Qura Hijri dates, the others Gregorian.
 */
public enum IssuingCountry {
    /** The Sultanate of Oman. */
    OMAN("OM", "OMN", 512, "OMR", 3, CalendarSystem.GREGORIAN),
    /** The Kingdom of Saudi Arabia. */
    SAUDI_ARABIA("SA", "SAU", 682, "SAR", 2, CalendarSystem.HIJRI_UMM_AL_QURA),
    /** The State of Qatar. */
    QATAR("QA", "QAT", 634, "QAR", 2, CalendarSystem.GREGORIAN),
    /** The United Arab Emirates. */
    UNITED_ARAB_EMIRATES("AE", "ARE", 784, "AED", 2, CalendarSystem.GREGORIAN),
    /** The State of Kuwait. */
    KUWAIT("KW", "KWT", 414, "KWD", 3, CalendarSystem.GREGORIAN),
    /** The Kingdom of Bahrain. */
    BAHRAIN("BH", "BHR", 48, "BHD", 3, CalendarSystem.GREGORIAN);

    private final String alpha2;
    private final String alpha3;
    private final int numeric;
    private final String currencyCode;
    private final int currencyMinorUnits;
    private final CalendarSystem calendar;

    IssuingCountry(String alpha2, String alpha3, int numeric, String currencyCode, int currencyMinorUnits,
                   CalendarSystem calendar) {
        this.alpha2 = alpha2;
        this.alpha3 = alpha3;
        this.numeric = numeric;
        this.currencyCode = currencyCode;
        this.currencyMinorUnits = currencyMinorUnits;
        this.calendar = calendar;
    }

    /** {@return ISO 3166-1 alpha-2 code, e.g. {@code OM}} */
    public String alpha2() {
        return alpha2;
    }

    /** {@return ISO 3166-1 alpha-3 code, as used in the MRZ, e.g. {@code OMN}} */
    public String alpha3() {
        return alpha3;
    }

    /** {@return ISO 3166-1 numeric code, e.g. 512} */
    public int numeric() {
        return numeric;
    }

    /** {@return ISO 4217 currency code, e.g. {@code OMR}} */
    public String currencyCode() {
        return currencyCode;
    }

    /** {@return number of decimal places of the currency (OMR, KWD, BHD: 3; SAR, QAR, AED: 2)} */
    public int currencyMinorUnits() {
        return currencyMinorUnits;
    }

    /** {@return the calendar this state's documents may print their dates in} */
    public CalendarSystem calendar() {
        return calendar;
    }

    /**
     * {@return the country's English name}
     *
     * @param locale the language wanted
     */
    public String displayName(Locale locale) {
        return new Locale("", alpha2).getDisplayCountry(locale);
    }

    /**
     * Looks a country up by ISO alpha-2, alpha-3 or numeric code, case-insensitively.
     *
     * @return the country, or empty when the code is not one of the six
     * @param code an ISO alpha-2, alpha-3 or numeric code, or the constant name
     */
    public static Optional<IssuingCountry> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        for (IssuingCountry country : values()) {
            if (country.alpha2.equals(c) || country.alpha3.equals(c) || country.name().equals(c)
                    || String.valueOf(country.numeric).equals(c.replaceFirst("^0+(?=.)", ""))) {
                return Optional.of(country);
            }
        }
        return Optional.empty();
    }

    /**
     * Like {@link #fromCode(String)} but for input that must name a supported country.
     *
     * @throws IllegalArgumentException naming the code and the supported ones
     * @param code an ISO alpha-2, alpha-3 or numeric code, or the constant name
     * @return the country
     */
    public static IssuingCountry of(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException(
                "Unsupported issuing country '" + code + "': expected one of OM, SA, QA, AE, KW, BH"));
    }
}
