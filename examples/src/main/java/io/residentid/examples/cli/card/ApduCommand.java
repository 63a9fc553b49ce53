package io.residentid.examples.cli.card;

import io.residentid.examples.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code resident-id apdu}: ISO/IEC 7816-4 command APDUs. */
@Command(name = "apdu", mixinStandardHelpOptions = true,
        description = "ISO/IEC 7816-4 command APDUs.",
        subcommands = {ApduDecodeCommand.class})
public final class ApduCommand extends CommandGroup {
}
