package io.residentid.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that does the work (as opposed to a {@link CommandGroup}): picocli fills in its spec, and
 * {@link #output()} is where it prints, in the language the user chose.
 */
public abstract class CliCommand implements Callable<Integer> {

    /** Filled in by picocli: this command's own spec (its name, its command line, the root command). */
    @Spec
    protected CommandSpec spec;

    /** Subclasses are picocli {@code @Command} classes with their own options and {@link #call()}. */
    protected CliCommand() {
    }

    /** {@return the output of the running command line, in the chosen language} */
    protected final CliOutput output() {
        return ResidentIdCli.output(spec);
    }
}
