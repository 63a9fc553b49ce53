package io.residentid.examples.cli.mrz;

import io.residentid.examples.cli.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code resident-id mrz}: machine-readable zone commands. */
@Command(name = "mrz", mixinStandardHelpOptions = true,
        description = "Machine-readable zones (ICAO 9303 TD1, TD2, TD3).",
        subcommands = {MrzParseCommand.class})
public final class MrzCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
