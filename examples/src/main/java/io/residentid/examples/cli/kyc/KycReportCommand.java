package io.residentid.examples.cli.kyc;

import io.residentid.examples.cli.CliCommand;
import io.residentid.examples.cli.CliFiles;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.ExitCodes;
import io.residentid.kyc.EvidenceRecord;
import io.residentid.kyc.KycReportHtml;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kyc report --record FILE --key FILE --html OUT}: an auditor's HTML page of a verified record. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Render a verified evidence record as a self-contained HTML page for auditors (English, or Arabic right-to-left with --lang ar).")
final class KycReportCommand extends CliCommand {

    @Mixin
    EvidenceRecordOption record;

    @Option(names = "--key", required = true, paramLabel = "FILE", description = "The bank's public P-256 JWK (the record is verified before it is read).")
    Path key;

    @Option(names = "--html", required = true, paramLabel = "FILE", description = "Where to write the HTML page.")
    Path html;

    @Override
    public Integer call() {
        CliOutput out = output();
        EvidenceRecord.Verification v = record.verify(out, key);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("valid", v.signatureValid());
        if (v.signatureValid()) {
            CliFiles.write(out, html, KycReportHtml.render(v.report().orElseThrow(), out.locale())
                    .getBytes(StandardCharsets.UTF_8));
            json.put("html", html.toString());
            json.put("verdict", v.report().orElseThrow().path("verdict").asText());
        } else {
            json.put("findings", v.findings().stream().map(f -> f.code()).toList());
        }
        out.json(json);
        return v.signatureValid() ? ExitCodes.OK : ExitCodes.INVALID;
    }
}
