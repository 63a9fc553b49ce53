package io.residentid.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process with captured output, for tests. */
public final class CliRunner {

    /** What a run printed and returned. */
    public record Result(int exitCode, String out, String err) {
    }

    private CliRunner() {
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ResidentIdCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args, false);
        return new Result(code, out.toString(), err.toString());
    }
}
