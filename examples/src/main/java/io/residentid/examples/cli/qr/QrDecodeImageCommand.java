package io.residentid.examples.cli.qr;

import io.residentid.examples.cli.CliCommand;
import io.residentid.examples.cli.CliException;
import io.residentid.examples.cli.CliFiles;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.ExitCodes;
import io.residentid.qr.image.ImageDecodeException;
import io.residentid.qr.image.QrImageDecoder;
import io.residentid.qr.image.ScannedCode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code qr decode-image FILE}: prints {@code {codes:[text...]}} for every QR code in the image. */
@Command(name = "decode-image", mixinStandardHelpOptions = true,
        description = "Find and decode every QR code in a PNG/JPEG image (photos of a screen included).")
final class QrDecodeImageCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "The image.")
    Path image;

    @Override
    public Integer call() {
        CliOutput out = output();
        List<ScannedCode> codes;
        try {
            codes = QrImageDecoder.builder().build().decode(CliFiles.read(out, image, 20L << 20));
        } catch (ImageDecodeException e) {
            throw CliException.usage(out.text(QrFiles.MESSAGES, "qr.image.unreadable", image,
                    out.detail(QrFiles.MESSAGES, "qr.image.reason." + e.reason(), e.getMessage())));
        }
        if (codes.isEmpty()) {
            // The same situation as qr verify --image without a code: the same message and exit code.
            throw CliException.usage(out.text(QrFiles.MESSAGES, "qr.image.noCode", image));
        }
        out.json(Map.of("codes", codes.stream().map(ScannedCode::text).collect(Collectors.toList())));
        return ExitCodes.OK;
    }
}
