package io.residentid.examples.cli.mdoc;

import io.residentid.examples.cli.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code resident-id mdoc}: ISO/IEC 18013-5 mobile documents (mdoc, mDL): engagement, verification, reading over NFC, an emulated holder. */
@Command(name = "mdoc", mixinStandardHelpOptions = true,
        description = "ISO/IEC 18013-5 mobile documents (mdoc, mDL): engagement, verification, reading over NFC, an emulated holder.",
        subcommands = {MdocEngagementCommand.class, MdocVerifyCommand.class, MdocReadCommand.class,
                MdocHolderEmulateCommand.class})
public final class MdocCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
