package io.residentid.examples.cli.qr;

import io.residentid.examples.cli.CliCommand;
import io.residentid.examples.cli.CliException;
import io.residentid.examples.cli.CliFiles;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.ExitCodes;
import io.residentid.qr.format.EccLevel;
import io.residentid.qr.format.StatusReference;
import io.residentid.qr.image.QrRenderer;
import io.residentid.qr.issue.CredentialIssuer;
import io.residentid.qr.issue.IssuedCredential;
import io.residentid.qr.trust.SigningKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code qr issue --key issuer.jwk --iss URI --claims rid.json [--valid-days N] [--status-index N --status-uri URI]
 * [--png FILE] [--svg FILE]}: signs a credential and prints its QR text.
 */
@Command(name = "issue", mixinStandardHelpOptions = true,
        description = "Issue a signed credential for a resident's data; prints the QR text (rid:/…).")
final class QrIssueCommand extends CliCommand {

    @Mixin
    IssuerKeyOption issuerKey;

    @Option(names = "--iss", required = true, paramLabel = "URI", description = "The issuer URI (https).")
    String iss;

    @Option(names = "--claims", required = true, paramLabel = "FILE",
            description = "The resident's data as JSON (see examples/src/main/resources/reference-credential.json).")
    Path claims;

    @Option(names = "--valid-days", paramLabel = "N", defaultValue = "365", description = "Validity in days (default 365).")
    int validDays;

    @Option(names = "--status-index", paramLabel = "N", description = "The credential's index in a status list.")
    Long statusIndex;

    @Option(names = "--status-uri", paramLabel = "URI", description = "The status list URI (https).")
    String statusUri;

    @Option(names = "--png", paramLabel = "FILE", description = "Also write the QR code as PNG.")
    Path png;

    @Option(names = "--svg", paramLabel = "FILE", description = "Also write the QR code as SVG.")
    Path svg;

    @Option(names = "--ecc", paramLabel = "L|M|Q|H", defaultValue = "M", description = "Error correction for images (default M).")
    EccLevel ecc;

    @Option(names = "--module-size", paramLabel = "PX", defaultValue = "6", description = "Pixels per module (default 6).")
    int moduleSize;

    @Override
    public Integer call() {
        CliOutput out = output();
        if ((statusIndex == null) != (statusUri == null)) {
            throw CliException.usage(out.text(QrFiles.MESSAGES, "qr.issue.statusPair"));
        }
        if (validDays < 1 || validDays > 3650) {
            throw CliException.usage(out.text(QrFiles.MESSAGES, "qr.issue.validDays"));
        }
        SigningKey signingKey = issuerKey.signingKey(out);
        RidClaimsFile.Resident rid;
        try {
            rid = RidClaimsFile.read(CliFiles.read(out, claims, 16 * 1024));
        } catch (IOException | IllegalArgumentException e) {
            throw CliException.usage(out.text(QrFiles.MESSAGES, "qr.issue.claimsInvalid", claims, oneLine(out.reason(e))));
        }
        IssuedCredential credential;
        try {
            StatusReference status = statusIndex == null ? null : new StatusReference(statusIndex, statusUri);
            credential = CredentialIssuer.builder(signingKey, iss).build().issue(rid.document(), rid.arabicSurname(),
                    Duration.ofDays(validDays), status);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(out.text(QrFiles.MESSAGES, "qr.issue.claimsInvalid", claims, oneLine(out.reason(e))));
        }
        QrRenderer renderer = QrRenderer.builder().level(ecc).moduleSize(Math.max(1, Math.min(64, moduleSize))).build();
        if (png != null) {
            CliFiles.write(out, png, renderer.png(credential.qrText()));
        }
        if (svg != null) {
            CliFiles.write(out, svg, renderer.svg(credential.qrText()).getBytes(StandardCharsets.UTF_8));
        }
        // One output convention: JSON on stdout, like every other command.
        java.util.Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("qrText", credential.qrText());
        json.put("characters", credential.qrText().length());
        json.put("qrVersion", credential.qrVersion(ecc));
        json.put("eccLevel", ecc.name());
        if (png != null) {
            json.put("png", png.toString());
        }
        if (svg != null) {
            json.put("svg", svg.toString());
        }
        out.json(json);
        return ExitCodes.OK;
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ");
    }
}
