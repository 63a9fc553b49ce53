package io.residentid.core.json;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Mutated and random JSON never escapes the documented exception. */
class StrictJsonFuzz {

    private static final String SEED = "{\"kid\":\"k1\",\"n\":[1,2.5,-3e2,true,null],\"o\":{\"s\":\"\\u0041\"}}";

    @Property(tries = 3000)
    void mutatedDocumentsParseOrThrowTheDocumentedException(@ForAll("mutants") byte[] input) {
        try {
            StrictJson.parse(input);
        } catch (JsonFormatException expected) {
            // documented
        }
    }

    @Provide
    Arbitrary<byte[]> mutants() {
        byte[] seed = SEED.getBytes(StandardCharsets.UTF_8);
        Arbitrary<byte[]> flips = Arbitraries.integers().between(0, seed.length - 1).list().ofMaxSize(4)
                .flatMap(positions -> Arbitraries.bytes().list().ofSize(positions.size()).map(values -> {
                    byte[] copy = seed.clone();
                    for (int i = 0; i < positions.size(); i++) {
                        copy[positions.get(i)] = values.get(i);
                    }
                    return copy;
                }));
        Arbitrary<byte[]> tokens = Arbitraries.of("{", "}", "[", "]", ":", ",", "\"a\"", "1e999", "-0", "0.0000001",
                "true", "null", "\"\\ud800\"", "1E-400").list().ofMaxSize(40)
                .map(parts -> String.join("", parts).getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(flips, tokens, Arbitraries.bytes().array(byte[].class).ofMaxSize(64));
    }
}
