package io.residentid.examples.cli.card;

import io.residentid.examples.cli.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code resident-id apdu}: ISO/IEC 7816-4 command APDUs. */
@Command(name = "apdu", mixinStandardHelpOptions = true,
        description = "ISO/IEC 7816-4 command APDUs.",
        subcommands = {ApduDecodeCommand.class})
public final class ApduCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
