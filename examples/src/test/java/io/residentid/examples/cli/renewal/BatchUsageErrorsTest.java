package io.residentid.examples.cli.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.examples.cli.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch usage errors are one line in the user's language. */
class BatchUsageErrorsTest {

    @TempDir
    Path dir;

    private CliRunner.Result batch(String lang, String csv) throws Exception {
        Path in = Files.writeString(dir.resolve("in.csv"), csv);
        return CliRunner.run("--lang", lang, "renewal", "batch", "--in", in.toString(), "--out",
                dir.resolve("out.jsonl").toString());
    }

    @Test
    void unknownColumnIsNamedInEnglishAndArabic() throws Exception {
        CliRunner.Result en = batch("en", "country,expiry,name\n");
        assertEquals(2, en.exitCode());
        assertTrue(en.err().contains("unknown CSV column 'name'"), en.err());
        CliRunner.Result ar = batch("ar", "country,expiry,name\n");
        assertEquals(2, ar.exitCode());
        assertTrue(ar.err().contains("عمود CSV غير معروف 'name'"), ar.err());
    }

    @Test
    void incompleteHeaderAndMissingInputAreLocalized() throws Exception {
        assertTrue(batch("ar", "country\n").err().contains("ترويسة"));
        CliRunner.Result missing = CliRunner.run("--lang", "ar", "renewal", "batch", "--in",
                dir.resolve("none.csv").toString(), "--out", dir.resolve("o").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("غير موجود"), missing.err());
    }
}
