package io.residentid.examples.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The {@code resident-id} command line. Every command prints JSON on stdout and follows {@link ExitCodes}; errors
 * are one line on stderr, never a stack trace.
 */
@Command(name = "resident-id",
        mixinStandardHelpOptions = true,
        versionProvider = ResidentIdCli.Version.class,
        description = "Read, verify and reason about GCC resident identity documents.",
        subcommands = {
            DemoCommand.class,
            io.residentid.examples.cli.mrz.MrzCommand.class,
            io.residentid.examples.cli.id.IdCommand.class,
            io.residentid.examples.cli.codec.TlvCommand.class,
            io.residentid.examples.cli.codec.AtrCommand.class,
            io.residentid.examples.cli.card.ApduCommand.class,
            io.residentid.examples.cli.card.ReadersCommand.class,
            io.residentid.examples.cli.card.CardCommand.class,
            io.residentid.examples.cli.qr.QrCommand.class,
            io.residentid.examples.cli.renewal.RenewalCommand.class,
            io.residentid.examples.cli.pki.PkiCommand.class,
            io.residentid.examples.cli.seal.SealCommand.class,
            io.residentid.examples.cli.mdoc.MdocCommand.class,
            io.residentid.examples.cli.kyc.KycCommand.class,
        })
public final class ResidentIdCli implements Callable<Integer> {

    @Option(names = "--lang", paramLabel = "en|ar", scope = CommandLine.ScopeType.INHERIT,
            description = "Language of human-readable text (default: the system language when it is Arabic, else English).")
    String language;

    @Option(names = "--digits", paramLabel = "latn|arab", scope = CommandLine.ScopeType.INHERIT,
            description = "Digits in human-readable text: latn (0-9, default) or arab (Arabic-Indic).")
    String digits;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print the stack trace of an internal error.")
    boolean verbose;

    @CommandLine.Spec
    CommandSpec spec;

    private CliOutput output;

    public static void main(String[] args) {
        // UTF-8 like CliOutput.system: the Arabic usage help must not turn into '?' under a non-UTF-8 locale.
        System.exit(execute(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args, true));
    }

    /**
     * Runs the CLI and returns its exit code (used by tests with captured writers).
     *
     * @param system whether {@code out}/{@code err} are the process's streams (then re-encoded as UTF-8)
     */
    public static int execute(PrintWriter out, PrintWriter err, String[] args, boolean system) {
        ResidentIdCli root = new ResidentIdCli();
        args = CliArguments.normalizeDigits(args);
        Locale argsLocale = helpLocale(args);
        CommandLine cli = new CommandLine(root);
        CliArguments.registerConverters(cli, argsLocale);
        // picocli propagates the bundle to every subcommand; keys missing from it fall back to the annotations.
        cli.setResourceBundle(helpBundle(helpLocale(args)));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            PrintWriter e = ex.getCommandLine().getErr();
            e.println("resident-id: " + oneLine(CliArguments.describe(ex, argsLocale)));
            e.flush();
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter e = commandLine.getErr();
            int code;
            String message;
            if (ex instanceof CliException) {
                code = ((CliException) ex).exitCode();
                message = ex.getMessage();
            } else if (ex instanceof UncheckedIOException || ex instanceof IOException) {
                code = ExitCodes.ENVIRONMENT;
                message = "I/O error: " + ex.getMessage();
            } else if (ex instanceof io.residentid.pcsc.transport.CardTransportException cte) {
                code = ExitCodes.ENVIRONMENT; // no reader, no card, PC/SC down: the environment, not the input
                message = cte.getMessage();
            } else if (ex instanceof io.residentid.core.report.ResidentIdException rie) {
                code = ExitCodes.USAGE;
                message = rie.message(argsLocale);
            } else if (ex instanceof IllegalArgumentException || ex instanceof java.time.DateTimeException) {
                code = ExitCodes.USAGE;
                message = ex.getMessage();
            } else {
                // Anything else is a defect of ours, not the user's input: say so and ask for a report.
                code = ExitCodes.INTERNAL;
                message = CliArguments.text(argsLocale, "internal.error", ex.getClass().getName());
            }
            e.println("resident-id: " + oneLine(message));
            if (code == ExitCodes.INTERNAL && root.verbose) {
                ex.printStackTrace(e);
            }
            e.flush();
            return code;
        });
        root.outputFactory = locale -> system ? CliOutput.system(locale) : new CliOutput(out, err, locale);
        return cli.execute(args);
    }

    private java.util.function.Function<Locale, CliOutput> outputFactory;

    /** The output of the running command line, in the chosen language. */
    public static CliOutput output(CommandSpec spec) {
        ResidentIdCli root = (ResidentIdCli) spec.root().userObject();
        if (root.output == null) {
            root.output = root.outputFactory.apply(root.locale());
        }
        return root.output;
    }

    /** Base name of the usage-help bundle ({@code help.properties} + {@code help_ar.properties}). */
    static final String HELP_BUNDLE = "io.residentid.examples.cli.help";

    /** The usage help texts in the given language (no fallback to the JVM's default locale). */
    static ResourceBundle helpBundle(Locale locale) {
        return ResourceBundle.getBundle(HELP_BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * The language for the usage help, chosen before picocli parses (help is rendered during parsing): the last
     * {@code --lang X} / {@code --lang=X} of the raw arguments, else the same defaults as {@link #locale()}.
     */
    static Locale helpLocale(String[] args) {
        String lang = null;
        for (int i = 0; args != null && i < args.length; i++) {
            String arg = args[i];
            if ("--".equals(arg)) {
                break;
            }
            if ("--lang".equals(arg) && i + 1 < args.length) {
                lang = args[++i];
            } else if (arg != null && arg.startsWith("--lang=")) {
                lang = arg.substring("--lang=".length());
            }
        }
        return toLocale(lang);
    }

    Locale locale() {
        Locale locale = toLocale(language);
        if (digits != null) {
            return new Locale.Builder().setLocale(locale)
                    .setUnicodeLocaleKeyword("nu", "arab".equalsIgnoreCase(digits.trim()) ? "arab" : "latn").build();
        }
        return locale;
    }

    private static Locale toLocale(String language) {
        String lang = language;
        if (lang == null) {
            lang = System.getenv("RESIDENT_ID_LANG");
        }
        if (lang == null) {
            lang = Locale.getDefault().getLanguage();
        }
        return "ar".equalsIgnoreCase(lang.trim()) ? new Locale("ar") : Locale.ENGLISH;
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "error";
        }
        String line = message.replaceAll("[\\r\\n]+", " ").strip();
        return line.length() > 400 ? line.substring(0, 400) + "…" : line;
    }

    /** Without a command: the usage help on stderr and exit 2, like every command group. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** Reports the build's version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ResidentIdCli.class.getPackage().getImplementationVersion();
            return new String[] {"resident-id " + (v == null ? "0.2.0" : v)};
        }
    }
}
