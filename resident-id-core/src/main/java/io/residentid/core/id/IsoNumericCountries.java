package io.residentid.core.id;

import io.residentid.core.model.Nationality;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * ISO 3166-1 numeric codes of the assigned countries, mapped to their alpha-3 {@link Nationality}. The JDK knows
 * alpha-2 and alpha-3 codes but not the numeric ones, so the table ships as the resource
 * {@code iso3166-numeric.txt}. Lookup is an array index: no allocation on the validation path.
 */
final class IsoNumericCountries {

    private static final String RESOURCE = "iso3166-numeric.txt";
    private static final Nationality[] BY_NUMERIC = load();

    private IsoNumericCountries() {
    }

    /** The nationality with this numeric code, or {@code null} when the code is not assigned. */
    static Nationality byNumeric(int code) {
        return code >= 0 && code < BY_NUMERIC.length ? BY_NUMERIC[code] : null;
    }

    /** {@return number of assigned codes in the table} */
    static int size() {
        int n = 0;
        for (Nationality nationality : BY_NUMERIC) {
            if (nationality != null) {
                n++;
            }
        }
        return n;
    }

    private static Nationality[] load() {
        Nationality[] table = new Nationality[1000];
        try (InputStream in = IsoNumericCountries.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int code = Integer.parseInt(line.substring(0, 3));
                table[code] = Nationality.of(line.substring(4));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return table;
    }
}
