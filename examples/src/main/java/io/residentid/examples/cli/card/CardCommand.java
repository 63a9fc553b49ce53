package io.residentid.examples.cli.card;

import io.residentid.examples.cli.CommandGroup;
import io.residentid.examples.cli.chip.CardReadCommand;
import picocli.CommandLine.Command;

/** {@code resident-id card}: smart-card commands ({@code emulate}, {@code read}). */
@Command(name = "card", mixinStandardHelpOptions = true,
        description = "Smart-card commands.",
        subcommands = {CardEmulateCommand.class, CardReadCommand.class})
public final class CardCommand extends CommandGroup {
}
