package io.residentid.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Human-readable text from resource bundles (English base, Arabic {@code _ar}). Codes stay language-free; this is
 * the single place where a code becomes a sentence. Bundles are UTF-8 {@code .properties} files.
 *
 * <p>The files are read through the anchor class's {@link Module} rather than {@link java.util.ResourceBundle}, whose
 * custom controls are not supported in named modules: the same bundles load on the class path and on the module
 * path. On the module path, a module whose bundles are read here opens the bundle's package to
 * {@code io.residentid.core} in its {@code module-info.java}.
 */
public final class Messages {

    private final String resourcePrefix;
    private final Module module;
    /** Bundle files read so far, by resource path; an empty value records a file that does not exist. */
    private final Map<String, Optional<Map<String, String>>> files = new ConcurrentHashMap<>();

    /** One instance per anchor class, so code enums can ask for their bundle on every call without re-reading it. */
    private static final ClassValue<Messages> BY_ANCHOR = new ClassValue<>() {
        @Override
        protected Messages computeValue(Class<?> anchor) {
            return new Messages(anchor.getPackageName().replace('.', '/') + "/messages", anchor.getModule());
        }
    };

    private Messages(String resourcePrefix, Module module) {
        this.resourcePrefix = resourcePrefix;
        this.module = module;
    }

    /**
     * Messages from the bundle {@code <package of anchor>/messages}.
     *
     * @param anchor any class in the package that holds {@code messages.properties} and {@code messages_ar.properties}
     * @return the messages of that package
     */
    public static Messages forPackageOf(Class<?> anchor) {
        return BY_ANCHOR.get(anchor);
    }

    /**
     * The message for {@code key} in {@code locale}, formatted with {@link MessageFormat}; falls back to English
     * and then to the key itself, so a missing translation never hides a finding.
     *
     * @param locale the language wanted
     * @param key the message key (usually a finding code)
     * @param args the values for the pattern's {@code {0}}, {@code {1}}, …
     * @return the text, never {@code null}
     */
    public String get(Locale locale, String key, Object... args) {
        String pattern = lookup(locale, key);
        if (pattern == null) {
            return args.length == 0 ? key : key + " " + java.util.Arrays.toString(args);
        }
        if (args.length == 0) {
            // Not run through MessageFormat, so a lone apostrophe stays; the MessageFormat escape '' still reads '.
            // A select block whose argument was not given (e.g. the holder's sex is unknown) takes its other form.
            return DigitPolicy.apply(Plurals.resolve(pattern, locale, args).replace("''", "'"), locale);
        }
        pattern = Plurals.resolve(pattern, locale, args);
        if (!DigitPolicy.arabicIndic(locale)) {
            return new MessageFormat(pattern, DigitPolicy.numberLocale(locale)).format(args);
        }
        // Verbatim arguments (hex, codes) stand in as digit-free marks while the policy runs, then come back as is.
        Object[] marked = args;
        List<String> verbatim = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof DigitPolicy.Verbatim v) {
                if (verbatim == null) {
                    verbatim = new ArrayList<>();
                    marked = args.clone();
                }
                marked[i] = "\uE000" + (char) ('\uE100' + verbatim.size()) + "\uE001";
                verbatim.add(v.text());
            }
        }
        String text = DigitPolicy.apply(new MessageFormat(pattern, DigitPolicy.numberLocale(locale)).format(marked),
                locale);
        if (verbatim != null) {
            for (int k = 0; k < verbatim.size(); k++) {
                text = text.replace("\uE000" + (char) ('\uE100' + k) + "\uE001", verbatim.get(k));
            }
        }
        return text;
    }

    /**
     * The message in English.
     *
     * @param key the message key (usually a finding code)
     * @param args the values for the pattern's placeholders
     * @return the text, never {@code null}
     */
    public String get(String key, Object... args) {
        return get(Locale.ENGLISH, key, args);
    }

    /** The most specific file that has the key wins: {@code _ar_SA}, then {@code _ar}, then the base file. */
    private String lookup(Locale locale, String key) {
        for (String suffix : suffixes(locale)) {
            Map<String, String> file = file(resourcePrefix + suffix + ".properties");
            if (file != null) {
                String value = file.get(key);
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }

    private static List<String> suffixes(Locale locale) {
        List<String> suffixes = new ArrayList<>(4);
        String language = locale.getLanguage();
        if (!language.isEmpty()) {
            String country = locale.getCountry();
            String variant = locale.getVariant();
            if (!country.isEmpty() && !variant.isEmpty()) {
                suffixes.add("_" + language + "_" + country + "_" + variant);
            }
            if (!country.isEmpty()) {
                suffixes.add("_" + language + "_" + country);
            }
            suffixes.add("_" + language);
        }
        suffixes.add("");
        return suffixes;
    }

    private Map<String, String> file(String path) {
        return files.computeIfAbsent(path, p -> Optional.ofNullable(read(module, p))).orElse(null);
    }

    private static Map<String, String> read(Module module, String path) {
        try (InputStream in = open(module, path)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> values = new java.util.HashMap<>();
            for (String name : properties.stringPropertyNames()) {
                values.put(name, properties.getProperty(name));
            }
            return Map.copyOf(values);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read message bundle " + path, e);
        }
    }

    private static InputStream open(Module module, String path) throws IOException {
        if (module.isNamed()) {
            // Found only if the bundle's package is opened to io.residentid.core (or is in this module).
            return module.getResourceAsStream(path);
        }
        ClassLoader loader = module.getClassLoader();
        return loader == null ? ClassLoader.getSystemResourceAsStream(path) : loader.getResourceAsStream(path);
    }
}
