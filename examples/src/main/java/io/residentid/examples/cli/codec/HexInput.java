package io.residentid.examples.cli.codec;

import io.residentid.core.report.Messages;
import io.residentid.examples.cli.CliException;
import java.util.HexFormat;
import java.util.Locale;

/** Hexadecimal from the command line: spaces, tabs and colons between digits are ignored, case does not matter. */
final class HexInput {

    static final Messages MESSAGES = Messages.forPackageOf(HexInput.class);

    private HexInput() {
    }

    /**
     * The bytes the arguments spell, e.g. {@code "3B 00"}, {@code 3b:00} or {@code 3B 00} as two arguments.
     *
     * @throws CliException (usage) if the text is empty, has a non-hex character or an odd number of digits
     */
    static byte[] parse(String[] parts, Locale locale) {
        StringBuilder digits = new StringBuilder();
        for (String part : parts) {
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                if (c == ' ' || c == '\t' || c == ':' || c == '\n' || c == '\r') {
                    continue;
                }
                if (Character.digit(c, 16) < 0) {
                    throw CliException.usage(MESSAGES.get(locale, "hex.invalidCharacter",
                            c < 0x20 || c > 0x7E ? String.format("U+%04X", (int) c) : String.valueOf(c)));
                }
                digits.append(c);
            }
        }
        if (digits.length() == 0) {
            throw CliException.usage(MESSAGES.get(locale, "hex.empty"));
        }
        if (digits.length() % 2 != 0) {
            throw CliException.usage(MESSAGES.get(locale, "hex.oddLength", digits.length()));
        }
        return HexFormat.of().parseHex(digits);
    }

    static String upper(byte[] bytes) {
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    static String upperByte(int value) {
        return HexFormat.of().withUpperCase().toHexDigits((byte) value);
    }
}
