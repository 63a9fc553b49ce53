package io.residentid.emulator.mdoc;

import java.util.Set;

/** The emulated user's consent: which requested elements the holder agrees to release. */
@FunctionalInterface
public interface ConsentPolicy {

    /**
     * Whether the user releases {@code element} of {@code namespace} in {@code docType}.
     *
     * @param docType the document type asked for
     * @param namespace the element's namespace
     * @param element the element's identifier
     * @return whether the holder agrees to release it
     */
    boolean releases(String docType, String namespace, String element);

    /**
     * Releases everything requested.
     *
     * @return a policy that releases every element asked for
     */
    static ConsentPolicy releaseAll() {
        return (docType, namespace, element) -> true;
    }

    /**
     * Releases everything requested except the named element identifiers.
     *
     * @param elements the element identifiers never released
     * @return a policy that releases all but those
     */
    static ConsentPolicy withhold(Set<String> elements) {
        Set<String> copy = Set.copyOf(elements);
        return (docType, namespace, element) -> !copy.contains(element);
    }
}
