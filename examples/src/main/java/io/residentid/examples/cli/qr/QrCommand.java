package io.residentid.examples.cli.qr;

import io.residentid.examples.cli.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code resident-id qr}: issue, render, scan and verify signed QR credentials offline. */
@Command(name = "qr", mixinStandardHelpOptions = true,
        description = "Signed QR resident credentials: keys, issuing, trust lists, status lists, scanning and verifying.",
        subcommands = {QrKeygenCommand.class, QrIssueCommand.class, QrTrustListCommand.class, QrVerifyCommand.class,
            QrDecodeImageCommand.class, QrStatusListCommand.class})
public final class QrCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
