package io.residentid.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The demo writes a private issuer key among its files: without --keep it leaves nothing behind. */
class DemoCleanupTest {

    private static Set<String> demoDirs() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("resident-id-demo"))
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void theDemoLeavesNoTemporaryFilesBehind() throws Exception {
        Set<String> before = demoDirs();
        CliRunner.Result result = CliRunner.run("demo");
        assertEquals(0, result.exitCode(), result.err());
        Set<String> after = demoDirs();
        after.removeAll(before);
        assertEquals(Set.of(), after);
        assertTrue(result.out().contains("--keep"), result.out());
    }
}
