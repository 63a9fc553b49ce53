package io.residentid.examples.cli.renewal;

import io.residentid.core.model.IssuingCountry;
import picocli.CommandLine.Option;

/** The required {@code --country} option of {@code renewal assess} and {@code renewal lost}, a picocli mixin. */
final class CountryOption {

    @Option(names = "--country", required = true, paramLabel = "CC", description = "OM, SA, QA, AE, KW or BH.")
    private String country;

    /** {@return the issuing country named by {@code --country} (alpha-2, alpha-3 or numeric, as the model reads it)} */
    IssuingCountry country() {
        return IssuingCountry.of(country);
    }
}
