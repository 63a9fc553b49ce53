package io.residentid.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that only gathers subcommands ({@code qr}, {@code kyc record}, …). Run without one, it prints its usage
 * help on stderr and exits {@link ExitCodes#USAGE}, the same for every group.
 */
public abstract class CommandGroup implements Callable<Integer> {

    /** Filled in by picocli: the group's own command, whose usage help is printed. */
    @Spec
    protected CommandSpec spec;

    /** Subclasses are picocli {@code @Command} classes that add subcommands and, at most, shared helpers. */
    protected CommandGroup() {
    }

    /** Prints the group's usage help on stderr; a group alone is a usage error. */
    @Override
    public final Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
