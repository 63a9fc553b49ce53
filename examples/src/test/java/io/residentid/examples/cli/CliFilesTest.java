package io.residentid.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input files of every command group fail the same way: one localized line on stderr, exit 2. */
class CliFilesTest {

    @TempDir
    Path tmp;

    private static void assertOneLineUsageError(CliRunner.Result r, String expected) {
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertTrue(r.err().contains(expected), r.err());
    }

    @Test
    void missingFactsFileIsAUsageErrorInEnglishAndArabic() {
        String missing = tmp.resolve("missing.json").toString();
        assertOneLineUsageError(CliRunner.run("renewal", "assess", "--country", "OM", "--expiry", "2027-06-30",
                "--facts", missing), "File not found");
        assertOneLineUsageError(CliRunner.run("--lang", "ar", "renewal", "assess", "--country", "OM", "--expiry",
                "2027-06-30", "--facts", missing), "الملف غير موجود");
    }

    @Test
    void oversizedFactsFileIsAUsageError() throws Exception {
        Path big = Files.writeString(tmp.resolve("big.json"), " ".repeat(20_000));
        assertOneLineUsageError(CliRunner.run("renewal", "assess", "--country", "OM", "--expiry", "2027-06-30",
                "--facts", big.toString()), "larger than 16384 bytes");
    }

    @Test
    void missingCmsFileIsAUsageError() {
        assertOneLineUsageError(CliRunner.run("pki", "verify-cms", tmp.resolve("sod.der").toString()), "File not found");
    }

    @Test
    void offencesOutOfRangeIsLocalized() {
        assertOneLineUsageError(CliRunner.run("--lang", "ar", "renewal", "assess", "--country", "OM", "--expiry",
                "2027-06-30", "--offences", "100"), "99");
        assertOneLineUsageError(CliRunner.run("--lang", "ar", "renewal", "assess", "--country", "OM", "--expiry",
                "2027-06-30", "--offences", "100"), "يجب");
    }
}
