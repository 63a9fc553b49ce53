package io.residentid.examples.cli.seal;

import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.ExitCodes;
import io.residentid.examples.cli.ResidentIdCli;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code seal decode (--text | --hex | --image)}: the decoded seal as JSON, without verifying it. */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = "Decode a VDS, VDS-NC or IDB seal (not verified). Prints JSON.")
final class SealDecodeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    SealFiles.Input input;

    @Override
    public Integer call() {
        CliOutput out = ResidentIdCli.output(spec);
        out.json(SealFiles.json(input.decode(out)));
        return ExitCodes.OK;
    }
}
