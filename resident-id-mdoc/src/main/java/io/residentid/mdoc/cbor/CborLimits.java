package io.residentid.mdoc.cbor;

/**
 * Bounds applied while decoding, so hostile input costs bounded time and memory: total input size, nesting depth,
 * total number of items, and the size of one string or container. A declared length larger than the bytes that
 * remain is refused before anything is allocated.
 *
 * @param maxInputBytes   the largest input accepted
 * @param maxDepth        the deepest nesting of arrays, maps and tags
 * @param maxItems        the most data items in one input
 * @param maxContainerSize the most entries in one array or map
 */
public record CborLimits(int maxInputBytes, int maxDepth, int maxItems, int maxContainerSize) {

    /** Defaults for ISO/IEC 18013-5 messages: 16 MiB, depth 32, 200,000 items, 65,536 entries per container. */
    public static final CborLimits DEFAULT = new CborLimits(16 * 1024 * 1024, 32, 200_000, 65_536);

    /**
     * Validates the bounds.
     *
     * @param maxInputBytes the most input bytes accepted
     * @param maxDepth the deepest nesting accepted
     * @param maxItems the most data items accepted in total
     * @param maxContainerSize the most entries accepted in one array or map
     */
    public CborLimits {
        if (maxInputBytes < 1 || maxDepth < 1 || maxItems < 1 || maxContainerSize < 1) {
            throw new IllegalArgumentException("CBOR limits must be positive");
        }
    }
}
