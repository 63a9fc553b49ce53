package io.residentid.examples.cli.seal;

import io.residentid.examples.cli.CliCommand;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.ExitCodes;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;

/** {@code seal decode (--text | --hex | --image)}: the decoded seal as JSON, without verifying it. */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = "Decode a VDS, VDS-NC or IDB seal (not verified). Prints JSON.")
final class SealDecodeCommand extends CliCommand {

    @ArgGroup(exclusive = true, multiplicity = "1")
    SealFiles.Input input;

    @Override
    public Integer call() {
        CliOutput out = output();
        out.json(SealFiles.json(input.decode(out)));
        return ExitCodes.OK;
    }
}
