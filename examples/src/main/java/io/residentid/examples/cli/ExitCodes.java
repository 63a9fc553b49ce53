package io.residentid.examples.cli;

/** Exit codes shared by every {@code resident-id} command. */
public final class ExitCodes {
    /** Valid, verified or done. */
    public static final int OK = 0;
    /** Input understood but invalid, or a verification failed (the JSON result is still printed). */
    public static final int INVALID = 1;
    /** Usage error or unreadable input: a one-line message on stderr. */
    public static final int USAGE = 2;
    /** Environment problem: no reader, no PC/SC service, I/O failure. */
    public static final int ENVIRONMENT = 3;
    /** A defect in resident-id itself: "internal error, please report" (stack trace with {@code --verbose}). */
    public static final int INTERNAL = 4;

    private ExitCodes() {
    }
}
