package io.residentid.examples.cli.qr;

import io.residentid.core.report.Finding;
import io.residentid.core.report.Severity;
import io.residentid.examples.cli.CliCommand;
import io.residentid.examples.cli.CliException;
import io.residentid.examples.cli.CliFiles;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.VerifyTimeOption;
import io.residentid.examples.cli.ExitCodes;
import io.residentid.qr.format.EccLevel;
import io.residentid.qr.format.QrText;
import io.residentid.qr.image.ImageDecodeException;
import io.residentid.qr.image.QrImageDecoder;
import io.residentid.qr.image.ScannedCode;
import io.residentid.qr.status.FileStatusListProvider;
import io.residentid.qr.status.StatusChecker;
import io.residentid.qr.trust.TrustList;
import io.residentid.qr.verify.CredentialVerifier;
import io.residentid.qr.verify.VerificationReport;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code qr verify --trust trust.json [--status FILE] [--at ISO-INSTANT] (--text TEXT | --image FILE)}: prints
 * {@code {valid, failures, messages, warnings, issuer, kid, claims, qrVersion}}; exit 0 valid, 1 invalid.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Verify a credential from its QR text or an image, offline, against a trust list.")
final class QrVerifyCommand extends CliCommand {

    @Option(names = "--trust", required = true, paramLabel = "FILE", description = "The trust list (JSON).")
    Path trust;

    @Option(names = "--trust-signer", paramLabel = "FILE",
            description = "The pinned trust-list signer's JWK: --trust is then a signed trust list (JWS).")
    Path trustSigner;

    @Option(names = "--status", paramLabel = "FILE", description = "A status list token file to check revocation against.")
    List<Path> status;

    @Option(names = "--soft-fail", description = "Accept a stale status list with a warning (default: refuse it).")
    boolean softFail;

    @Mixin
    VerifyTimeOption verifyTime;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    /** Where the credential comes from. */
    static final class Input {
        @Option(names = "--text", paramLabel = "TEXT", description = "The QR text (rid:/…).")
        String text;

        @Option(names = "--image", paramLabel = "FILE", description = "A PNG/JPEG image holding the QR code.")
        Path image;
    }

    @Override
    public Integer call() {
        CliOutput out = output();
        TrustList list = trustSigner == null ? QrFiles.trustList(out, trust) : QrFiles.signedTrustList(out, trust, trustSigner);
        CredentialVerifier.Builder builder = CredentialVerifier.builder(list);
        if (status != null && !status.isEmpty()) {
            builder.statusChecker(StatusChecker.builder(FileStatusListProvider.of(status.toArray(Path[]::new)))
                    .stalePolicy(softFail ? StatusChecker.StalePolicy.SOFT : StatusChecker.StalePolicy.HARD).build());
        }
        String text = input.text;
        EccLevel level = EccLevel.M;
        if (input.image != null) {
            ScannedCode code = scan(out, input.image);
            text = code.text();
            level = code.levelIfKnown().orElse(EccLevel.M);
        }
        VerificationReport report = builder.build().verify(text, verifyTime.instant(), level);
        out.json(json(report, out));
        return report.valid() ? ExitCodes.OK : ExitCodes.INVALID;
    }

    static ScannedCode scan(CliOutput out, Path image) {
        List<ScannedCode> codes;
        try {
            codes = QrImageDecoder.builder().build().decode(CliFiles.read(out, image, 20L << 20));
        } catch (ImageDecodeException e) {
            throw CliException.usage(out.text(QrFiles.MESSAGES, "qr.image.unreadable", image,
                    out.detail(QrFiles.MESSAGES, "qr.image.reason." + e.reason(), e.getMessage())));
        }
        return codes.stream().filter(c -> c.text().startsWith(QrText.PREFIX)).findFirst()
                .or(() -> codes.stream().findFirst())
                .orElseThrow(() -> CliException.usage(out.text(QrFiles.MESSAGES, "qr.image.noCode", image)));
    }

    static Map<String, Object> json(VerificationReport report, CliOutput out) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("valid", report.valid());
        m.put("failures", report.failureCodes());
        m.put("messages", report.failures().stream().map(f -> f.message(out.locale())).collect(Collectors.toList()));
        m.put("warnings", report.findings().stream().filter(f -> f.severity() != Severity.ERROR)
                .map(Finding::code).collect(Collectors.toList()));
        m.put("issuer", report.issuer().orElse(null));
        m.put("kid", report.kid().orElse(null));
        m.put("claims", report.claims().map(RidClaimsFile::readable).orElse(null));
        m.put("qrVersion", report.qrVersion());
        return m;
    }
}
