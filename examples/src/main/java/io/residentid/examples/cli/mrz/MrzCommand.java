package io.residentid.examples.cli.mrz;

import io.residentid.examples.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code resident-id mrz}: machine-readable zone commands. */
@Command(name = "mrz", mixinStandardHelpOptions = true,
        description = "Machine-readable zones (ICAO 9303 TD1, TD2, TD3).",
        subcommands = {MrzParseCommand.class})
public final class MrzCommand extends CommandGroup {
}
