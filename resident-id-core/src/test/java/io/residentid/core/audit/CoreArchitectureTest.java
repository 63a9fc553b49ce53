package io.residentid.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of ARCHITECTURE.md for {@code resident-id-core}, checked on the compiled classes. */
class CoreArchitectureTest {

    private static Map<String, Set<String>> deps;

    @BeforeAll
    static void scan() throws IOException {
        deps = ClassDependencies.of(Path.of("target/classes"), "io.residentid");
        assertFalse(deps.isEmpty(), "no compiled classes found in target/classes");
    }

    @Test
    void scannerSeesKnownReferences() {
        assertTrue(deps.get("io.residentid.core.id").contains("io.residentid.core.model"), deps.toString());
    }

    @Test
    void modelDependsOnNoOtherPackageOfOurs() {
        assertEquals(List.of(), offending("io.residentid.core.model", Set.of()));
    }

    @Test
    void idMrzAndRenewalDependOnlyOnModelReportAndJson() {
        Set<String> allowed = Set.of("io.residentid.core.model", "io.residentid.core.report", "io.residentid.core.json");
        for (String pkg : List.of("io.residentid.core.id", "io.residentid.core.mrz", "io.residentid.core.renewal")) {
            assertEquals(List.of(), offending(pkg, allowed), pkg);
        }
    }

    @Test
    void pkiIsIndependentOfModel() {
        List<String> found = new ArrayList<>();
        deps.forEach((pkg, used) -> {
            if (ClassDependencies.within(pkg, "io.residentid.core.pki") && used.contains("io.residentid.core.model")) {
                found.add(pkg);
            }
        });
        assertEquals(List.of(), found);
    }

    @Test
    void coreDependsOnNoOtherModule() {
        List<String> found = new ArrayList<>();
        deps.forEach((pkg, used) -> used.stream().filter(u -> !ClassDependencies.within(u, "io.residentid.core"))
                .forEach(u -> found.add(pkg + " -> " + u)));
        assertEquals(List.of(), found);
    }

    /** The references from {@code base} (and its sub-packages) to our packages outside {@code allowed}. */
    private static List<String> offending(String base, Set<String> allowed) {
        List<String> found = new ArrayList<>();
        deps.forEach((pkg, used) -> {
            if (ClassDependencies.within(pkg, base)) {
                used.stream().filter(u -> !allowed.contains(u) && !ClassDependencies.within(u, base))
                        .forEach(u -> found.add(pkg + " -> " + u));
            }
        });
        return found;
    }
}
