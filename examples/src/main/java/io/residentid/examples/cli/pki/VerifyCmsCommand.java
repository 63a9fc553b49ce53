package io.residentid.examples.cli.pki;

import io.residentid.core.pki.CmsReport;
import io.residentid.core.pki.CmsVerifier;
import io.residentid.examples.cli.CliCommand;
import io.residentid.examples.cli.CliFiles;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.ExitCodes;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code resident-id pki verify-cms}. */
@Command(name = "verify-cms", mixinStandardHelpOptions = true,
        description = "Verify a CMS SignedData (an ICAO EF.SOD with its 0x77 wrapper is accepted). Exit 0 only when"
                + " the signature verifies and the signer chains to an --anchor.")
final class VerifyCmsCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "DER CMS or EF.SOD.")
    Path file;

    @Option(names = "--anchor", arity = "1..*", paramLabel = "FILE", description = "Trusted CSCA/root certificates.")
    List<Path> anchors;

    @Option(names = "--content", paramLabel = "FILE", description = "Detached content.")
    Path content;

    @Mixin
    ValidationTimeOption validationTime;

    record Result(String status, boolean signatureValid, String signer, String contentType,
                  List<PkiCommand.FindingJson> findings, String chainStatus) {
    }

    @Override
    public Integer call() {
        CliOutput out = output();
        byte[] data = CliFiles.read(out, file, CmsVerifier.DEFAULT_MAX_BYTES);
        byte[] detached = content == null ? null : CliFiles.read(out, content, 64 << 20);
        CmsVerifier.Builder builder = CmsVerifier.builder();
        if (anchors != null && !anchors.isEmpty()) {
            builder.trustStore(PkiCommand.anchors(out, anchors));
        }
        // The time is read after the content is unwrapped, as before: an unreadable file is reported first.
        CmsReport report = PkiCommand.read(out, file, () -> builder.build().verify(CmsVerifier.unwrapEfSod(data),
                detached, validationTime.instant(out)));
        out.json(new Result(report.verdict().name(), report.signatureValid(),
                report.signer().map(s -> s.getSubject().toString()).orElse(null),
                report.contentType(),
                PkiCommand.findings(report.findings(), out.locale()),
                report.chain().map(c -> c.verdict().name()).orElse("NOT_CHECKED")));
        return report.isValid() ? ExitCodes.OK : ExitCodes.INVALID;
    }
}
