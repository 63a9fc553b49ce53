package io.residentid.mdoc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.residentid.core.model.Bytes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The ISO/IEC 18013-5 Annex D vectors from {@code src/test/resources/mdoc/annex-d.json}. */
public final class AnnexD {
    private static final JsonNode ROOT = load();

    private AnnexD() {
    }

    private static JsonNode load() {
        try (InputStream in = AnnexD.class.getResourceAsStream("/mdoc/annex-d.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A vector by its short name (without the ISO_18013_5_ANNEX_D_ prefix). */
    public static Bytes vector(String shortName) {
        String name = "ISO_18013_5_ANNEX_D_" + shortName;
        for (JsonNode v : ROOT.get("vectors")) {
            if (v.get("name").asText().equals(name)) {
                return Bytes.fromHex(v.get("value").asText());
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** A derived value. */
    public static Bytes derived(String name) {
        for (JsonNode v : ROOT.get("derived").get("values")) {
            if (v.get("name").asText().equals(name)) {
                return Bytes.fromHex(v.get("hex").asText());
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** The JSON root. */
    public static JsonNode root() {
        return ROOT;
    }

    /** A certificate's DER. */
    public static Bytes certificate(String name) {
        for (JsonNode v : ROOT.get("certificates")) {
            if (v.get("name").asText().equals(name)) {
                return Bytes.fromHex(v.get("derHex").asText());
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** A copy of {@code data} with one byte changed (checking the byte before). */
    public static Bytes mutate(Bytes data, int offset, int expectedBefore, int after) {
        byte[] b = data.toByteArray();
        if ((b[offset] & 0xFF) != expectedBefore) {
            throw new IllegalStateException("byte at " + offset + " is not " + expectedBefore);
        }
        b[offset] = (byte) after;
        return Bytes.of(b);
    }
}
