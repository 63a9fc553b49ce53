package io.residentid.examples.cli.codec;

import io.residentid.core.report.ResidentIdException;
import io.residentid.examples.cli.CliCommand;
import io.residentid.examples.cli.CliException;
import io.residentid.examples.cli.CliOutput;
import java.util.function.Supplier;

/**
 * A codec command whose input is bytes given in hex as arguments ({@code atr decode}, {@code tlv decode}, …): the
 * hex is read the same way everywhere, and a decoding error is a one-line usage error in the user's language.
 */
abstract class HexInputCommand extends CliCommand {

    @Override
    public final Integer call() {
        CliOutput out = output();
        return run(out, HexInput.parse(hex(), out.locale()));
    }

    /** The hex arguments (each command declares its own, with its own help text). */
    abstract String[] hex();

    /** Decodes {@code bytes}, prints the JSON result and returns the exit code. */
    abstract int run(CliOutput out, byte[] bytes);

    /** Runs a parser; its coded exception becomes a usage error with the localized message. */
    static <T> T decode(CliOutput out, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (ResidentIdException e) {
            throw CliException.usage(e.message(out.locale()));
        }
    }
}
