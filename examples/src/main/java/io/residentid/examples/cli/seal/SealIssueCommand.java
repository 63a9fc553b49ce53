package io.residentid.examples.cli.seal;

import com.fasterxml.jackson.databind.JsonNode;
import io.residentid.core.json.StrictJson;
import io.residentid.core.report.ResidentIdException;
import io.residentid.examples.cli.CliCommand;
import io.residentid.examples.cli.CliException;
import io.residentid.examples.cli.CliFiles;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.ExitCodes;
import io.residentid.qr.seal.SealException;
import io.residentid.qr.seal.SealImages;
import io.residentid.qr.seal.SealIssuer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.cert.X509CertificateHolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code seal issue --type TYPE --features FILE.json --key FILE --cert FILE [--idb] [--png FILE]}: builds and signs
 * a seal; prints {format, documentType, hex or text, bytes, png}.
 */
@Command(name = "issue", mixinStandardHelpOptions = true,
        description = "Build and sign a VDS (or IDB) seal from a JSON object of features. Prints JSON.")
final class SealIssueCommand extends CliCommand {

    @Option(names = "--type", required = true, paramLabel = "TYPE",
            description = "The document type (e.g. RESIDENCE_PERMIT, SUPPLEMENTARY_SHEET; IDB: a national type).")
    String type;

    @Option(names = "--features", required = true, paramLabel = "FILE",
            description = "A JSON object of feature names and text values.")
    Path features;

    @Option(names = "--key", required = true, paramLabel = "FILE", description = "The signer's EC private key (PEM).")
    Path key;

    @Option(names = "--cert", required = true, paramLabel = "FILE", description = "The signer certificate (PEM or DER).")
    Path cert;

    @Option(names = "--country", paramLabel = "CODE", description = "The three-letter issuing country (default: UTO).")
    String country = "UTO";

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The issue and signature date (default: today).")
    String date;

    @Option(names = "--idb", description = "Issue an IDB barcode (base32 text) instead of a VDS.")
    boolean idb;

    @Option(names = "--png", paramLabel = "FILE", description = "Also write the seal as a DataMatrix PNG.")
    Path png;

    @Override
    public Integer call() {
        CliOutput out = output();
        List<X509CertificateHolder> certs = SealFiles.certificates(out, List.of(cert));
        if (certs.size() != 1) {
            throw CliException.usage(out.text(SealFiles.MESSAGES, "seal.cert.invalid", cert));
        }
        Map<String, String> values = featureValues(out);
        LocalDate day;
        try {
            day = date == null ? LocalDate.now() : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw CliException.usage(out.text(SealFiles.MESSAGES, "seal.date.invalid", date));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        byte[] symbol;
        try {
            SealIssuer issuer = SealIssuer.builder().key(SealFiles.privateKey(out, key)).certificate(certs.get(0))
                    .issuingCountry(country).build();
            if (idb) {
                String text = issuer.issueIdb(type, values, day, true);
                json.put("format", "IDB");
                json.put("text", text);
                symbol = text.getBytes(StandardCharsets.US_ASCII);
            } else {
                symbol = issuer.issueVds(type, values, day);
                json.put("format", "VDS");
                json.put("hex", HexFormat.of().formatHex(symbol));
            }
        } catch (SealException e) {
            throw CliException.usage(out.text(SealFiles.MESSAGES, "seal.issue.invalid", e.code(),
                    e.message(out.locale())));
        }
        json.put("documentType", type);
        json.put("bytes", symbol.length);
        if (png != null) {
            CliFiles.write(out, png, SealImages.dataMatrixPng(symbol, 600));
            json.put("png", png.toString());
        }
        out.json(json);
        return ExitCodes.OK;
    }

    private Map<String, String> featureValues(CliOutput out) {
        JsonNode node;
        try {
            node = StrictJson.parse(CliFiles.read(out, features, 1 << 20));
        } catch (ResidentIdException e) {
            throw CliException.usage(out.text(SealFiles.MESSAGES, "seal.features.invalid", features));
        }
        if (!node.isObject()) {
            throw CliException.usage(out.text(SealFiles.MESSAGES, "seal.features.invalid", features));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isValueNode()) {
                throw CliException.usage(out.text(SealFiles.MESSAGES, "seal.features.invalid", features));
            }
            values.put(e.getKey(), e.getValue().asText());
        }
        return values;
    }
}
