package io.residentid.examples.cli.kyc;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.residentid.core.json.ResidentIdJson;
import io.residentid.examples.cli.CliCommand;
import io.residentid.examples.cli.CliException;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.ExitCodes;
import io.residentid.kyc.KycVerifier;
import io.residentid.kyc.Reverifier;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kyc reverify --records DIR|FILE.jsonl --evidence-root DIR --key FILE (--masterlist|--csca)… [--crl]…}:
 * streams stored records, re-verifies their chip evidence against the trust given now, and prints one JSON line
 * per record whose decision changed, then a summary line. Progress goes to stderr. Exit 0 when nothing changed.
 */
@Command(name = "reverify", mixinStandardHelpOptions = true,
        description = "Re-verify stored evidence records against new trust data and list the decisions that change (one JSON line each).")
final class KycReverifyCommand extends CliCommand {

    @Option(names = "--records", required = true, paramLabel = "DIR|FILE", description = "A .jsonl file of records (one compact JWS per line) or a directory of .jws files.")
    Path records;

    @Option(names = "--evidence-root", required = true, paramLabel = "DIR", description = "The directory holding each case's chip evidence as DIR/<caseId>/.")
    Path evidenceRoot;

    @Option(names = "--key", required = true, paramLabel = "FILE", description = "The bank's public P-256 JWK the records are signed with.")
    Path key;

    @Option(names = "--masterlist", paramLabel = "FILE", description = "An ICAO CSCA master list to trust now (repeatable).")
    List<Path> masterLists = new ArrayList<>();

    @Option(names = "--csca", paramLabel = "FILE", description = "A CSCA certificate file to trust now (repeatable).")
    List<Path> cscas = new ArrayList<>();

    @Option(names = "--crl", paramLabel = "FILE", description = "A CRL to apply now (repeatable).")
    List<Path> crls = new ArrayList<>();

    @Mixin
    DecisionPolicyOption decisionPolicy;

    @Option(names = "--no-progress", description = "Do not draw the progress line on stderr.")
    boolean noProgress;

    @Override
    public Integer call() throws IOException {
        CliOutput out = output();
        if (!Files.exists(records)) {
            throw CliException.usage(out.text("file.missing", records));
        }
        if (!Files.isDirectory(evidenceRoot)) {
            throw CliException.usage(out.text("file.missing", evidenceRoot));
        }
        KycVerifier verifier = decisionPolicy.verifier(out,
                KycCliSupport.trust(out, masterLists, cscas, crls).build());
        Reverifier reverifier = Reverifier.of(verifier, evidenceRoot, KycCliSupport.key(out, key, false)
                .toPublicJWK());
        ObjectMapper json = ResidentIdJson.mapper();
        PrintWriter stdout = out.out();
        PrintWriter stderr = out.err();
        Reverifier.Summary summary = reverifier.reverify(records, change -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("index", change.index());
            line.put("caseId", change.caseId());
            line.put("before", change.before());
            line.put("after", change.after());
            line.put("reason", change.reason());
            try {
                stdout.println(json.writeValueAsString(line));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, n -> {
            if (!noProgress) {
                stderr.print("\r" + out.text(KycCliSupport.MESSAGES, "kyc.reverify.progress", n));
                stderr.flush();
            }
        });
        if (!noProgress) {
            stderr.println();
            stderr.flush();
        }
        Map<String, Object> total = new LinkedHashMap<>();
        total.put("records", summary.records());
        total.put("changed", summary.changed());
        total.put("unusable", summary.unusable());
        stdout.println(json.writeValueAsString(Map.of("summary", total)));
        stdout.flush();
        return summary.changed() == 0 ? ExitCodes.OK : ExitCodes.INVALID;
    }
}
