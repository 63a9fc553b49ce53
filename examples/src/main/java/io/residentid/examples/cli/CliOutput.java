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
        out.println(MESSAGES.get(locale, key, human(args)));
        out.flush();
    }

    /** Prints a localized line from another bundle (each command group keeps its own) on stdout. */
    public void line(Messages bundle, String key, Object... args) {
        out.println(bundle.get(locale, key, human(args)));
        out.flush();
    }

    /** The localized text for a key of another bundle. */
    public String text(Messages bundle, String key, Object... args) {
        return bundle.get(locale, key, human(args));
    }

    /**
     * Arguments for human-readable text: outcome tokens ({@code VALID}, {@code PASSED}, {@code true}, {@code PASS},
     * {@code MATCH}…) in the user's language. JSON keeps the codes; sentences should not mix languages.
     */
    Object[] human(Object[] args) {
        if (args == null || !"ar".equals(locale.getLanguage())) {
            return args;
        }
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            Object a = out[i];
            String token = a instanceof Enum<?> e ? e.name()
                    : a instanceof Boolean || a instanceof String ? String.valueOf(a) : null;
            if (token != null && token.length() <= 32) {
                String key = "token." + token;
                String translated = MESSAGES.get(locale, key);
                if (!translated.equals(key)) {
                    out[i] = translated;
                }
            }
        }
        return out;
    }

    /**
     * A library exception's message in the output's language: in English the library's own message (as logs show
     * it); in another language a coded exception's ({@code ResidentIdException}) translated message; other
     * exceptions give their own message.
     *
     * @param e the exception
     * @return its message for a human-readable line
     */
    public String reason(Throwable e) {
        boolean english = "en".equals(locale.getLanguage()) || locale.getLanguage().isEmpty();
        return !english && e instanceof io.residentid.core.report.ResidentIdException coded
                ? coded.message(locale) : e.getMessage();
    }

    /**
     * A library exception's detail for a human-readable line: in English the library's own message; in another
     * language the bundle's text for {@code key} when it has one (library messages are English, for logs), else the
     * message as it is.
     *
     * @param bundle the bundle that may translate the detail
     * @param key the key of the translated detail, usually built from the exception's code or reason
     * @param englishDetail the library's message
     * @return the detail in the user's language where a translation exists
     */
    public String detail(Messages bundle, String key, String englishDetail) {
        if ("en".equals(locale.getLanguage()) || locale.getLanguage().isEmpty()) {
            return englishDetail;
        }
        String translated = bundle.get(locale, key);
        return translated.equals(key) ? englishDetail : translated;
    }

    /** Prints text as is on stdout. */
    public void raw(String text) {
        out.println(text);
        out.flush();
    }

    /** The localized text for a key of the CLI bundle. */
    public String text(String key, Object... args) {
        return MESSAGES.get(locale, key, human(args));
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
