package io.residentid.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.residentid.core.json.ResidentIdJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process with captured output, for tests. */
public final class CliRunner {

    /** What a run printed and returned. */
    public record Result(int exitCode, String out, String err) {

        /** The JSON the command printed on stdout. */
        public JsonNode json() throws IOException {
            return ResidentIdJson.mapper().readTree(out);
        }
    }

    private CliRunner() {
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ResidentIdCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args, false);
        return new Result(code, out.toString(), err.toString());
    }

    /** The CLI's convention for bad input: exit 2 and one line {@code resident-id: …} on stderr, no stack trace. */
    public static void assertUsageError(Result r) {
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("resident-id: "), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains("at io.") || r.err().contains("Exception"), r.err());
    }
}
