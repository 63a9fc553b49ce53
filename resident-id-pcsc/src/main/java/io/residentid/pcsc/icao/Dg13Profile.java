package io.residentid.pcsc.icao;

import java.util.Map;
import java.util.Optional;

/**
 * Names the fields of one issuing state's DG13 (its layout is national). Unknown tags stay raw.
 */
@FunctionalInterface
public interface Dg13Profile {

    /**
     * The field name for a top-level tag (upper-case hex), if this profile knows it.
     *
     * @param tag a top-level tag in upper-case hex, e.g. {@code 5F50}
     * @return the field's name, or empty when this profile does not know the tag
     */
    Optional<String> fieldName(String tag);

    /** {@return a profile that knows no tags} */
    static Dg13Profile none() {
        return tag -> Optional.empty();
    }

    /**
     * The layout the SDK's emulated resident card writes: {@code 5F50} employer, {@code 5F51} sponsor,
     * {@code 5F52} residence permit type, {@code 5F53} occupation. Test data only; real cards differ by country.
     *
     * @return the profile of the emulated resident card
     */
    static Dg13Profile emulatedResidentCard() {
        Map<String, String> names = Map.of("5F50", "employer", "5F51", "sponsor", "5F52", "permitType",
                "5F53", "occupation");
        return tag -> Optional.ofNullable(names.get(tag));
    }
}
