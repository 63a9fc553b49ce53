package io.residentid.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A nationality or issuing state as an ICAO 9303 three-letter code: an ISO 3166-1 alpha-3 code, the single letter
 * {@code D} for Germany (written {@code D<<} in the MRZ), or one of ICAO's special codes (British nationals
 * {@code GBD/GBN/GBO/GBP/GBS}, United Nations {@code UNO/UNA/UNK}, stateless and refugees {@code XXA/XXB/XXC/XXX},
 * the EU {@code EUE}, and the international organisations' {@code X..} codes).
 *
 * @param code upper-case code without MRZ fillers
 */
public record Nationality(String code) {

    private static final Set<String> ICAO_SPECIAL = Set.of(
            "D", "GBD", "GBN", "GBO", "GBP", "GBS", "UNO", "UNA", "UNK", "XXA", "XXB", "XXC", "XXX", "EUE",
            "XBA", "XIM", "XCC", "XCE", "XCO", "XDC", "XEC", "XES", "XMP", "XOM", "XPO", "XSC", "XXS", "RKS");

    private static final Set<String> KNOWN;

    static {
        Set<String> known = new TreeSet<>(ICAO_SPECIAL);
        known.addAll(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        KNOWN = Set.copyOf(known);
    }

    /**
     * Validates the code.
     *
     * @param code upper-case code without MRZ fillers
     */
    public Nationality {
        if (code == null || !isKnown(code)) {
            throw new IllegalArgumentException("Not an ICAO 9303 nationality code: '" + code + "'");
        }
    }

    /**
     * Reads a code as printed in the MRZ or typed by a person: case-insensitive, MRZ fillers ({@code <}) removed.
     *
     * @throws IllegalArgumentException when the code is not a known ICAO code
     * @param code the code as printed or typed
     * @return the nationality
     */
    @JsonCreator
    public static Nationality of(String code) {
        if (code == null) {
            throw new IllegalArgumentException("Nationality code is missing");
        }
        return new Nationality(code.replace("<", "").trim().toUpperCase(Locale.ROOT));
    }

    /**
     * {@return whether the code (upper case, without fillers) is an ISO alpha-3 code or an ICAO special code}
     *
     * @param code the code to look up
     */
    public static boolean isKnown(String code) {
        return code != null && KNOWN.contains(code);
    }

    /** {@return whether this is one of ICAO's special codes rather than an ISO 3166-1 country} */
    public boolean isIcaoSpecial() {
        return ICAO_SPECIAL.contains(code);
    }

    /** {@return the code padded to three characters with MRZ fillers ({@code D<<} for Germany)} */
    public String mrzCode() {
        return (code + "<<<").substring(0, 3);
    }

    /** {@return the upper-case code, without MRZ fillers (also the JSON form)} */
    @JsonValue
    @Override
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}
