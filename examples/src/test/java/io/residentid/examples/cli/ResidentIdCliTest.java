package io.residentid.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResidentIdCliTest {

    @TempDir
    java.nio.file.Path tmp;

    @Test
    void helpListsCommandsAndExitsZero() {
        CliRunner.Result r = CliRunner.run("--help");
        assertEquals(ExitCodes.OK, r.exitCode());
        assertTrue(r.out().contains("demo"), r.out());
    }

    @Test
    void unknownCommandIsAUsageErrorOnOneLine() {
        CliRunner.Result r = CliRunner.run("no-such-command");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void demoRunsOfflineInEnglishAndArabic() {
        CliRunner.Result en = CliRunner.run("demo", "--work-dir", tmp.resolve("en").toString());
        assertEquals(ExitCodes.OK, en.exitCode(), en.err());
        assertTrue(en.out().contains("resident-id demo"), en.out());
        CliRunner.Result ar = CliRunner.run("--lang", "ar", "demo", "--work-dir", tmp.resolve("ar").toString());
        assertEquals(ExitCodes.OK, ar.exitCode(), ar.err());
        assertTrue(ar.out().contains("اكتمل العرض"), ar.out());
    }

    @Test
    void versionIsPrinted() {
        CliRunner.Result r = CliRunner.run("--version");
        assertEquals(ExitCodes.OK, r.exitCode());
        assertTrue(r.out().startsWith("resident-id "), r.out());
    }
}
