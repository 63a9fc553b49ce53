package io.residentid.examples.cli.qr;

import io.residentid.examples.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code resident-id qr}: issue, render, scan and verify signed QR credentials offline. */
@Command(name = "qr", mixinStandardHelpOptions = true,
        description = "Signed QR resident credentials: keys, issuing, trust lists, status lists, scanning and verifying.",
        subcommands = {QrKeygenCommand.class, QrIssueCommand.class, QrTrustListCommand.class, QrVerifyCommand.class,
            QrDecodeImageCommand.class, QrStatusListCommand.class})
public final class QrCommand extends CommandGroup {
}
