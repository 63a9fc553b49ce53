package io.residentid.examples.cli;

/**
 * A failure a command reports as a one-line message on stderr with a specific exit code, never a stack trace.
 */
public final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public CliException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** Unreadable input or wrong usage: exit code 2. */
    public static CliException usage(String message) {
        return new CliException(ExitCodes.USAGE, message);
    }

    /** Missing reader, service or file system problem: exit code 3. */
    public static CliException environment(String message, Throwable cause) {
        return new CliException(ExitCodes.ENVIRONMENT, message, cause);
    }

    public int exitCode() {
        return exitCode;
    }
}
