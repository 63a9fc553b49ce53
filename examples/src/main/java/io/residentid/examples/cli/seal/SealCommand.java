package io.residentid.examples.cli.seal;

import io.residentid.examples.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code resident-id seal}: ICAO visible digital seals (VDS, VDS-NC, IDB): decode, verify against CSCA trust, issue. */
@Command(name = "seal", mixinStandardHelpOptions = true,
        description = "ICAO visible digital seals (VDS, VDS-NC, IDB): decode, verify against CSCA trust, issue.",
        subcommands = {SealDecodeCommand.class, SealVerifyCommand.class, SealIssueCommand.class})
public final class SealCommand extends CommandGroup {
}
