package io.residentid.examples.cli.card;

import io.residentid.examples.cli.ExitCodes;
import io.residentid.examples.cli.chip.CardReadCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code resident-id card}: smart-card commands ({@code emulate}, {@code read}). */
@Command(name = "card", mixinStandardHelpOptions = true,
        description = "Smart-card commands.",
        subcommands = {CardEmulateCommand.class, CardReadCommand.class})
public final class CardCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
