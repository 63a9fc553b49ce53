package io.residentid.examples.cli.seal;

import io.residentid.core.pki.ValidationReport;
import io.residentid.core.report.Finding;
import io.residentid.core.report.Verdict;
import io.residentid.examples.cli.CliCommand;
import io.residentid.examples.cli.CliException;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.ExitCodes;
import io.residentid.qr.seal.Seal;
import io.residentid.qr.seal.SealReport;
import io.residentid.qr.seal.SealVerifier;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code seal verify (--text | --hex | --image) [--cert FILE]... [--masterlist FILE]... [--csca FILE]... [--at]}:
 * the decoded seal plus {signature, signer, chain, findings, valid}; exit 0 valid, 1 invalid or signer unknown.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Verify a seal's signature and its signer's chain to a CSCA. Prints JSON.")
final class SealVerifyCommand extends CliCommand {

    @ArgGroup(exclusive = true, multiplicity = "1")
    SealFiles.Input input;

    @Option(names = "--cert", paramLabel = "FILE", description = "A signer certificate (PEM or DER) the seal may name; repeatable.")
    List<Path> certs = new ArrayList<>();

    @Option(names = "--masterlist", paramLabel = "FILE", description = "An ICAO CSCA master list to trust; repeatable.")
    List<Path> masterLists = new ArrayList<>();

    @Option(names = "--csca", paramLabel = "FILE", description = "A CSCA certificate (PEM or DER) to trust; repeatable.")
    List<Path> cscas = new ArrayList<>();

    @Option(names = "--at", paramLabel = "ISO-INSTANT", description = "Verify as of this instant (default: now).")
    String at;

    @Override
    public Integer call() {
        CliOutput out = output();
        Instant time;
        try {
            time = at == null ? Instant.now() : Instant.parse(at);
        } catch (DateTimeParseException e) {
            throw CliException.usage(out.text(SealFiles.MESSAGES, "seal.at.invalid", at));
        }
        SealVerifier.Builder builder = SealVerifier.builder().certificates(SealFiles.certificates(out, certs))
                .cscas(SealFiles.certificates(out, cscas));
        for (Path ml : masterLists) {
            builder.masterList(SealFiles.masterList(out, ml));
        }
        SealReport report = input.verify(out, builder.build(), time);
        Seal seal = report.seal();
        Map<String, Object> json = SealFiles.json(seal);
        json.put("signature", report.signature().name());
        report.signer().ifPresent(c -> {
            Map<String, Object> signer = new LinkedHashMap<>();
            signer.put("subject", c.getSubject().toString());
            signer.put("country", rdn(c));
            signer.put("namedBySeal", report.signerNamed());
            json.put("signer", signer);
        });
        Map<String, Object> chain = new LinkedHashMap<>();
        chain.put("checked", report.chainAtTime().isPresent());
        report.chainAtSigning().ifPresent(r -> chain.put("atSignatureDate", summary(r)));
        report.chainAtTime().ifPresent(r -> chain.put("atVerificationTime", summary(r)));
        json.put("chain", chain);
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding f : report.findings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", f.code());
            m.put("severity", f.severity().name());
            m.put("message", f.message(out.locale()));
            findings.add(m);
        }
        json.put("findings", findings);
        json.put("verdict", report.verdict().name());
        json.put("valid", report.verdict() == Verdict.VALID);
        out.json(json);
        return report.verdict() == Verdict.VALID ? ExitCodes.OK : ExitCodes.INVALID;
    }

    private static Map<String, Object> summary(ValidationReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", r.verdict().name());
        List<String> chain = new ArrayList<>();
        for (X509CertificateHolder c : r.chain()) {
            chain.add(c.getSubject().toString());
        }
        m.put("path", chain);
        return m;
    }

    private static String rdn(X509CertificateHolder c) {
        var rdns = c.getSubject().getRDNs(BCStyle.C);
        return rdns.length == 0 ? null : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }
}
