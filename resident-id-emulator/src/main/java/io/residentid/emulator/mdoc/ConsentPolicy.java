package io.residentid.emulator.mdoc;

import java.util.Set;

/** The emulated user's consent: which requested elements the holder agrees to release. */
@FunctionalInterface
public interface ConsentPolicy {

    /** Whether the user releases {@code element} of {@code namespace} in {@code docType}. */
    boolean releases(String docType, String namespace, String element);

    /** Releases everything requested. */
    static ConsentPolicy releaseAll() {
        return (docType, namespace, element) -> true;
    }

    /** Releases everything requested except the named element identifiers. */
    static ConsentPolicy withhold(Set<String> elements) {
        Set<String> copy = Set.copyOf(elements);
        return (docType, namespace, element) -> !copy.contains(element);
    }
}
