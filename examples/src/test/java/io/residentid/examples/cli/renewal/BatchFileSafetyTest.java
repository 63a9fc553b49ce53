package io.residentid.examples.cli.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.examples.cli.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code renewal batch} never destroys its input, never leaves a half-written output, and accounts for every row. */
class BatchFileSafetyTest {

    private static final String CSV = "id,country,expiry\n"
            + "a1,SA,2027-06-30\n"
            + "a2,XX,2027-06-30\n"
            + "a3,OM,2027-02-30\n"
            + "a4,\"quoted, row\",2027-01-01\n"
            + "a5,QA,2026-12-31\n";

    @TempDir
    Path dir;

    @Test
    void anOutputThatIsTheInputIsRefusedAndTheInputKept() throws Exception {
        Path in = Files.writeString(dir.resolve("in.csv"), CSV);
        CliRunner.Result run = CliRunner.run("renewal", "batch", "--in", in.toString(), "--out",
                in.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("it is the input file"), run.err());
        assertEquals(CSV, Files.readString(in));
    }

    @Test
    void anOutputThatReachesTheInputThroughALinkIsRefused() throws Exception {
        Path in = Files.writeString(dir.resolve("in.csv"), CSV);
        Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), in);
        CliRunner.Result run = CliRunner.run("renewal", "batch", "--in", in.toString(), "--out",
                link.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(CSV, Files.readString(in));
    }

    @Test
    void everySkippedRowIsInTheRejectsFileAndTheCountsMatch() throws Exception {
        Path in = Files.writeString(dir.resolve("in.csv"), CSV);
        Path out = dir.resolve("out.jsonl");
        Path rejects = dir.resolve("rejects.csv");
        CliRunner.Result run = CliRunner.run("renewal", "batch", "--in", in.toString(), "--out",
                out.toString(), "--rejects", rejects.toString(), "--today", "2026-12-06");
        assertEquals(1, run.exitCode(), run.err());
        List<String> written = Files.readAllLines(out);
        List<String> rejected = Files.readAllLines(rejects);
        assertEquals("line,row,code,message", rejected.get(0));
        assertEquals(5, written.size() + rejected.size() - 1, written + " " + rejected);
        assertTrue(rejected.stream().anyMatch(l -> l.startsWith("4,\"a3,OM,2027-02-30\",INVALID_ROW,")), rejected.toString());
        assertTrue(run.err().contains("2 assessed, 3 skipped") || run.err().contains("skipped"), run.err());
        assertNoPartFiles();
    }

    @Test
    void aFailedBatchLeavesTheEarlierOutputUntouchedAndNoPartialFile() throws Exception {
        Path out = Files.writeString(dir.resolve("out.jsonl"), "earlier result\n");
        Path in = Files.writeString(dir.resolve("in.csv"), "country,name\n");
        CliRunner.Result run = CliRunner.run("renewal", "batch", "--in", in.toString(), "--out",
                out.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("earlier result\n", Files.readString(out));
        assertNoPartFiles();
    }

    private void assertNoPartFiles() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")));
        }
    }
}
