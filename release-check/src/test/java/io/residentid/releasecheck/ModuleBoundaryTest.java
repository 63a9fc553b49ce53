package io.residentid.releasecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The package rules of ARCHITECTURE.md across module boundaries, which no single module's own architecture test can
 * see: an {@code internal} package belongs to its module alone, and library code never reaches the emulator.
 */
class ModuleBoundaryTest {

    private static final Pattern REFERENCE = Pattern.compile("\\bio\\.residentid\\.([a-z0-9_]+(?:\\.[a-z0-9_]+)*)");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+(io\\.residentid\\.[a-z0-9_.]+)\\s*;");
    private static final Pattern EXPORTS = Pattern.compile("(?m)^\\s*(exports|opens)\\s+([a-z0-9_.]+)");
    private static final Set<String> LIBRARIES =
            Set.of("resident-id-core", "resident-id-pcsc", "resident-id-qr", "resident-id-mdoc", "resident-id-kyc");

    @Test
    void noModuleUsesAnotherModulesInternalPackage() {
        List<String> violations = new ArrayList<>();
        List<Path> modules = ProjectLayout.modules();
        for (Path module : modules) {
            Set<String> own = packagesOf(module);
            for (Path file : sources(module)) {
                Matcher m = REFERENCE.matcher(ProjectLayout.read(file));
                while (m.find()) {
                    // The pattern stops at the first segment that is not lower case: a class name.
                    String pkg = "io.residentid." + m.group(1);
                    if (isInternal(pkg) && !own.contains(pkg)) {
                        violations.add(ProjectLayout.root().relativize(file) + " uses " + pkg);
                    }
                }
            }
        }
        assertEquals(List.of(), violations.stream().distinct().toList(),
                "internal packages are implementation details of their own module");
    }

    @Test
    void moduleDescriptorsNeverExportOrOpenInternalPackages() {
        List<String> violations = new ArrayList<>();
        for (Path module : ProjectLayout.modules()) {
            Path descriptor = module.resolve("src/main/java/module-info.java");
            if (Files.exists(descriptor)) {
                Matcher m = EXPORTS.matcher(ProjectLayout.read(descriptor));
                while (m.find()) {
                    if (isInternal(m.group(2))) {
                        violations.add(module.getFileName() + ": " + m.group(1) + " " + m.group(2));
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void libraryCodeNeverReachesTheEmulator() {
        List<String> violations = new ArrayList<>();
        for (Path module : ProjectLayout.modules()) {
            if (!LIBRARIES.contains(module.getFileName().toString())) {
                continue;
            }
            for (Path file : ProjectLayout.javaFiles(module.resolve("src/main/java"))) {
                if (ProjectLayout.read(file).contains("io.residentid.emulator")) {
                    violations.add(ProjectLayout.root().relativize(file).toString());
                }
            }
            String pom = ProjectLayout.read(module.resolve("pom.xml"));
            assertFalse(pom.contains("<artifactId>resident-id-emulator</artifactId>")
                    && !emulatorIsTestScoped(pom), module.getFileName() + " depends on the emulator outside tests");
        }
        assertEquals(List.of(), violations);
    }

    private static boolean emulatorIsTestScoped(String pom) {
        int at = pom.indexOf("<artifactId>resident-id-emulator</artifactId>");
        int end = pom.indexOf("</dependency>", at);
        return end > at && pom.substring(at, end).contains("<scope>test</scope>");
    }

    private static List<Path> sources(Path module) {
        List<Path> files = new ArrayList<>(ProjectLayout.javaFiles(module.resolve("src/main/java")));
        files.addAll(ProjectLayout.javaFiles(module.resolve("src/test/java")));
        return files;
    }

    private static Set<String> packagesOf(Path module) {
        Set<String> packages = new TreeSet<>();
        for (Path file : ProjectLayout.javaFiles(module.resolve("src/main/java"))) {
            Matcher m = PACKAGE.matcher(ProjectLayout.read(file));
            if (m.find()) {
                packages.add(m.group(1));
            }
        }
        return packages;
    }

    private static boolean isInternal(String pkg) {
        return pkg.endsWith(".internal") || pkg.contains(".internal.");
    }
}
