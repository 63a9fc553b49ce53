package io.residentid.examples.cli.card;

import io.residentid.core.report.Messages;
import io.residentid.examples.cli.CliCommand;
import io.residentid.examples.cli.CliException;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.ExitCodes;
import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.InvalidApduException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code resident-id apdu decode HEX}: prints {@code {case, extended, cla, ins, p1, p2, nc, data, ne}} (bytes as
 * upper-case hex). The data of VERIFY / CHANGE REFERENCE DATA / RESET RETRY COUNTER is shown as
 * {@code [redacted N bytes]} unless {@code --show-secrets}. Exit 2 when the bytes are not a command APDU.
 */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = "Decode a command APDU given in hex (spaces allowed).")
final class ApduDecodeCommand extends CliCommand {

    static final Messages MESSAGES = Messages.forPackageOf(ApduDecodeCommand.class);
    private static final int MAX_HEX = 2 * (4 + 3 + 65535 + 2);

    @Parameters(index = "0", arity = "1..*", paramLabel = "HEX", description = "The APDU in hex, e.g. 00A4040C07A0000002471001.")
    String[] hex;

    @Option(names = "--show-secrets", description = "Show the data of PIN commands instead of redacting it.")
    boolean showSecrets;

    @Override
    public Integer call() {
        CliOutput out = output();
        String joined = String.join("", hex).replaceAll("[\\s:]", "");
        if (joined.length() > MAX_HEX) {
            throw CliException.usage(out.text(MESSAGES, "apdu.tooLong", MAX_HEX / 2));
        }
        byte[] bytes;
        try {
            bytes = HexFormat.of().parseHex(joined);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(out.text(MESSAGES, "apdu.notHex"));
        }
        CommandApdu apdu;
        try {
            apdu = CommandApdu.parse(bytes);
        } catch (InvalidApduException e) {
            throw CliException.usage(out.text(MESSAGES, "apdu.invalid", out.reason(e)));
        }
        out.json(view(apdu, showSecrets));
        return ExitCodes.OK;
    }

    static Map<String, Object> view(CommandApdu apdu, boolean showSecrets) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("case", apdu.apduCase().number());
        m.put("extended", apdu.isExtended());
        m.put("cla", String.format("%02X", apdu.cla()));
        m.put("ins", String.format("%02X", apdu.ins()));
        m.put("p1", String.format("%02X", apdu.p1()));
        m.put("p2", String.format("%02X", apdu.p2()));
        m.put("nc", apdu.nc());
        if (apdu.isSensitive() && !showSecrets && apdu.nc() > 0) {
            m.put("data", "[redacted " + apdu.nc() + " bytes]");
        } else {
            byte[] data = apdu.data();
            m.put("data", HexFormat.of().withUpperCase().formatHex(data));
        }
        m.put("ne", apdu.ne());
        return m;
    }
}
