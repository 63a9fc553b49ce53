package io.residentid.examples.cli.seal;

import io.residentid.examples.cli.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code resident-id seal}: ICAO visible digital seals (VDS, VDS-NC, IDB): decode, verify against CSCA trust, issue. */
@Command(name = "seal", mixinStandardHelpOptions = true,
        description = "ICAO visible digital seals (VDS, VDS-NC, IDB): decode, verify against CSCA trust, issue.",
        subcommands = {SealDecodeCommand.class, SealVerifyCommand.class, SealIssueCommand.class})
public final class SealCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
