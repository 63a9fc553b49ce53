package io.residentid.examples.cli.mdoc;

import io.residentid.examples.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code resident-id mdoc}: ISO/IEC 18013-5 mobile documents (mdoc, mDL): engagement, verification, reading over NFC, an emulated holder. */
@Command(name = "mdoc", mixinStandardHelpOptions = true,
        description = "ISO/IEC 18013-5 mobile documents (mdoc, mDL): engagement, verification, reading over NFC, an emulated holder.",
        subcommands = {MdocEngagementCommand.class, MdocVerifyCommand.class, MdocReadCommand.class,
                MdocHolderEmulateCommand.class})
public final class MdocCommand extends CommandGroup {
}
