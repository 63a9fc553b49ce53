package io.residentid.examples.cli;

/** One step of {@code resident-id demo}: self-contained, offline, no card reader needed. */
public interface DemoStep {

    /** A stable key of the step, also the prefix of its messages in the CLI bundle. */
    String key();

    /**
     * Runs the step, printing a readable summary through {@code out}.
     *
     * @return whether the step's checks all came out as expected
     */
    boolean run(CliOutput out, DemoContext context) throws Exception;
}
