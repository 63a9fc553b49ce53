package io.residentid.examples.cli.id;

import io.residentid.examples.cli.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code resident-id id}: commands for GCC identity numbers. */
@Command(name = "id", mixinStandardHelpOptions = true,
        description = "Identity numbers of the GCC states (SA, AE, KW, QA, BH, OM).",
        subcommands = {IdValidateCommand.class})
public final class IdCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
