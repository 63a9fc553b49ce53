package io.residentid.examples.cli.codec;

import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.ExitCodes;
import io.residentid.pcsc.tlv.Tlv;
import io.residentid.pcsc.tlv.TlvParser;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code resident-id tlv ...}: BER-TLV tools. */
@Command(name = "tlv", mixinStandardHelpOptions = true,
        description = "BER-TLV (ISO/IEC 7816-4, X.690) tools.",
        subcommands = TlvCommand.Decode.class)
public final class TlvCommand {

    /** {@code resident-id tlv decode HEX}: prints the data objects as a JSON tree. */
    @Command(name = "decode", mixinStandardHelpOptions = true,
            description = "Decode a sequence of BER-TLV data objects given in hex and print them as JSON: "
                    + "[{tag, constructed, length, value | children}].")
    static final class Decode extends HexInputCommand {

        @Parameters(arity = "1..*", paramLabel = "HEX",
                description = "The bytes in hex; spaces and colons are ignored (e.g. '61 03 4F 01 A0').")
        String[] hex;

        @Option(names = "--strict-lengths", description = "Reject long-form lengths that could be shorter (DER).")
        boolean strictLengths;

        @Option(names = "--skip-padding", description = "Skip 00 and FF padding bytes between data objects.")
        boolean skipPadding;

        @Override
        String[] hex() {
            return hex;
        }

        @Override
        int run(CliOutput out, byte[] bytes) {
            TlvParser parser = TlvParser.builder().strictLengths(strictLengths).skipPadding(skipPadding).build();
            out.json(toJson(decode(out, () -> parser.parseAll(bytes))));
            return ExitCodes.OK;
        }
    }

    /**
     * One data object in the JSON output.
     *
     * @param tag         upper-case hex tag
     * @param constructed whether the object holds children
     * @param length      value length in bytes
     * @param value       upper-case hex value (primitive objects only)
     * @param children    child objects (constructed objects only)
     */
    record TlvJson(String tag, boolean constructed, int length, String value, List<TlvJson> children) {
    }

    static List<TlvJson> toJson(List<Tlv> objects) {
        List<TlvJson> json = new ArrayList<>(objects.size());
        for (Tlv tlv : objects) {
            json.add(tlv.isConstructed()
                    ? new TlvJson(tlv.tag().toString(), true, tlv.valueLength(), null, toJson(tlv.children()))
                    : new TlvJson(tlv.tag().toString(), false, tlv.valueLength(), HexInput.upper(tlv.value()), null));
        }
        return json;
    }
}
