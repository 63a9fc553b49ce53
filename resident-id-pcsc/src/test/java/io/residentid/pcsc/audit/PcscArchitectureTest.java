package io.residentid.pcsc.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.residentid.core.audit.ClassDependencies;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of ARCHITECTURE.md for {@code resident-id-pcsc}, checked on the compiled classes. */
class PcscArchitectureTest {

    private static final List<String> CODECS = List.of("io.residentid.pcsc.apdu", "io.residentid.pcsc.tlv",
            "io.residentid.pcsc.atr");
    /** JDK packages that mean I/O (files, sockets, card readers). */
    private static final List<String> IO_PACKAGES = List.of("javax.smartcardio", "java.net", "java.nio.file",
            "java.nio.channels");

    private static Map<String, Set<String>> ours;
    private static Map<String, Set<String>> jdk;

    @BeforeAll
    static void scan() throws IOException {
        ours = ClassDependencies.of(Path.of("target/classes"), "io.residentid");
        jdk = ClassDependencies.of(Path.of("target/classes"), "java", "javax");
        assertFalse(ours.isEmpty(), "no compiled classes found in target/classes");
    }

    @Test
    void codecsDependOnNeitherTransportNorEmulator() {
        List<String> found = new ArrayList<>();
        for (String codec : CODECS) {
            ours.getOrDefault(codec, Set.of()).stream()
                    .filter(u -> ClassDependencies.within(u, "io.residentid.pcsc.transport")
                            || ClassDependencies.within(u, "io.residentid.emulator"))
                    .forEach(u -> found.add(codec + " -> " + u));
        }
        assertEquals(List.of(), found);
    }

    @Test
    void codecsDoNoIo() {
        List<String> found = new ArrayList<>();
        for (String codec : CODECS) {
            jdk.getOrDefault(codec, Set.of()).stream()
                    .filter(u -> IO_PACKAGES.stream().anyMatch(io -> ClassDependencies.within(u, io)))
                    .forEach(u -> found.add(codec + " -> " + u));
        }
        assertEquals(List.of(), found);
    }

    @Test
    void onlyTheEmulatorDependsOnTheEmulator() {
        List<String> found = new ArrayList<>();
        ours.forEach((pkg, used) -> {
            if (!ClassDependencies.within(pkg, "io.residentid.emulator")
                    && used.stream().anyMatch(u -> ClassDependencies.within(u, "io.residentid.emulator"))) {
                found.add(pkg);
            }
        });
        assertEquals(List.of(), found);
    }

    @Test
    void pcscDependsOnlyOnItselfAndCore() {
        List<String> found = new ArrayList<>();
        ours.forEach((pkg, used) -> used.stream()
                .filter(u -> !ClassDependencies.within(u, "io.residentid.pcsc")
                        && !ClassDependencies.within(u, "io.residentid.core"))
                .forEach(u -> found.add(pkg + " -> " + u)));
        assertEquals(List.of(), found);
    }
}
