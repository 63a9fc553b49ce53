package io.residentid.examples.cli;

import io.residentid.core.report.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * What every command shares about its arguments: Arabic-Indic digits accepted wherever digits are, dates and instants
 * converted with a message that says the expected format, and argument errors described in the user's language.
 */
final class CliArguments {

    private static final Messages MESSAGES = Messages.forPackageOf(CliArguments.class);

    private CliArguments() {
    }

    /**
     * Arguments with Arabic-Indic (U+0660–0669) and Eastern Arabic-Indic (U+06F0–06F9) digits turned into ASCII,
     * when the argument is made of digits and the separators of dates, numbers and codes only: a typed
     * {@code ٢٠٢٧-٠٦-٣٠} or {@code ١٢٣٤٥٦} is read as the user meant it, while names and file names stay untouched.
     */
    static String[] normalizeDigits(String[] args) {
        if (args == null) {
            return new String[0];
        }
        String[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            String arg = out[i];
            if (arg == null) {
                continue;
            }
            int eq = arg.startsWith("--") ? arg.indexOf('=') : -1;
            String prefix = eq > 0 ? arg.substring(0, eq + 1) : "";
            String value = eq > 0 ? arg.substring(eq + 1) : arg;
            if (hasEasternDigit(value) && onlyDigitsAndSeparators(value)) {
                out[i] = prefix + toAscii(value);
            }
        }
        return out;
    }

    private static boolean hasEasternDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9')) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyDigitsAndSeparators(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || (c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9')
                    || c == '-' || c == '/' || c == ':' || c == '.' || c == ' ' || c == 'T' || c == 'Z' || c == '+'
                    || c == '\u066B' || c == '\u066C' || c == '\u200F' || c == '\u200E';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static String toAscii(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0660' && c <= '\u0669') {
                out.append((char) ('0' + (c - '\u0660')));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                out.append((char) ('0' + (c - '\u06F0')));
            } else if (c == '\u066B') {
                out.append('.');
            } else if (c == '\u200F' || c == '\u200E' || c == '\u066C') {
                continue;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Converters whose errors say the format expected, in the user's language. */
    static void registerConverters(CommandLine cli, Locale locale) {
        cli.registerConverter(LocalDate.class, text -> {
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException(text(locale, "arg.date", printable(text)));
            }
        });
        cli.registerConverter(Instant.class, text -> {
            try {
                String t = text.strip();
                return t.length() == 10 ? LocalDate.parse(t).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                        : Instant.parse(t);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException(text(locale, "arg.instant", printable(text)));
            }
        });
    }

    /** A one-line description of an argument error in the user's language. */
    static String describe(ParameterException ex, Locale locale) {
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> args = unmatched.getUnmatched();
            String first = args.isEmpty() ? "" : printable(args.get(0));
            return text(locale, first.startsWith("-") ? "arg.unknownOption" : "arg.unexpected", first,
                    commandName(ex));
        }
        if (ex instanceof CommandLine.MissingParameterException missing) {
            List<String> names = new ArrayList<>();
            for (ArgSpec spec : missing.getMissing()) {
                names.add(name(spec));
            }
            return text(locale, "arg.missing", String.join(", ", names), commandName(ex));
        }
        if (ex instanceof CommandLine.MutuallyExclusiveArgsException) {
            return text(locale, "arg.exclusive", commandName(ex));
        }
        if (ex instanceof CommandLine.OverwrittenOptionException overwritten) {
            return text(locale, "arg.repeated", name(overwritten.getOverwritten()), commandName(ex));
        }
        if (ex.getCause() instanceof CommandLine.TypeConversionException conversion && ex.getArgSpec() != null) {
            return text(locale, "arg.invalid", name(ex.getArgSpec()), conversion.getMessage(), commandName(ex));
        }
        if (ex.getArgSpec() != null) {
            return text(locale, "arg.invalidValue", name(ex.getArgSpec()), commandName(ex));
        }
        return text(locale, "arg.other", printable(String.valueOf(ex.getMessage())), commandName(ex));
    }

    private static String commandName(ParameterException ex) {
        return ex.getCommandLine() == null ? "resident-id" : ex.getCommandLine().getCommandSpec().qualifiedName();
    }

    private static String name(ArgSpec spec) {
        if (spec instanceof OptionSpec option) {
            return option.longestName();
        }
        if (spec instanceof PositionalParamSpec positional) {
            return positional.paramLabel();
        }
        return String.valueOf(spec);
    }

    /** A CLI message in {@code locale}. */
    static String text(Locale locale, String key, Object... args) {
        return MESSAGES.get(locale, key, args);
    }

    /** Input echoed in an error: control characters removed, shortened. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < 80; i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c);
        }
        return out.length() < text.length() ? out + "…" : out.toString();
    }
}
