package io.residentid.qr.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.residentid.core.audit.ClassDependencies;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code resident-id-qr} depends only on itself and core: never on pcsc or examples. */
class QrArchitectureTest {

    @Test
    void qrDependsOnlyOnItselfAndCore() throws IOException {
        Map<String, Set<String>> ours = ClassDependencies.of(Path.of("target/classes"), "io.residentid");
        assertFalse(ours.isEmpty(), "no compiled classes found in target/classes");
        List<String> found = new ArrayList<>();
        ours.forEach((pkg, used) -> used.stream()
                .filter(u -> !ClassDependencies.within(u, "io.residentid.qr")
                        && !ClassDependencies.within(u, "io.residentid.core"))
                .forEach(u -> found.add(pkg + " -> " + u)));
        assertEquals(List.of(), found);
    }
}
