package io.residentid.core.audit;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Checks that every {@code messages.properties} under a resource folder has a {@code messages_ar.properties} beside
 * it with the same keys and an Arabic text for each. Shared through core's test-jar so each module runs it on its
 * own bundles.
 */
public final class BundleParity {

    private BundleParity() {
    }

    /** The English bundles found below {@code resources}. */
    public static List<Path> englishBundles(Path resources) throws IOException {
        try (Stream<Path> files = Files.walk(resources)) {
            return files.filter(p -> p.getFileName().toString().equals("messages.properties")).sorted().toList();
        }
    }

    /** Problems found in all bundles below {@code resources}: an empty list when English and Arabic match. */
    public static List<String> problems(Path resources) throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path english : englishBundles(resources)) {
            Path arabic = english.resolveSibling("messages_ar.properties");
            String where = resources.relativize(english.getParent()).toString();
            if (!Files.exists(arabic)) {
                problems.add(where + ": no messages_ar.properties");
                continue;
            }
            Properties en = load(english);
            Properties ar = load(arabic);
            for (String key : new TreeSet<>(en.stringPropertyNames())) {
                String text = ar.getProperty(key);
                if (text == null) {
                    problems.add(where + ": " + key + " has no Arabic text");
                } else if (text.isBlank()) {
                    problems.add(where + ": " + key + " has an empty Arabic text");
                } else if (hasLatinWords(en.getProperty(key)) && !hasArabicLetter(text)) {
                    problems.add(where + ": " + key + " is not translated into Arabic: " + text);
                }
            }
            for (String key : new TreeSet<>(ar.stringPropertyNames())) {
                if (!en.containsKey(key)) {
                    problems.add(where + ": " + key + " exists only in Arabic");
                }
            }
        }
        return problems;
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    /** English text that is only placeholders, codes or symbols needs no translation. */
    private static boolean hasLatinWords(String text) {
        String withoutPlaceholders = text.replaceAll("\\{[^}]*}", "");
        return withoutPlaceholders.matches("(?s).*[A-Za-z]{3,}.*");
    }

    private static boolean hasArabicLetter(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }
}
