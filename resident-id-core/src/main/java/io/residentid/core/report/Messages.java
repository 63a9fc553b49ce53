package io.residentid.core.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Human-readable text from resource bundles (English base, Arabic {@code _ar}). Codes stay language-free; this is
 * the single place where a code becomes a sentence. Bundles are UTF-8 {@code .properties} files.
 */
public final class Messages {

    private final String bundleBaseName;
    private final ClassLoader loader;

    private Messages(String bundleBaseName, ClassLoader loader) {
        this.bundleBaseName = bundleBaseName;
        this.loader = loader;
    }

    /**
     * Messages from the bundle {@code <package of anchor>/messages}.
     *
     * @param anchor any class in the package that holds {@code messages.properties} and {@code messages_ar.properties}
     */
    public static Messages forPackageOf(Class<?> anchor) {
        return new Messages(anchor.getPackageName() + ".messages", anchor.getClassLoader());
    }

    /**
     * The message for {@code key} in {@code locale}, formatted with {@link MessageFormat}; falls back to English
     * and then to the key itself, so a missing translation never hides a finding.
     */
    public String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(bundleBaseName, locale, loader,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return args.length == 0 ? key : key + " " + java.util.Arrays.toString(args);
        }
        if (args.length == 0) {
            // Not run through MessageFormat, so a lone apostrophe stays; the MessageFormat escape '' still reads '.
            return DigitPolicy.apply(pattern.replace("''", "'"), locale);
        }
        pattern = Plurals.resolve(pattern, locale, args);
        return DigitPolicy.apply(new MessageFormat(pattern, DigitPolicy.numberLocale(locale)).format(args), locale);
    }

    /** The message in English. */
    public String get(String key, Object... args) {
        return get(Locale.ENGLISH, key, args);
    }
}
