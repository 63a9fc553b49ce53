package io.residentid.examples.cli.mdoc;

import io.residentid.examples.cli.CliCommand;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.ExitCodes;
import io.residentid.mdoc.MdocFormatException;
import io.residentid.mdoc.engagement.DeviceEngagement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mdoc engagement --text "mdoc:…"}: prints {@code {version, cipherSuite, deviceKey:{crv}, retrievalMethods}}. */
@Command(name = "engagement", mixinStandardHelpOptions = true,
        description = "Decode the device engagement of an mdoc QR code (mdoc:…).")
final class MdocEngagementCommand extends CliCommand {

    @Option(names = "--text", required = true, paramLabel = "TEXT", description = "The QR text (mdoc:…).")
    String text;

    @Override
    public Integer call() {
        CliOutput out = output();
        DeviceEngagement engagement;
        try {
            engagement = DeviceEngagement.fromQrText(text.strip());
        } catch (MdocFormatException e) {
            throw MdocFiles.unreadable(out, "engagement", e);
        }
        out.json(MdocJson.engagement(engagement));
        return ExitCodes.OK;
    }
}
