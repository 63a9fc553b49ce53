package io.residentid.examples.cli.pki;

import io.residentid.core.pki.MasterList;
import io.residentid.core.pki.ValidationReport;
import io.residentid.examples.cli.CliCommand;
import io.residentid.examples.cli.CliFiles;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.ExitCodes;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code resident-id pki masterlist}. */
@Command(name = "masterlist", mixinStandardHelpOptions = true,
        description = "Read an ICAO CSCA master list: signature, signer, CSCAs per country. With --anchor the signer's"
                + " chain is validated too. Exit 0 when the signature (and, with --anchor, the chain) is valid.")
final class MasterListCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "The master list (.ml, DER CMS).")
    Path file;

    @Option(names = "--anchor", arity = "1..*", paramLabel = "FILE",
            description = "Independently trusted certificates for the signer's chain.")
    List<Path> anchors;

    @Mixin
    ValidationTimeOption validationTime;

    record Result(boolean signatureValid, String signer, int certificates, Map<String, Integer> countries,
                  int unparsable, String signerChainStatus, List<PkiCommand.FindingJson> signerChainFindings) {
    }

    @Override
    public Integer call() {
        CliOutput out = output();
        byte[] data = CliFiles.read(out, file, MasterList.MAX_BYTES);
        MasterList list = PkiCommand.read(out, file, () -> MasterList.parse(data));
        Map<String, Integer> countries = new TreeMap<>();
        list.byCountry().forEach((k, v) -> countries.put(k, v.size()));
        String chainStatus = "NOT_CHECKED";
        List<PkiCommand.FindingJson> chainFindings = null;
        boolean ok = list.signatureValid();
        if (anchors != null && !anchors.isEmpty() && list.signer().isPresent()) {
            ValidationReport report = list.validateSigner(PkiCommand.anchors(out, anchors),
                    validationTime.instant(out));
            chainStatus = report.verdict().name();
            chainFindings = PkiCommand.findings(report.findings(), out.locale());
            ok &= report.isValid();
        }
        out.json(new Result(list.signatureValid(), list.signer().map(s -> s.getSubject().toString()).orElse(null),
                list.certificates().size(), countries, list.unparsable(), chainStatus, chainFindings));
        return ok ? ExitCodes.OK : ExitCodes.INVALID;
    }
}
