package io.residentid.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The Jackson configuration shared by every module: camelCase properties, ISO-8601 dates, absent values omitted,
 * unknown properties and duplicate keys rejected, input sizes bounded, and the stable JSON forms of results
 * ({@link ResultJsonModule}).
 */
public final class ResidentIdJson {

    private static final ObjectMapper MAPPER = newMapper();

    private ResidentIdJson() {
    }

    /**
     * {@return a shared, fully configured mapper} {@link ObjectMapper} is thread-safe once configured; do not
     * reconfigure it.
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** {@return a new mapper with the SDK's settings, for callers that need to add their own modules} */
    public static ObjectMapper newMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new ResultJsonModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .serializationInclusion(JsonInclude.Include.NON_ABSENT)
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64)
                .maxStringLength(1 << 20)
                .maxNumberLength(64)
                .build());
        return mapper;
    }
}
