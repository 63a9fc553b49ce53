package io.residentid.examples.cli.mrz;

import io.residentid.core.mrz.Mrz;
import io.residentid.core.mrz.MrzParseException;
import io.residentid.core.mrz.MrzParser;
import io.residentid.core.report.Messages;
import io.residentid.examples.cli.CliCommand;
import io.residentid.examples.cli.CliException;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.ExitCodes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code resident-id mrz parse [LINE...]}: parses an MRZ from the arguments, or from stdin when there are none, and
 * prints its fields, check digits and OCR repairs as JSON. Exit 0 valid, 1 check failures, 2 unreadable input.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Parse a machine-readable zone (TD1, TD2 or TD3) and check its check digits.",
            "Lines come from the arguments or, when there are none, from stdin (at most 1024 bytes).",
            "Any case, spaces and line breaks are accepted; OCR confusions (O/0, I/1, B/8, S/5, Z/2, G/6) are "
                    + "repaired when the check digits confirm it.",
            "Exit codes: 0 valid, 1 check digits fail, 2 unreadable input."})
final class MrzParseCommand extends CliCommand {

    static final Messages MESSAGES = Messages.forPackageOf(MrzParseCommand.class);

    @Option(names = "--no-repair", description = "Report OCR confusions as failed checks instead of repairing them.")
    boolean noRepair;

    @Parameters(paramLabel = "LINE", arity = "0..*", description = "MRZ lines (or one joined line), or the name of a file holding them.")
    List<String> lines;

    @Override
    public Integer call() {
        CliOutput out = output();
        String text;
        if (lines == null || lines.isEmpty()) {
            text = readStdin(System.in, out);
        } else if (lines.size() == 1 && isFile(lines.get(0))) {
            // A file name, not MRZ text: read the file (bounded, ASCII only, like stdin).
            try (InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(lines.get(0)))) {
                text = readStdin(in, out);
            } catch (IOException e) {
                throw CliException.usage(out.text("file.unreadable", lines.get(0), e.getMessage()));
            }
        } else {
            text = String.join("\n", lines);
        }
        Mrz mrz;
        try {
            mrz = MrzParser.builder().ocrRepair(!noRepair).build().parse(text);
        } catch (MrzParseException e) {
            throw CliException.usage(e.message(out.locale()));
        }
        out.json(MrzJson.of(mrz));
        return mrz.valid() ? ExitCodes.OK : ExitCodes.INVALID;
    }

    private static boolean isFile(String argument) {
        try {
            return java.nio.file.Files.isRegularFile(java.nio.file.Path.of(argument));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** Reads at most {@link MrzParser#MAX_INPUT_CHARS} bytes of ASCII text. */
    static String readStdin(InputStream in, CliOutput out) {
        byte[] buffer = new byte[MrzParser.MAX_INPUT_CHARS + 1];
        int n = 0;
        try {
            int r;
            while (n < buffer.length && (r = in.read(buffer, n, buffer.length - n)) > 0) {
                n += r;
            }
        } catch (IOException e) {
            throw CliException.environment(out.text(MESSAGES, "parse.stdinError", e.getMessage()), e);
        }
        if (n > MrzParser.MAX_INPUT_CHARS) {
            throw CliException.usage(out.text(MESSAGES, "parse.stdinTooLong",
                    String.valueOf(MrzParser.MAX_INPUT_CHARS)));
        }
        for (int i = 0; i < n; i++) {
            if (buffer[i] == 0) {
                throw CliException.usage(out.text(MESSAGES, "parse.stdinNullByte", String.valueOf(i + 1)));
            }
            if (buffer[i] < 0) {
                throw CliException.usage(out.text(MESSAGES, "parse.stdinNonAscii", String.valueOf(i + 1)));
            }
        }
        return new String(buffer, 0, n, StandardCharsets.US_ASCII);
    }
}
