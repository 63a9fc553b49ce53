package io.residentid.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.residentid.core.json.ResidentIdJson;
import io.residentid.core.report.Messages;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Where commands write: JSON results on stdout (UTF-8, camelCase, ISO dates), localized human text from the CLI's
 * resource bundle.
 */
public final class CliOutput {

    private static final ObjectMapper JSON = ResidentIdJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Messages MESSAGES = Messages.forPackageOf(CliOutput.class);

    private final PrintWriter out;
    private final PrintWriter err;
    private final Locale locale;

    public CliOutput(PrintWriter out, PrintWriter err, Locale locale) {
        this.out = out;
        this.err = err;
        this.locale = locale;
    }

    /** Output on the process's stdout/stderr, always UTF-8 whatever the platform default. */
    public static CliOutput system(Locale locale) {
        return new CliOutput(utf8(System.out), utf8(System.err), locale);
    }

    private static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /** Prints a value as JSON on stdout. */
    public void json(Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise result", e);
        }
    }

    /** Prints a localized line from the CLI bundle on stdout. */
    public void line(String key, Object... args) {
        out.println(MESSAGES.get(locale, key, args));
        out.flush();
    }

    /** Prints a localized line from another bundle (each command group keeps its own) on stdout. */
    public void line(Messages bundle, String key, Object... args) {
        out.println(bundle.get(locale, key, args));
        out.flush();
    }

    /** The localized text for a key of another bundle. */
    public String text(Messages bundle, String key, Object... args) {
        return bundle.get(locale, key, args);
    }

    /** Prints text as is on stdout. */
    public void raw(String text) {
        out.println(text);
        out.flush();
    }

    /** The localized text for a key of the CLI bundle. */
    public String text(String key, Object... args) {
        return MESSAGES.get(locale, key, args);
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    public Locale locale() {
        return locale;
    }
}
