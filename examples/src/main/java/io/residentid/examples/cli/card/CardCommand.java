package io.residentid.examples.cli.card;

import io.residentid.examples.cli.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code resident-id card}: smart-card commands ({@code emulate}; reading the chip comes later). */
@Command(name = "card", mixinStandardHelpOptions = true,
        description = "Smart-card commands.",
        subcommands = {CardEmulateCommand.class, io.residentid.examples.cli.chip.CardReadCommand.class, io.residentid.examples.cli.chip.CardEmulateResidentCommand.class})
public final class CardCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
