package io.residentid.examples.cli.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch usage errors are one line in the user's language. */
class BatchUsageErrorsTest {

    @TempDir
    Path dir;

    private RenewalCommandTest.Run batch(String lang, String csv) throws Exception {
        Path in = Files.writeString(dir.resolve("in.csv"), csv);
        return RenewalCommandTest.run("--lang", lang, "renewal", "batch", "--in", in.toString(), "--out",
                dir.resolve("out.jsonl").toString());
    }

    @Test
    void unknownColumnIsNamedInEnglishAndArabic() throws Exception {
        RenewalCommandTest.Run en = batch("en", "country,expiry,name\n");
        assertEquals(2, en.code());
        assertTrue(en.err().contains("unknown CSV column 'name'"), en.err());
        RenewalCommandTest.Run ar = batch("ar", "country,expiry,name\n");
        assertEquals(2, ar.code());
        assertTrue(ar.err().contains("عمود CSV غير معروف 'name'"), ar.err());
    }

    @Test
    void incompleteHeaderAndMissingInputAreLocalized() throws Exception {
        assertTrue(batch("ar", "country\n").err().contains("ترويسة"));
        RenewalCommandTest.Run missing = RenewalCommandTest.run("--lang", "ar", "renewal", "batch", "--in",
                dir.resolve("none.csv").toString(), "--out", dir.resolve("o").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("غير موجود"), missing.err());
    }
}
