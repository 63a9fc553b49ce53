package io.residentid.examples.cli;

import java.util.Locale;

/**
 * One step of {@code resident-id demo}: self-contained, offline, no card reader needed. Each capability adds its
 * step to {@link DemoCommand#steps()}; the step's text comes from its own resource bundle.
 */
public interface DemoStep {

    /** The step's localized title. */
    String title(Locale locale);

    /**
     * Runs the step, printing a readable summary through {@code out}.
     *
     * @return whether the step's checks all came out as expected
     */
    boolean run(CliOutput out, DemoContext context) throws Exception;
}
