package io.residentid.core.json;

/**
 * The bounds every JSON document read by the SDK is held to, checked while reading so that no oversized value is ever
 * materialised.
 *
 * @param maxBytes        longest input, in bytes
 * @param maxDepth        deepest nesting of objects and arrays
 * @param maxStringLength longest string or property name, in characters
 * @param maxElements     most values (objects, arrays, scalars) in the whole document
 * @param maxNumberLength longest number literal, in characters
 * @param maxScale        largest absolute decimal scale of a number ({@code 1e-999999999} has scale 999999999)
 */
public record JsonLimits(int maxBytes, int maxDepth, int maxStringLength, int maxElements, int maxNumberLength,
        int maxScale) {

    /** Defaults for documents of up to 1 MiB: depth 32, strings of 64 Ki characters, 100,000 values. */
    public static final JsonLimits DEFAULT = new JsonLimits(1 << 20, 32, 1 << 16, 100_000, 40, 64);

    /**
     * Validates the bounds.
     *
     * @param maxBytes longest input, in bytes
     * @param maxDepth deepest nesting of objects and arrays
     * @param maxStringLength longest string or property name, in characters
     * @param maxElements most values (objects, arrays, scalars) in the whole document
     * @param maxNumberLength longest number literal, in characters
     * @param maxScale largest absolute decimal scale of a number ({@code 1e-999999999} has scale 999999999)
     */
    public JsonLimits {
        if (maxBytes < 1 || maxDepth < 1 || maxStringLength < 1 || maxElements < 1 || maxNumberLength < 1
                || maxScale < 0) {
            throw new IllegalArgumentException("JSON limits must be positive");
        }
    }

    /**
     * {@return these limits with another maximum input size}
     *
     * @param bytes the new maximum input size, in bytes
     */
    public JsonLimits withMaxBytes(int bytes) {
        return new JsonLimits(bytes, maxDepth, maxStringLength, maxElements, maxNumberLength, maxScale);
    }

    /**
     * {@return these limits with another maximum nesting depth}
     *
     * @param depth the new maximum nesting depth
     */
    public JsonLimits withMaxDepth(int depth) {
        return new JsonLimits(maxBytes, depth, maxStringLength, maxElements, maxNumberLength, maxScale);
    }

    /**
     * {@return these limits with another maximum number of values}
     *
     * @param elements the new maximum number of values
     */
    public JsonLimits withMaxElements(int elements) {
        return new JsonLimits(maxBytes, maxDepth, maxStringLength, elements, maxNumberLength, maxScale);
    }
}
