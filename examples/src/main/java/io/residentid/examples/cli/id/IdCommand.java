package io.residentid.examples.cli.id;

import io.residentid.examples.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code resident-id id}: commands for GCC identity numbers. */
@Command(name = "id", mixinStandardHelpOptions = true,
        description = "Identity numbers of the GCC states (SA, AE, KW, QA, BH, OM).",
        subcommands = {IdValidateCommand.class})
public final class IdCommand extends CommandGroup {
}
