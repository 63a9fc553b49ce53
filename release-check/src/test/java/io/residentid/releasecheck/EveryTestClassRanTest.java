package io.residentid.releasecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every class with tests in any module's {@code src/test/java} produced a Surefire report in this build. Surefire
 * silently skips classes whose names match none of its include patterns (eight property classes never ran in wave 1),
 * so the build checks the outcome rather than trusting the naming rule. This module is the last of the reactor, so
 * every other module's tests have run when this one does. Skipped for a partial run ({@code -Pfuzz}, which runs only
 * the fuzz targets, sets {@code residentid.checkTestReports=false}).
 */
class EveryTestClassRanTest {

    private static final Pattern TEST_ANNOTATION = Pattern.compile(
            "@(?:org\\.junit\\.jupiter\\.api\\.|net\\.jqwik\\.api\\.)?(Test|Property|Example|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate|Nested)\\b");
    private static final Pattern ABSTRACT_CLASS = Pattern.compile("(?m)^\\s*(public\\s+)?abstract\\s+class\\b");

    @Test
    void everyTestClassOfEveryModuleHasASurefireReport() {
        assumeFalse("false".equals(System.getProperty("residentid.checkTestReports")), "partial run");
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Path module : ProjectLayout.modules()) {
            Path tests = module.resolve("src/test/java");
            Path reports = module.resolve("target/surefire-reports");
            for (Path file : ProjectLayout.javaFiles(tests)) {
                String source = ProjectLayout.read(file);
                if (!TEST_ANNOTATION.matcher(source).find() || ABSTRACT_CLASS.matcher(source).find()) {
                    continue;
                }
                String className = tests.relativize(file).toString().replace('\\', '/')
                        .replaceAll("\\.java$", "").replace('/', '.');
                checked++;
                if (!hasReport(reports, className)) {
                    missing.add(module.getFileName() + ": " + className);
                }
            }
        }
        assertTrue(checked > 0, "no test classes found below " + ProjectLayout.root());
        assertEquals(List.of(), missing, "test classes that did not run (checked " + checked + ")"
                + " — name them *Test, *Properties or *Fuzz, or fix the Surefire includes");
    }

    /** A report for the class itself, or for one of its nested classes (a class holding only @Nested classes). */
    private static boolean hasReport(Path reports, String className) {
        if (Files.exists(reports.resolve("TEST-" + className + ".xml"))) {
            return true;
        }
        if (!Files.isDirectory(reports)) {
            return false;
        }
        try (Stream<Path> files = Files.list(reports)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith("TEST-" + className + "$"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
