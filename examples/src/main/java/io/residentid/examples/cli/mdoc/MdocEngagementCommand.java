package io.residentid.examples.cli.mdoc;

import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.ExitCodes;
import io.residentid.examples.cli.ResidentIdCli;
import io.residentid.mdoc.MdocFormatException;
import io.residentid.mdoc.engagement.DeviceEngagement;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mdoc engagement --text "mdoc:…"}: prints {@code {version, cipherSuite, deviceKey:{crv}, retrievalMethods}}. */
@Command(name = "engagement", mixinStandardHelpOptions = true,
        description = "Decode the device engagement of an mdoc QR code (mdoc:…).")
final class MdocEngagementCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--text", required = true, paramLabel = "TEXT", description = "The QR text (mdoc:…).")
    String text;

    @Override
    public Integer call() {
        CliOutput out = ResidentIdCli.output(spec);
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
